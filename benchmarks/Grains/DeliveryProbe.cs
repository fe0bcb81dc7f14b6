using System.Diagnostics;
using System.Globalization;
using DigitalPost.Grains;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Notifications;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigitalPost.Benchmarks.Grains;

/// <summary>
/// Latency of one delivery to an active citizen mailbox, committed in PostgreSQL, at a fixed
/// number of concurrent senders, against a floor measured in the same run: one single-row INSERT
/// round trip at the same concurrency.
/// <c>dotnet run -c Release --project benchmarks -- delivery [--recipients N] [--concurrency N] [--messages N] [--connection CS] [--no-fsync] [--breakdown] [--max-batch N] [--batches N] [--known-contents N]</c>.
/// <c>--breakdown</c> also measures the parts of a delivery alone (grain call, content encoding, the statement).
/// Without <c>--connection</c> a private PostgreSQL cluster is provisioned in a temp folder (fsync on unless <c>--no-fsync</c>).
/// </summary>
internal static class DeliveryProbe
{
    public static async Task RunAsync(string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dp-delivery-probe-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await RunAsync(args, folder);
        }
        finally
        {
            // The private cluster has stopped once the inner run disposed its services.
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task RunAsync(string[] args, string folder)
    {
        var recipients = IntOption(args, "--recipients", 2_000);
        var concurrency = IntOption(args, "--concurrency", 16);
        var messages = IntOption(args, "--messages", 20_000);
        var connection = StringOption(args, "--connection");
        var fsync = !args.Contains("--no-fsync");
        var breakdown = args.Contains("--breakdown");
        var writer = new DeliveryWriterOptions();
        writer.MaxBatchSize = IntOption(args, "--max-batch", writer.MaxBatchSize);
        writer.MaxConcurrentBatches = IntOption(args, "--batches", writer.MaxConcurrentBatches);
        writer.KnownContentCapacity = IntOption(args, "--known-contents", writer.KnownContentCapacity);

        var services = new ServiceCollection();
        services.AddGrainRuntime(options =>
        {
            options.AddGrainAssembly(typeof(CitizenMailboxGrain).Assembly);
            options.IdleTimeout = TimeSpan.FromHours(1);
        });
        services.AddPostgresGrainStorage(options =>
        {
            options.ConnectionString = connection;
            options.DataDirectory = folder;
            options.Fsync = fsync;
        });
        // As the silo composes it: a delivery also enqueues its notification in the real outbox; the
        // dispatcher stays off so sending notifications does not compete with the deliveries measured.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Notifications:DispatcherEnabled"] = "false" })
            .Build();
        services.AddLogging();
        services.AddDigitalPostNotifications(configuration);
        services.AddDigitalPostGrains();
        services.AddOptions<DeliveryWriterOptions>().Configure(o =>
        {
            o.MaxBatchSize = writer.MaxBatchSize;
            o.MaxConcurrentBatches = writer.MaxConcurrentBatches;
            o.KnownContentCapacity = writer.KnownContentCapacity;
        });
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            var grains = provider.GetRequiredService<IGrainFactory>();
            var cprs = Enumerable.Range(0, recipients).Select(i => Cpr.Parse(string.Create(CultureInfo.InvariantCulture, $"0101{80 + (i / 4000 % 10):00}{i % 4000:0000}"))).ToArray();
            var mailboxes = cprs.Select(c => grains.GetGrain<ICitizenMailboxGrain>(MailboxId.ForCitizen(c).Value)).ToArray();
            foreach (var mailbox in mailboxes)
            {
                await mailbox.GetProfileAsync(ActorContext.System());
            }

            var sender = MailboxId.ForAuthority(AuthorityId.Parse("probe-kommune"));
            var template = Letter();
            var dataSource = await provider.GetRequiredService<PostgresDatabase>().GetDataSourceAsync(CancellationToken.None);
            await using (var create = dataSource.CreateCommand("CREATE TABLE IF NOT EXISTS probe_floor (id uuid PRIMARY KEY, at timestamptz NOT NULL)"))
            {
                await create.ExecuteNonQueryAsync();
            }

            async Task<TimeSpan> Deliver(int i)
            {
                var cpr = cprs[i % cprs.Length];
                var letter = template with { Header = template.Header with { MessageUuid = Guid.NewGuid(), Recipient = new MeMoRecipient { RecipientId = cpr.Value, IdType = "CPR" } } };
                var start = Stopwatch.GetTimestamp();
                var result = await mailboxes[i % mailboxes.Length].DeliverAsync(new DeliveryRequest(letter, sender, SenderKind.Authority));
                var elapsed = Stopwatch.GetElapsedTime(start);
                return result.Outcome == DeliveryOutcome.Delivered ? elapsed : throw new InvalidOperationException($"Not delivered: {result.Outcome} {result.Detail}");
            }

            async Task<TimeSpan> Floor(int i)
            {
                var start = Stopwatch.GetTimestamp();
                await using var command = dataSource.CreateCommand("INSERT INTO probe_floor (id, at) VALUES ($1, now())");
                command.Parameters.Add(new Npgsql.NpgsqlParameter<Guid> { TypedValue = Guid.NewGuid() });
                await command.ExecuteNonQueryAsync();
                return Stopwatch.GetElapsedTime(start);
            }

            await Measure("warm-up delivery", Math.Min(messages / 10, 2_000), concurrency, Deliver, print: false);
            await Measure("warm-up floor", Math.Min(messages / 10, 2_000), concurrency, Floor, print: false);
            var floor = await Measure("floor: single-row INSERT", messages, concurrency, Floor, print: true);
            if (breakdown)
            {
                await MeasureParts(provider, mailboxes, cprs, sender, template, messages, concurrency);
            }

            var store = provider.GetRequiredService<MessageStore>();
            var (batches, split) = (store.Writer.BatchesWritten, store.Writer.BatchesSplit);
            var delivery = await Measure("delivery to active mailbox", messages, concurrency, Deliver, print: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"writer: max batch {writer.MaxBatchSize}, {writer.MaxConcurrentBatches} concurrent batches, known contents {writer.KnownContentCapacity}; {store.Writer.BatchesWritten - batches:N0} multi-delivery batches, {store.Writer.BatchesSplit - split:N0} split"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio delivery/floor: p50 {delivery.P50 / floor.P50:N2}x, p99 {delivery.P99 / floor.P99:N2}x; fsync {(connection is null ? (fsync ? "on" : "off") : "server's")}, synchronous_commit on, {Environment.ProcessorCount} cores, {recipients} recipients, {concurrency} concurrent senders"));
        }
        finally
        {
            for (var i = hosted.Count - 1; i >= 0; i--)
            {
                await hosted[i].StopAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Where a delivery's time goes, each part measured alone at the same concurrency: the grain call
    /// (a profile read, no database), the content encoding (MeMo write + SHA-256) and the delivery
    /// statement itself with content encoded beforehand.
    /// </summary>
    private static async Task MeasureParts(IServiceProvider provider, ICitizenMailboxGrain[] mailboxes, Cpr[] cprs, MailboxId sender, MeMoMessage template, int messages, int concurrency)
    {
        var store = provider.GetRequiredService<MessageStore>();
        var encoded = MessageContentCodec.Encode(template);

        async Task<TimeSpan> GrainCall(int i)
        {
            var start = Stopwatch.GetTimestamp();
            await mailboxes[i % mailboxes.Length].GetProfileAsync(ActorContext.System());
            return Stopwatch.GetElapsedTime(start);
        }

        Task<TimeSpan> Encode(int i)
        {
            var letter = template with { Header = template.Header with { MessageUuid = Guid.NewGuid(), Recipient = new MeMoRecipient { RecipientId = cprs[i % cprs.Length].Value, IdType = "CPR" } } };
            var start = Stopwatch.GetTimestamp();
            _ = MessageContentCodec.Encode(letter);
            return Task.FromResult(Stopwatch.GetElapsedTime(start));
        }

        async Task<TimeSpan> Statement(int i)
        {
            var letter = template with { Header = template.Header with { MessageUuid = Guid.NewGuid(), Recipient = new MeMoRecipient { RecipientId = cprs[i % cprs.Length].Value, IdType = "CPR" } } };
            var key = MailboxId.ForCitizen(cprs[i % cprs.Length]).Key;
            var now = DateTimeOffset.UtcNow;
            var write = new DeliveryWrite(key, letter.Header.MessageUuid, sender.Value, DeliveryOutcome.Delivered, ReceiptStatus.Received, null, null, now, encoded,
                Message: NewMessageRow.From(letter, key, MessageDirection.Received, sender.Value, SenderKind.Authority, null, now));
            var start = Stopwatch.GetTimestamp();
            _ = await store.WriteDeliveryAsync(write);
            return Stopwatch.GetElapsedTime(start);
        }

        await Measure("part: grain call (profile read)", messages, concurrency, GrainCall, print: true);
        await Measure("part: encode (MeMo write + SHA-256)", messages, concurrency, Encode, print: true);
        await Measure("part: delivery statement (content encoded before)", messages, concurrency, Statement, print: true);
    }

    private static async Task<(double P50, double P99)> Measure(string name, int count, int concurrency, Func<int, Task<TimeSpan>> operation, bool print)
    {
        var latencies = new double[count];
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                latencies[i] = (await operation(i)).TotalMilliseconds;
            }
        })));
        wall.Stop();
        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        if (print)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {count:N0} in {wall.Elapsed.TotalSeconds:N1} s = {count / wall.Elapsed.TotalSeconds:N0}/s; latency ms p50 {P(0.50):N3}, p90 {P(0.90):N3}, p99 {P(0.99):N3}, p99.9 {P(0.999):N3}, max {latencies[^1]:N3}"));
        }

        return (P(0.50), P(0.99));
    }

    private static MeMoMessage Letter() => new()
    {
        MemoVersion = "1.2",
        Header = new MeMoMessageHeader
        {
            MessageType = MeMoMessageType.DigitalPost,
            MessageUuid = Guid.NewGuid(),
            Label = "Din årsopgørelse er klar",
            Sender = new MeMoSender { SenderId = "12345678", IdType = "CVR", Label = "Probe Kommune" },
            Recipient = new MeMoRecipient { RecipientId = "0101801234", IdType = "CPR" },
        },
        Body = new MeMoMessageBody
        {
            CreatedDateTime = DateTimeOffset.UnixEpoch,
            MainDocument = new MeMoDocument
            {
                Files = [new MeMoFile { EncodingFormat = "application/pdf", Filename = "brev.pdf", Language = "da", Content = MeMoContent.FromBytes(new byte[8 * 1024]) }],
            },
        },
    };

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
