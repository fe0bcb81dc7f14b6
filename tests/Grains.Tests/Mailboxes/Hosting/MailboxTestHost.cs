using System.Collections.Concurrent;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Registry;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Storage.Postgres;
using DigitalPost.Runtime.Streams;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace DigitalPost.Grains.Tests.Mailboxes.Hosting;

/// <summary>
/// The grain runtime with PostgreSQL storage and the mailbox grains on a fixture database, a fake
/// clock and a recording notification outbox (the notifications component itself is not hosted: the
/// real NemSMS sender queues into the recording outbox; the mobile number index, the ownership
/// declaration and the grain-backed holders are the real ones on the fixture database). Mailbox events are collected per mailbox so tests
/// can wait for an event (e.g. a reminder's purge) instead of sleeping.
/// </summary>
public sealed class MailboxTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _started = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<MailboxEvent>> _events = new();
    private readonly ConcurrentBag<(Func<MailboxEvent, bool> Match, TaskCompletionSource<MailboxEvent> Signal)> _waiters = [];

    private MailboxTestHost(ServiceProvider provider, ManualTimeProvider time, RecordingNotificationOutbox outbox, MailboxDatabaseFixture database)
    {
        _provider = provider;
        Time = time;
        Outbox = outbox;
        Database = database;
    }

    public IGrainFactory Grains => _provider.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _provider;

    public ManualTimeProvider Time { get; }

    public RecordingNotificationOutbox Outbox { get; }

    public MailboxDatabaseFixture Database { get; }

    public static async Task<MailboxTestHost> StartAsync(MailboxDatabaseFixture database, Action<MailboxOptions>? configure = null, ManualTimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        time ??= new ManualTimeProvider(Start);
        var outbox = new RecordingNotificationOutbox();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddGrainRuntime(options =>
        {
            options.SiloId = "mailbox-test-silo";

            // Tests move the fake clock by years; an hourly idle sweep keeps that to a few thousand timer ticks.
            options.CollectionInterval = TimeSpan.FromHours(1);
            options.AddGrainAssembly(typeof(CitizenMailboxGrain).Assembly);
        });
        services.AddPostgresGrainStorage(database.Configure);
        services.AddSingleton<INotificationOutbox>(outbox);
        services.AddOptions<NotificationsOptions>();
        services.AddSingleton(sp => DataSourceProvider.FromDatabase(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<INemSmsSender, NemSmsSender>();
        services.AddSingleton<IMobileNumberIndex, PostgresMobileNumberIndex>();
        services.AddSingleton<IMobileNumberHolders, GrainMobileNumberHolders>();
        services.AddSingleton<IMobileNumberOwnership, MobileNumberOwnershipService>();
        services.AddDigitalPostGrains(configure);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var host = new MailboxTestHost(provider, time, outbox, database);
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            host._started.Add(hosted);
        }

        return host;
    }

    public ICitizenMailboxGrain Citizen(Cpr cpr) => Grains.GetGrain<ICitizenMailboxGrain>(MailboxId.ForCitizen(cpr).Value);

    public IBusinessMailboxGrain Business(Cvr cvr) => Grains.GetGrain<IBusinessMailboxGrain>(MailboxId.ForBusiness(cvr).Value);

    public IAuthorityMailboxGrain Authority(AuthorityId authority) => Grains.GetGrain<IAuthorityMailboxGrain>(MailboxId.ForAuthority(authority).Value);

    /// <summary>Starts collecting the events of <paramref name="mailbox"/>.</summary>
    public async Task WatchAsync(MailboxId mailbox)
    {
        var queue = _events.GetOrAdd(mailbox.Value, _ => new ConcurrentQueue<MailboxEvent>());
        await _provider.GetRequiredService<IStreamProvider>().GetStream<MailboxEvent>(MailboxStreams.For(mailbox)).SubscribeAsync((e, _) =>
        {
            queue.Enqueue(e);
            foreach (var (match, signal) in _waiters)
            {
                if (match(e))
                {
                    signal.TrySetResult(e);
                }
            }

            return Task.CompletedTask;
        });
    }

    public IReadOnlyList<MailboxEvent> EventsOf(MailboxId mailbox) => _events.TryGetValue(mailbox.Value, out var q) ? [.. q] : [];

    /// <summary>A task completing with the first later event matching <paramref name="match"/>.</summary>
    public Task<MailboxEvent> NextEvent(Func<MailboxEvent, bool> match)
    {
        var signal = new TaskCompletionSource<MailboxEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((match, signal));
        return signal.Task.WaitAsync(s_patience);
    }

    /// <summary>A single value from the database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();
    }
}
