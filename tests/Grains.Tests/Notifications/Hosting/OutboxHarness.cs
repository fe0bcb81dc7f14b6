using System.Text.Json;
using System.Text.Json.Serialization;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Registry;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DigitalPost.Grains.Tests.Notifications.Hosting;

/// <summary>
/// The outbox and dispatchers on a fixture's database, on a <see cref="ManualTimeProvider"/>, with
/// the development file in a fresh temp folder. Empties the notification tables on creation so
/// tests of one class do not see each other's rows.
/// </summary>
public sealed class OutboxHarness : IAsyncDisposable
{
    private static readonly JsonSerializerOptions LineOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly string _folder;
    private readonly List<IDisposable> _disposables = [];

    private OutboxHarness(NpgsqlDataSource dataSource, NotificationsOptions options)
    {
        DataSource = dataSource;
        _folder = Path.Combine(Path.GetTempPath(), "dp-notifications-" + Guid.NewGuid().ToString("N"));
        options.DevelopmentFilePath = Path.Combine(_folder, "notifications.jsonl");
        Options = options;
        Provider = DataSourceProvider.FromDataSource(dataSource);
        Store = new NotificationOutboxStore(Provider);
        Signal = new NotificationDispatchSignal(Time);
        Metrics = new NotificationMetrics();
        File = new DevelopmentNotificationFile(Microsoft.Extensions.Options.Options.Create(options), Time);
        Outbox = new PostgresNotificationOutbox(Store, Signal, Metrics, Microsoft.Extensions.Options.Options.Create(options), Time, NullLogger<PostgresNotificationOutbox>.Instance);
        _disposables.Add(Metrics);
        _disposables.Add(File);
    }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public NpgsqlDataSource DataSource { get; }

    public DataSourceProvider Provider { get; }

    public NotificationsOptions Options { get; }

    public NotificationOutboxStore Store { get; }

    public NotificationDispatchSignal Signal { get; }

    public NotificationMetrics Metrics { get; }

    public DevelopmentNotificationFile File { get; }

    public PostgresNotificationOutbox Outbox { get; }

    public FixedDelegateChannels Delegates { get; } = new();

    public static async Task<OutboxHarness> CreateAsync(NpgsqlDataSource dataSource, Action<NotificationsOptions>? configure = null)
    {
        var options = new NotificationsOptions { NotificationsPerSecond = 1000, RetryJitter = 0 };
        configure?.Invoke(options);
        await using (var truncate = dataSource.CreateCommand(
            "TRUNCATE notification_dispatch, notification, mobile_number_registration, mobile_number_declaration"))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        return new OutboxHarness(dataSource, options);
    }

    /// <summary>A dispatcher writing to the development file.</summary>
    public NotificationDispatcher DevelopmentDispatcher()
    {
        var sms = new DevelopmentSmsDispatcher(File);
        return Dispatcher(new DevelopmentEmailDispatcher(File), sms, new DevelopmentPushDispatcher(File));
    }

    /// <summary>A dispatcher sending through <paramref name="provider"/> on every channel.</summary>
    public NotificationDispatcher Dispatcher(ScriptedDispatcher provider) => Dispatcher(provider, provider, provider);

    public NotificationDispatcher Dispatcher(IEmailDispatcher email, ISmsDispatcher sms, IPushDispatcher push) =>
        new(Store, email, sms, push, Delegates, Metrics, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<NotificationDispatcher>.Instance);

    /// <summary>The development file's lines (none when it does not exist).</summary>
    public IReadOnlyList<DevelopmentNotificationLine> Lines() =>
        System.IO.File.Exists(File.Path)
            ? [.. System.IO.File.ReadAllLines(File.Path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<DevelopmentNotificationLine>(l, LineOptions)!)]
            : [];

    /// <summary>The dispatch rows of a notification: channel, address, state, attempts, next attempt, last error.</summary>
    public async Task<IReadOnlyList<DispatchState>> RowsAsync(Guid? notificationId = null)
    {
        await using var command = DataSource.CreateCommand(
            "SELECT channel, address, state, attempts, next_attempt_at, last_error, subject, body FROM notification_dispatch " +
            "WHERE $1::uuid IS NULL OR notification_id = $1 ORDER BY dispatch_id");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)notificationId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        var rows = new List<DispatchState>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new DispatchState(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7)));
        }

        return rows;
    }

    public async Task<long> CountAsync(string table)
    {
        await using var command = DataSource.CreateCommand($"SELECT count(*) FROM {table}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
