using System.Globalization;
using System.Runtime.CompilerServices;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Silo.Tests.Support;
using DigitalPost.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigitalPost.Silo.Tests.MassSend;

/// <summary>
/// The real silo process is killed (SIGKILL) in the middle of a mass send and started again: the
/// job completes and every recipient has exactly one delivery (or print job, or refusal) and
/// exactly one receipt.
/// </summary>
public sealed class MassSendCrashTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const int People = 20_000;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private static readonly AuthorityId Authority = AuthorityId.Parse("skattestyrelsen");

    [Fact]
    public async Task A_silo_killed_mid_job_resumes_and_delivers_every_recipient_exactly_once()
    {
        // The silo's own seed verb fills the registry and the mailbox profiles (exemptions, delegations).
        Assert.Equal(0, await SeedCommand.RunAsync(["--people", People.ToString(CultureInfo.InvariantCulture), "--replace", "--ConnectionStrings:DigitalPost", database.ConnectionString]));
        var job = await SubmitAsync();

        Guid jobId;
        await using (var first = SiloProcess.Start(Environment()))
        {
            await first.WaitForOutputAsync("Digital Post silo listening on");
            jobId = job.JobId;
            await WaitUntilAsync(jobId, processed => processed >= People / 5);
            first.Signal("KILL");
            await first.WaitForExitAsync();
        }

        var atKill = await ScalarAsync<long>("SELECT sum(processed)::bigint FROM mass_send_slices WHERE job_id = $1", jobId);
        Assert.InRange(atKill, 1, People - 1);

        await using (var second = SiloProcess.Start(Environment()))
        {
            await second.WaitForOutputAsync($"Mass send {jobId}: completed");
            second.Signal("TERM");
            await second.WaitForExitAsync();
        }

        const string PerRecipient =
            "SELECT r.mailbox_id, (SELECT count(*) FROM mailbox_deliveries d WHERE d.mailbox_id = r.mailbox_id AND d.message_uuid = r.message_uuid) AS deliveries, " +
            "(SELECT count(*) FROM mailbox_receipts m WHERE m.sender_id = 'authority:skattestyrelsen' AND m.message_uuid = r.message_uuid) AS receipts, " +
            "(SELECT count(*) FROM mailbox_messages m WHERE m.mailbox_id = r.mailbox_id AND m.message_uuid = r.message_uuid) AS messages, " +
            "(SELECT count(*) FROM mailbox_print_queue p WHERE p.mailbox_id = r.mailbox_id AND p.message_uuid = r.message_uuid) AS prints, " +
            "(SELECT min(status) FROM mailbox_receipts m WHERE m.sender_id = 'authority:skattestyrelsen' AND m.message_uuid = r.message_uuid) AS status " +
            "FROM (SELECT (CASE WHEN length(recipient) = 10 THEN 'cpr:' ELSE 'cvr:' END) || recipient AS mailbox_id, message_uuid FROM mass_send_recipients WHERE job_id = $1) r";
        Assert.Equal(People, await ScalarAsync<long>($"SELECT count(*) FROM ({PerRecipient}) x", jobId));
        Assert.Equal(0L, await ScalarAsync<long>($"SELECT count(*) FROM ({PerRecipient}) x WHERE receipts <> 1", jobId));
        // Accepted (RECEIVED, status 0): either one message row (a delivered letter's own record, Mailboxes/Migrations/0003)
        // or one delivery record and one print job; refused: none of them.
        Assert.Equal(0L, await ScalarAsync<long>(
            $"SELECT count(*) FROM ({PerRecipient}) x WHERE NOT ((status = 0 AND ((messages = 1 AND deliveries = 0 AND prints = 0) OR (messages = 0 AND deliveries = 1 AND prints = 1))) " +
            "OR (status IN (2, 3) AND deliveries = 0 AND messages + prints = 0))", jobId));
        Assert.Equal(People, await ScalarAsync<long>(
            "SELECT sum(delivered + printed + refused + invalid)::bigint FROM mass_send_slices WHERE job_id = $1", jobId));
        Assert.Equal(People, await ScalarAsync<long>("SELECT sum(processed)::bigint FROM mass_send_slices WHERE job_id = $1", jobId));
        Assert.Equal((short)MassSendStatus.Completed, await ScalarAsync<short>("SELECT status FROM mass_send_jobs WHERE job_id = $1", jobId));
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["ConnectionStrings__DigitalPost"] = database.ConnectionString,
        // Small batches: many checkpoints, so the kill lands between and inside batch transactions.
        ["MassSend__BatchSize"] = "200",
        ["MassSend__Parallelism"] = "2",
        ["MassSend__PollInterval"] = "00:00:00.200",
        ["Notifications__DispatcherEnabled"] = "false",
    };

    /// <summary>Commits the job through the silo's own composition (built, not run), as the bulk API would.</summary>
    private async Task<MassSendSubmitResult> SubmitAsync()
    {
        var builder = SiloApplication.CreateBuilder(["--ConnectionStrings:DigitalPost", database.ConnectionString, "--MassSend:WorkerEnabled", "false"]);
        await using var app = SiloApplication.Build(builder);
        var postgres = app.Services.GetRequiredService<PostgresDatabase>();
        await postgres.StartAsync(CancellationToken.None);
        try
        {
            var service = app.Services.GetRequiredService<IMassSendService>();
            return await service.SubmitAsync(new MassSendSubmission(Authority, "crash-test", MassSendKind.Template, MeMoWriter.Default.WriteToArray(Letter())), RecipientsAsync());
        }
        finally
        {
            await postgres.StopAsync(CancellationToken.None);
        }
    }

    private async IAsyncEnumerable<MassSendLine> RecipientsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT cpr FROM person ORDER BY cpr", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long line = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new MassSendLine(++line, reader.GetString(0), ReadOnlyMemory<byte>.Empty);
        }
    }

    /// <summary>Waits for the silo's progress, read from its checkpoints (another process: there is no in-process signal).</summary>
    private async Task WaitUntilAsync(Guid jobId, Func<long, bool> reached)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (!reached(await ScalarAsync<long>("SELECT COALESCE(sum(processed), 0)::bigint FROM mass_send_slices WHERE job_id = $1", jobId)))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, Guid jobId)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = jobId });
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static MeMoMessage Letter() => new()
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
                Files = [new MeMoFile { EncodingFormat = "application/pdf", Filename = "aarsopgoerelse.pdf", Language = "da", Content = MeMoContent.FromBytes(new byte[512]) }],
            },
        },
    };
}
