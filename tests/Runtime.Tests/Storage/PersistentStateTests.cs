using System.Text;
using DigitalPost.Runtime.Storage;
using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Storage;

public sealed class PersistentStateTests : RuntimeTestBase
{
    private readonly InMemoryGrainStorage _storage = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<IGrainStorage>(_storage);
    }

    [Fact]
    public async Task State_is_read_before_activation_and_survives_deactivation()
    {
        var counter = Grains.GetGrain<ICounterGrain>("kept");
        await counter.Add(40);
        await counter.Deactivate();
        await Probe.WaitAsync("deactivated kept 1");

        Assert.Equal(42, await counter.Add(2));
        Assert.Contains("activate kept value=40", Probe.Events);
    }

    [Fact]
    public async Task State_survives_a_silo_restart_over_the_same_storage()
    {
        await Grains.GetGrain<ICounterGrain>("restart").Add(9);

        Host = await Host.RestartAsync();

        Assert.Equal(10, await Host.Grains.GetGrain<ICounterGrain>("restart").Add(1));
    }

    [Fact]
    public async Task A_write_after_someone_else_wrote_fails_and_leaves_their_state_stored()
    {
        var counter = Grains.GetGrain<ICounterGrain>("contended");
        await counter.Add(1);
        var key = new GrainStateKey("counter", "contended", "counter");
        var current = await _storage.ReadAsync(key, CancellationToken.None);
        var foreign = """{"value":100,"deactivations":0}"""u8.ToArray();
        await _storage.WriteAsync(key, foreign, current.ETag, CancellationToken.None);

        await Assert.ThrowsAsync<InconsistentStateException>(() => counter.Add(1));

        var stored = await _storage.ReadAsync(key, CancellationToken.None);
        Assert.Equal(Encoding.UTF8.GetString(foreign), Encoding.UTF8.GetString(stored.Data.Span));
    }
}
