using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.MassSend;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Registry;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Placement;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Storage.Postgres;
using DigitalPost.Runtime.Streams;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Grains.Tests.MassSend.Hosting;

/// <summary>
/// The grain runtime with PostgreSQL storage, the mailbox grains and mass sends on a fixture
/// database, with a fake clock and a recording notification outbox. The mass-send workers are not
/// hosted: tests run <see cref="MassSendProcessor.RunDueJobsAsync"/> and the notification drain
/// themselves, so nothing depends on timing. Small batches and few slices make every job cross
/// several batches.
/// </summary>
public sealed class MassSendTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static int s_nextPerson = 100;

    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _started = [];
    private readonly ConcurrentQueue<MailboxEvent> _events = new();
    private readonly ConcurrentBag<(Func<MailboxEvent, bool> Match, TaskCompletionSource<MailboxEvent> Signal)> _waiters = [];

    private MassSendTestHost(ServiceProvider provider, ManualTimeProvider time, RecordingNotificationOutbox outbox, MassSendDatabaseFixture database)
    {
        _provider = provider;
        Time = time;
        Outbox = outbox;
        Database = database;
    }

    public IGrainFactory Grains => _provider.GetRequiredService<IGrainFactory>();

    public IMassSendService MassSends => _provider.GetRequiredService<IMassSendService>();

    public MassSendProcessor Processor => _provider.GetRequiredService<MassSendProcessor>();

    public MassSendNotificationDrain Notifications => _provider.GetRequiredService<MassSendNotificationDrain>();

    public ManualTimeProvider Time { get; }

    public RecordingNotificationOutbox Outbox { get; }

    public MassSendDatabaseFixture Database { get; }

    public IReadOnlyList<MailboxEvent> Events => [.. _events];

    public static async Task<MassSendTestHost> StartAsync(MassSendDatabaseFixture database, int batchSize = 7, int slices = 4, bool directWrite = true,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var time = new ManualTimeProvider(Start);
        var outbox = new RecordingNotificationOutbox();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MassSend:WorkerEnabled"] = "false",
            ["MassSend:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
            ["MassSend:SliceCount"] = slices.ToString(CultureInfo.InvariantCulture),
            ["MassSend:Parallelism"] = "2",
            ["MassSend:DirectWrite"] = directWrite ? "true" : "false",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddGrainRuntime(options =>
        {
            options.SiloId = "mass-send-test-silo";
            options.CollectionInterval = TimeSpan.FromHours(1);
            options.AddGrainAssembly(typeof(CitizenMailboxGrain).Assembly);
        });
        services.AddPostgresGrainStorage(database.Configure);
        services.AddSingleton<INotificationOutbox>(outbox);
        services.AddOptions<NotificationsOptions>();
        services.AddSingleton(sp => DataSourceProvider.FromDatabase(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<INemSmsSender, NemSmsSender>();
        services.AddSingleton<IMobileNumberIndex, PostgresMobileNumberIndex>();
        services.AddDigitalPostGrains();
        services.AddMassSend(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var host = new MassSendTestHost(provider, time, outbox, database);
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            host._started.Add(hosted);
        }

        return host;
    }

    /// <summary>
    /// The messageUUID the upload gives <paramref name="mailboxId"/> in job <paramref name="jobId"/>, worked out
    /// here, not read back: its slice under this host's settings and the number of its first line in the list
    /// (from <c>mass_send_recipients</c>), then the layout of <see cref="MassSendMessageIds"/>.
    /// </summary>
    public async Task<Guid> MessageUuidOfAsync(Guid jobId, string mailboxId)
    {
        ArgumentNullException.ThrowIfNull(mailboxId);
        var partitions = _provider.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value.PartitionCount;
        var slices = _provider.GetRequiredService<IOptions<MassSendOptions>>().Value.SliceCount;
        var slice = (int)((long)GrainPartitioner.GetPartition(mailboxId, partitions) * slices / partitions);
        var firstLine = await ScalarAsync<long>("SELECT min(ordinal) FROM mass_send_recipients WHERE job_id = $1 AND recipient = $2", jobId, mailboxId[4..]);
        return MassSendMessageIds.For(jobId, slice, firstLine);
    }

    public ICitizenMailboxGrain Citizen(Cpr cpr) => Grains.GetGrain<ICitizenMailboxGrain>(MailboxId.ForCitizen(cpr).Value);

    public IAuthorityMailboxGrain Authority(AuthorityId authority) => Grains.GetGrain<IAuthorityMailboxGrain>(MailboxId.ForAuthority(authority).Value);

    /// <summary>A registry person born on <paramref name="born"/> (resident unless told), unique in this process.</summary>
    public async Task<Cpr> PersonAsync(DateOnly? born = null, DateOnly? died = null, Residence residence = Residence.Resident)
    {
        var date = born ?? new DateOnly(1975, 6, 1);
        var cpr = TestPeople.BornOn(date);
        await ExecuteAsync(
            "INSERT INTO person (cpr, first_names, last_name, birth_date, street, house_number, postcode, city, municipality_code, residence, death_date) " +
            "VALUES ($1, 'Test', $2, $3, CASE WHEN $4 = 0 THEN 'Vestergade' END, CASE WHEN $4 = 0 THEN '7' END, CASE WHEN $4 = 0 THEN '5000' END, " +
            "CASE WHEN $4 = 0 THEN 'Odense C' END, 461, $4, $5)",
            cpr.Value, "Person" + Interlocked.Increment(ref s_nextPerson).ToString(CultureInfo.InvariantCulture), date, (short)residence, (object?)died ?? DBNull.Value);
        return cpr;
    }

    /// <summary>Submits a template send to <paramref name="recipients"/> (as a CSV would list them).</summary>
    public Task<MassSendSubmitResult> SubmitAsync(AuthorityId authority, byte[] template, IEnumerable<string> recipients, string? key = null) =>
        MassSends.SubmitAsync(new MassSendSubmission(authority, key ?? Guid.NewGuid().ToString(), MassSendKind.Template, template), Lines(recipients));

    /// <summary>Starts collecting the events of <paramref name="mailbox"/> (a live subscription, as a gateway session holds).</summary>
    public Task WatchAsync(MailboxId mailbox) =>
        _provider.GetRequiredService<IStreamProvider>().GetStream<MailboxEvent>(MailboxStreams.For(mailbox)).SubscribeAsync((e, _) =>
        {
            _events.Enqueue(e);
            foreach (var (match, signal) in _waiters)
            {
                if (match(e))
                {
                    signal.TrySetResult(e);
                }
            }

            return Task.CompletedTask;
        });

    /// <summary>The first event (already seen or later) matching <paramref name="match"/>; stream delivery runs on the thread pool.</summary>
    public Task<MailboxEvent> EventAsync(Func<MailboxEvent, bool> match)
    {
        var signal = new TaskCompletionSource<MailboxEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((match, signal));
        if (_events.FirstOrDefault(match) is { } seen)
        {
            signal.TrySetResult(seen);
        }

        return signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public static async IAsyncEnumerable<MassSendLine> Lines(IEnumerable<string> recipients, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long line = 0;
        foreach (var recipient in recipients)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new MassSendLine(++line, recipient, ReadOnlyMemory<byte>.Empty);
        }
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The first column of every row of <paramref name="sql"/>, as text.</summary>
    public async Task<List<string>> RowsAsync(string sql, params object[] parameters)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        await command.ExecuteNonQueryAsync();
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
