using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using DigitalPost.Grains;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.MassSend;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Registry;
using DigitalPost.Grains.Seeding;
using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigitalPost.Benchmarks.MassSend;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks -- mass-send [--recipients N] [--batch-size N] [--parallelism N] [--slices N] [--no-fsync] [--no-floor]</c>:
/// provisions a private PostgreSQL cluster (the silo's settings, fsync on), seeds N people (with
/// the mailbox profiles of the exempt and the delegations), uploads a mass send to all of them
/// through <see cref="IMassSendService"/> (binary COPY), runs the real pipeline
/// (<see cref="MassSendProcessor"/>) and then the floor (<see cref="MassSendFloor"/>) of the same
/// rows, and reports deliveries/s of both, their ratio, elapsed times and the process's peak
/// working set.
/// </summary>
public static class MassSendProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = MassSendProbeOptions.Parse(args);
        var folder = Path.Combine(Path.GetTempPath(), "digitalpost-mass-send-probe-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MassSend:WorkerEnabled"] = "false",
            ["MassSend:BatchSize"] = options.BatchSize.ToString(CultureInfo.InvariantCulture),
            ["MassSend:Parallelism"] = options.Parallelism.ToString(CultureInfo.InvariantCulture),
            ["MassSend:SliceCount"] = options.Slices.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddGrainRuntime(o => o.AddGrainAssembly(typeof(MailboxGrainBase).Assembly));
        services.AddPostgresGrainStorage(o =>
        {
            o.DataDirectory = folder;
            o.Fsync = options.Fsync;
            foreach (var (name, value) in options.PostgresSettings ?? new Dictionary<string, string>())
            {
                o.Settings[name] = value;
            }
        });
        services.AddSingleton<INotificationOutbox, NullNotificationOutbox>();
        services.AddOptions<NotificationsOptions>();
        services.AddSingleton(sp => DataSourceProvider.FromDatabase(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<INemSmsSender, NemSmsSender>();
        services.AddSingleton<IMobileNumberIndex, PostgresMobileNumberIndex>();
        services.AddPostgresMigrations(RegistryMigrations.Set);
        services.AddDigitalPostGrains();
        services.AddPostgresMigrations(NotificationsMigrations.Set);
        services.AddMassSend(configuration);
        await using var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<PostgresDatabase>();
        try
        {
            await database.StartAsync(CancellationToken.None);
            var dataSource = await database.GetDataSourceAsync(CancellationToken.None);
            Console.WriteLine($"Private PostgreSQL at {database.Status.Target} (fsync {(options.Fsync ? "on" : "off")}); {Environment.ProcessorCount} cores; " +
                $"batch {options.BatchSize:N0}, parallelism {options.Parallelism}, slices {options.Slices}" +
                (options.PostgresSettings is { Count: > 0 } set ? "; settings " + string.Join(", ", set.Select(s => $"{s.Key}={s.Value}")) : string.Empty));

            if (options.SchemaSql is { } schemaSql)
            {
                // A lever under test (e.g. DROP INDEX …): applies to the pipeline and the floor alike.
                await using var alter = dataSource.CreateCommand(schemaSql);
                await alter.ExecuteNonQueryAsync();
                Console.WriteLine($"Schema changed for this run: {schemaSql}");
            }

            var clock = Stopwatch.StartNew();
            var seeded = await PopulationSeeder.SeedAsync(dataSource, new SeedOptions { People = options.Recipients, Companies = Math.Max(1, options.Recipients / 10), ReplaceExisting = true },
                null, provider.GetRequiredService<IMailboxProfileSeeder>(), CancellationToken.None);
            Console.WriteLine($"Seeded {seeded.People:N0} people ({seeded.Exemptions:N0} exempt, {seeded.Delegations:N0} delegations) in {clock.Elapsed.TotalSeconds:F1} s");
            await Vacuum(dataSource);

            var service = provider.GetRequiredService<IMassSendService>();
            var authority = AuthorityId.Parse("skattestyrelsen");
            var template = MeMoWriter.Default.WriteToArray(Letter());
            clock.Restart();
            var job = await service.SubmitAsync(new MassSendSubmission(authority, "probe-" + Guid.NewGuid(), MassSendKind.Template, template), Recipients(dataSource));
            var upload = clock.Elapsed;
            Console.WriteLine($"Upload: {job.Recipients:N0} recipients committed in {upload.TotalSeconds:F1} s ({job.Recipients / upload.TotalSeconds:N0}/s)");
            await Vacuum(dataSource);

            if (options.StatementStats)
            {
                await StatementStats.ResetAsync(dataSource);
            }

            var cost = await PhaseCost.StartAsync(dataSource);
            clock.Restart();
            await provider.GetRequiredService<MassSendProcessor>().RunDueJobsAsync();
            var pipeline = clock.Elapsed;
            var status = (await service.GetAsync(authority, job.JobId))!;
            var pipelineRate = status.Processed / pipeline.TotalSeconds;
            Console.WriteLine($"Pipeline: {status.Processed:N0} recipients in {pipeline.TotalSeconds:F1} s = {pipelineRate:N0} deliveries/s " +
                $"(delivered {status.Delivered:N0}, printed {status.Printed:N0}, refused {status.Refused:N0}, invalid {status.Invalid:N0}; status {status.Status})");
            Console.WriteLine($"Pipeline cost: {await cost.ReportAsync(status.Processed)}");
            if (options.StatementStats)
            {
                Console.Write($"Pipeline statements:{Environment.NewLine}{await StatementStats.ReportAsync(dataSource, status.Processed)}");
            }

            var peakAfterPipeline = Process.GetCurrentProcess().PeakWorkingSet64;

            if (!options.SkipFloor)
            {
                await Vacuum(dataSource);
                var sha = await ContentShaAsync(dataSource, job.JobId);
                var notifications = await CountAsync(dataSource, "SELECT count(*) FROM mass_send_notifications");
                if (options.StatementStats)
                {
                    await StatementStats.ResetAsync(dataSource);
                }

                await cost.RestartAsync();
                var floor = await MassSendFloor.RunAsync(dataSource, new MassSendFloorRows(status.Processed, status.Delivered, status.Printed, notifications), options.Parallelism, sha);
                var floorRate = status.Processed / floor.TotalSeconds;
                Console.WriteLine($"Floor (INSERT … SELECT generate_series, same rows, {options.Parallelism} sessions): {floor.TotalSeconds:F1} s = {floorRate:N0} deliveries/s");
                Console.WriteLine($"Floor cost: {await cost.ReportAsync(status.Processed)}");
                if (options.StatementStats)
                {
                    Console.Write($"Floor statements:{Environment.NewLine}{await StatementStats.ReportAsync(dataSource, status.Processed)}");
                }
                Console.WriteLine($"Ratio pipeline/floor: {pipelineRate / floorRate:P0}");
            }

            Console.WriteLine($"Peak working set of this process: {peakAfterPipeline / 1048576.0:N0} MiB during the pipeline ({Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB overall)");
            return status.Status == MassSendStatus.Completed ? 0 : 1;
        }
        finally
        {
            await database.StopAsync(CancellationToken.None);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Every seeded CPR, streamed from its own connection as a file upload would stream.</summary>
    private static async IAsyncEnumerable<MassSendLine> Recipients(NpgsqlDataSource dataSource, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT cpr FROM person", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long line = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new MassSendLine(++line, reader.GetString(0), ReadOnlyMemory<byte>.Empty);
        }
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<byte[]> ContentShaAsync(NpgsqlDataSource dataSource, Guid jobId)
    {
        await using var command = dataSource.CreateCommand("SELECT content_sha256 FROM mass_send_jobs WHERE job_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = jobId });
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Statistics and visibility maps fresh before each timed phase, so neither phase pays for the previous one's leftovers.</summary>
    private static async Task Vacuum(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("VACUUM ANALYZE");
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static MeMoMessage Letter()
    {
        var pdf = new byte[2048];
        new Random(1).NextBytes(pdf);
        return new MeMoMessage
        {
            MemoVersion = "1.2",
            Header = new MeMoMessageHeader
            {
                MessageType = MeMoMessageType.DigitalPost,
                MessageUuid = Guid.NewGuid(),
                Label = "Årsopgørelse 2025",
                Sender = new MeMoSender { SenderId = "10200001", IdType = "CVR", Label = "Skattestyrelsen" },
                Recipient = new MeMoRecipient { RecipientId = "0101901234", IdType = "CPR" },
            },
            Body = new MeMoMessageBody
            {
                CreatedDateTime = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
                MainDocument = new MeMoDocument
                {
                    Label = "Årsopgørelse",
                    Files = [new MeMoFile { EncodingFormat = "application/pdf", Filename = "aarsopgoerelse.pdf", Language = "da", Content = MeMoContent.FromBytes(pdf) }],
                },
            },
        };
    }
}
