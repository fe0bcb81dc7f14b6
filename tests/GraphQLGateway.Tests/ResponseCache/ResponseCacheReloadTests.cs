using System.Text;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Hosting;
using DigitalPost.GraphQLGateway.ResponseCache;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Tests.ResponseCache;

/// <summary>Switching the cache off by a configuration reload lets go of its entries at once.</summary>
public sealed class ResponseCacheReloadTests
{
    [Fact]
    public async Task Turning_Enabled_off_at_runtime_empties_the_store()
    {
        await using var host = await ResponseCacheHost.StartAsync();
        var monitor = new Monitor(new ResponseCacheOptions());
        var store = new ResponseCacheStore();
        using var metrics = new ResponseCacheMetrics(store);
        using var cache = new GatewayResponseCache(monitor, store, metrics, host.Services.GetRequiredService<GatewayComposition>(), TimeProvider.System);
        var key = new ResponseCacheKey(Encoding.UTF8.GetBytes("request"), 0);
        store.Set(new ResponseCacheEntry(key, new MailboxVersion(Guid.NewGuid(), 1), 200, [], [1], DateTimeOffset.UtcNow, "(anonymous)"), 10, long.MaxValue);

        monitor.Change(new ResponseCacheOptions { Enabled = true, MaxEntries = 5 });
        Assert.Equal(1, store.Count);
        monitor.Change(new ResponseCacheOptions { Enabled = false });

        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Bytes);
    }

    private sealed class Monitor(ResponseCacheOptions initial) : IOptionsMonitor<ResponseCacheOptions>
    {
        private readonly List<Action<ResponseCacheOptions, string?>> _listeners = [];

        public ResponseCacheOptions CurrentValue { get; private set; } = initial;

        public ResponseCacheOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<ResponseCacheOptions, string?> listener)
        {
            _listeners.Add(listener);
            return null;
        }

        public void Change(ResponseCacheOptions options)
        {
            CurrentValue = options;
            foreach (var listener in _listeners)
            {
                listener(options, null);
            }
        }
    }
}
