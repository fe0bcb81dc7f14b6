using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Grains.Tests.MassSend.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>
/// The direct path (binary COPY of a batch no line of which was ever written) writes exactly the rows the
/// statement path writes, and a key that exists after all sends the batch through the statement.
/// </summary>
public sealed class MassSendDirectWriteTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    private static readonly ActorContext s_municipality = ActorContext.Municipality(AuthorityId.Parse("odense-kommune"));

    [Fact]
    public async Task Copying_a_new_batch_writes_the_rows_the_statement_writes()
    {
        // One population, two jobs to it: one written directly, one through the statement.
        await using var direct = await MassSendTestHost.StartAsync(database, batchSize: 3, slices: 2, directWrite: true);
        var people = await PopulationAsync(direct);
        var viaCopy = await RunJobAsync(direct, people);
        await using var statement = await MassSendTestHost.StartAsync(database, batchSize: 3, slices: 2, directWrite: false);
        var viaStatement = await RunJobAsync(statement, people);

        Assert.Equal(viaStatement.Rows, viaCopy.Rows);
        Assert.Equal(viaStatement.Counters, viaCopy.Counters);
        // The population covers every kind of row, so the comparison is not vacuous.
        Assert.Contains(viaCopy.Rows, r => r.StartsWith("message|", StringComparison.Ordinal));
        Assert.Contains(viaCopy.Rows, r => r.StartsWith("record|", StringComparison.Ordinal));
        Assert.Contains(viaCopy.Rows, r => r.StartsWith("print|", StringComparison.Ordinal));
        Assert.Contains(viaCopy.Rows, r => r.StartsWith("notification|", StringComparison.Ordinal));
        Assert.Contains(viaCopy.Rows, r => r.StartsWith("receipt|", StringComparison.Ordinal) && r.Contains("|3|", StringComparison.Ordinal));
        Assert.Contains(viaCopy.Rows, r => r.StartsWith("receipt|", StringComparison.Ordinal) && r.Contains("|2|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_that_exists_sends_the_batch_through_the_statement_and_each_recipient_gets_one_letter()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 10, slices: 1);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();
        var c = await host.PersonAsync();
        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a))), [a.Value, b.Value, c.Value]);

        // A letter already stored under the key the job will give b (say, sent on its own by the same authority).
        var mailbox = MailboxId.ForCitizen(b).Value;
        var taken = await host.MessageUuidOfAsync(job.JobId, mailbox);
        await host.ExecuteAsync(
            "INSERT INTO mailbox_messages (mailbox_id, message_uuid, direction, folder_id, sender_id, sender_label, sender_kind, recipient_id, recipient_id_type, label, search_text, " +
            "received_at, unread, legal_notification, reply_allowed, thread_id, content_sha256, size_bytes, file_count) " +
            "VALUES ($1, $2, 0, 'inbox', $3, 'Earlier', 0, $4, 'CPR', 'Sent on its own', 'sent on its own', now(), true, false, false, $2, '\\x00'::bytea, 1, 0)",
            mailbox, taken, MailboxId.ForAuthority(authority).Value, b.Value);
        await host.Processor.RunDueJobsAsync();

        var status = (await host.MassSends.GetAsync(authority, job.JobId))!;
        Assert.Equal((3L, 2L), (status.Processed, status.Delivered));
        Assert.Equal("Sent on its own", await host.ScalarAsync<string>("SELECT label FROM mailbox_messages WHERE mailbox_id = $1", mailbox));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1", MailboxId.ForCitizen(a).Value));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1", MailboxId.ForCitizen(c).Value));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_receipts WHERE message_uuid = $1", taken));
        Assert.Equal(2L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_receipts WHERE sender_id = $1", MailboxId.ForAuthority(authority).Value));
    }

    [Fact]
    public async Task A_recipient_listed_again_in_a_later_batch_is_left_out_of_it()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 2, slices: 1);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();
        var c = await host.PersonAsync();

        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a))), [a.Value, b.Value, c.Value, a.Value, b.Value]);
        await host.Processor.RunDueJobsAsync();

        var status = (await host.MassSends.GetAsync(authority, job.JobId))!;
        Assert.Equal((5L, 5L, 3L), (status.Recipients, status.Processed, status.Delivered));
        Assert.Equal(3L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_receipts WHERE sender_id = $1", MailboxId.ForAuthority(authority).Value));
        Assert.Equal(
            await host.ScalarAsync<long>("SELECT max(ordinal) FROM mass_send_recipients WHERE job_id = $1", job.JobId),
            await host.ScalarAsync<long>("SELECT written_through FROM mass_send_slices WHERE job_id = $1", job.JobId));
    }

    private static async Task<IReadOnlyList<Cpr>> PopulationAsync(MassSendTestHost host)
    {
        var active = await host.PersonAsync();
        var notified = await host.PersonAsync();
        await host.Citizen(notified).UpdateNotificationSettingsAsync(TestPeople.Self(notified), new NotificationSettings(["borger@example.dk"], [], []));
        var exempt = await host.PersonAsync();
        await host.Citizen(exempt).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.LimitedCommandOfDanish, true, false));
        var deceased = await host.PersonAsync(died: new DateOnly(2025, 12, 24));
        var child = await host.PersonAsync(born: new DateOnly(2015, 5, 5));
        var emigrated = await host.PersonAsync(residence: Residence.Emigrated);
        var others = new List<Cpr>();
        for (var i = 0; i < 6; i++)
        {
            others.Add(await host.PersonAsync());
        }

        return [active, notified, exempt, deceased, child, emigrated, TestPeople.Adult(), .. others, active];
    }

    private static async Task<(IReadOnlyList<string> Rows, string Counters)> RunJobAsync(MassSendTestHost host, IReadOnlyList<Cpr> people)
    {
        var authority = TestPeople.Authority();
        var sender = MailboxId.ForAuthority(authority).Value;
        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(people[0]), legal: true)), people.Select(p => p.Value));
        await host.Processor.RunDueJobsAsync();

        // Every row the job wrote, with what differs between two jobs (UUIDs, the sender, identity columns) left out.
        var rows = new List<string>();
        rows.AddRange(await host.RowsAsync(
            "SELECT concat_ws('|', 'message', mailbox_id, direction, folder_id, sender_label, sender_kind, recipient_id, recipient_id_type, recipient_label, label, search_text, " +
            "received_at, unread, legal_notification, reply_allowed, reply_by, private_platform, thread_id = message_uuid, encode(content_sha256, 'hex'), size_bytes, file_count) " +
            "FROM mailbox_messages WHERE sender_id = $1", sender));
        rows.AddRange(await host.RowsAsync(
            "SELECT concat_ws('|', 'record', mailbox_id, outcome, receipt_status, reason_code, detail, created_at) FROM mailbox_deliveries WHERE sender_id = $1", sender));
        rows.AddRange(await host.RowsAsync(
            "SELECT concat_ws('|', 'print', mailbox_id, encode(content_sha256, 'hex'), address::text, reason, queued_at) FROM mailbox_print_queue WHERE sender_id = $1", sender));
        rows.AddRange(await host.RowsAsync(
            "SELECT concat_ws('|', 'receipt', recipient_id, status, reason_code, detail, created_at) FROM mailbox_receipts WHERE sender_id = $1", sender));
        rows.AddRange(await host.RowsAsync(
            "SELECT concat_ws('|', 'notification', n.mailbox_id, n.delegate_cpr, n.legal, n.channels::text, n.created_at) FROM mass_send_notifications n " +
            "JOIN mailbox_messages m ON m.mailbox_id = n.mailbox_id AND m.message_uuid = n.message_uuid WHERE m.sender_id = $1", sender));
        rows.Sort(StringComparer.Ordinal);
        var counters = string.Join(',', await host.RowsAsync(
            "SELECT concat_ws(',', sum(processed), sum(delivered), sum(printed), sum(refused), sum(invalid), bool_and(done)) FROM mass_send_slices WHERE job_id = $1", job.JobId));
        return (rows, counters);
    }
}
