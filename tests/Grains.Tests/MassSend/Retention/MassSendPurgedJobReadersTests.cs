using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.MassSend.Retention;

/// <summary>
/// Every reader of a finished job answers the same before and after its recipient list is purged: status, receipt counts,
/// receipt pages (with a cursor given out before the purge) and the streamed receipts are read from the receipts alone.
/// </summary>
public sealed class MassSendPurgedJobReadersTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task Status_counts_pages_and_streamed_receipts_read_the_same_after_the_purge()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 4, slices: 3);
        await using var sweeper = await RetentionSweeper.StartAsync(host, o => o.RowsPerTransaction = 5);
        var authority = TestPeople.Authority();
        var people = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            people.Add((await host.PersonAsync(died: i % 4 == 0 ? new DateOnly(2025, 2, 2) : null)).Value);
        }

        var unknown = TestPeople.Adult().Value;
        // Two recipients listed twice: one letter and one receipt each, at the place of the first line.
        List<string> lines = [.. people, unknown, people[1], people[4]];
        var job = await host.SubmitAsync(authority, MassSendRetentionTests.Template(people[1]), lines);
        await host.Processor.RunDueJobsAsync();
        // One letter was a legal notice and has been served since: its later COMPLETED receipt is counted, not listed.
        await host.ExecuteAsync(
            "INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, created_at) " +
            "SELECT sender_id, message_uuid, recipient_id, 1, $2, created_at FROM mailbox_receipts WHERE sender_id = $1 AND status = 0 ORDER BY message_uuid DESC LIMIT 1",
            MailboxId.ForAuthority(authority).Value, ReceiptReasons.LegalNotificationServed);

        var status = (await host.MassSends.GetAsync(authority, job.JobId))!;
        var counts = (await host.MassSends.CountReceiptsAsync(authority, job.JobId))!;
        var streamed = await StreamAsync(host, authority, job.JobId);
        var firstPage = (await host.MassSends.ListReceiptsAsync(authority, job.JobId, 4, null))!;
        var pagedBefore = await PagesAsync(host, authority, job.JobId, 4, null);

        Assert.Equal(
            [
                (ReceiptStatus.Received, (string?)null, 6L), (ReceiptStatus.Completed, ReceiptReasons.LegalNotificationServed, 1L),
                (ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound, 1L), (ReceiptStatus.NotAllowed, ReceiptReasons.RecipientIsClosed, 2L),
            ],
            counts.Select(c => (c.Status, c.Reason, c.Count)));
        Assert.Equal([.. people.Append(unknown).Order(StringComparer.Ordinal)], streamed.Select(r => r.Recipient).Order(StringComparer.Ordinal));
        Assert.Equal([.. streamed.Select(r => r.MessageUuid).Order()], streamed.Select(r => r.MessageUuid));
        Assert.DoesNotContain(streamed, r => r.Status == ReceiptStatus.Completed);
        Assert.Equal(streamed, pagedBefore);
        foreach (var receipt in streamed)
        {
            Assert.Equal(await host.MessageUuidOfAsync(job.JobId, (receipt.Recipient.Length == 10 ? MailboxId.CitizenPrefix : MailboxId.BusinessPrefix) + receipt.Recipient), receipt.MessageUuid);
        }

        host.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(11L, Assert.Single(await sweeper.SweepAsync(), p => p.JobId == job.JobId).Rows);
        Assert.Equal(0L, await MassSendRetentionTests.RowsAsync(host, job.JobId));

        Assert.Equal(status, await host.MassSends.GetAsync(authority, job.JobId));
        Assert.Equal(counts, await host.MassSends.CountReceiptsAsync(authority, job.JobId));
        Assert.Equal(streamed, await StreamAsync(host, authority, job.JobId));
        Assert.Equal(streamed, await PagesAsync(host, authority, job.JobId, 4, null));
        Assert.Equal(streamed.Skip(4), await PagesAsync(host, authority, job.JobId, 3, firstPage.Cursors[^1]));
    }

    [Fact]
    public async Task A_jobs_receipts_are_its_own_not_another_jobs_nor_another_senders_nor_a_single_letters()
    {
        await using var host = await MassSendTestHost.StartAsync(database, slices: 2);
        var authority = TestPeople.Authority();
        var other = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();
        var first = await host.SubmitAsync(authority, MassSendRetentionTests.Template(a.Value), [a.Value, b.Value]);
        var second = await host.SubmitAsync(authority, MassSendRetentionTests.Template(a.Value), [b.Value]);
        await host.Processor.RunDueJobsAsync();
        var firstLetter = await host.MessageUuidOfAsync(first.JobId, MailboxId.ForCitizen(a).Value);
        // Another sender's receipt with a messageUUID in the job's range, and the authority's receipt of a letter of its own.
        await host.ExecuteAsync(
            "INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, created_at) VALUES ($1, $2, $3, 0, $4), ($5, $6, $3, 0, $4)",
            MailboxId.ForAuthority(other).Value, firstLetter, MailboxId.ForCitizen(a).Value, MassSendTestHost.Start,
            MailboxId.ForAuthority(authority).Value, Guid.NewGuid());

        var ofFirst = await StreamAsync(host, authority, first.JobId);
        var ofSecond = await StreamAsync(host, authority, second.JobId);

        Assert.Equal(new[] { a.Value, b.Value }.Order(StringComparer.Ordinal), ofFirst.Select(r => r.Recipient).Order(StringComparer.Ordinal));
        Assert.Equal(b.Value, Assert.Single(ofSecond).Recipient);
        Assert.DoesNotContain(ofSecond[0].MessageUuid, ofFirst.Select(r => r.MessageUuid));
        Assert.Equal(2L, Assert.Single((await host.MassSends.CountReceiptsAsync(authority, first.JobId))!).Count);
        Assert.Equal(1L, Assert.Single((await host.MassSends.CountReceiptsAsync(authority, second.JobId))!).Count);
        Assert.Null(await host.MassSends.ListReceiptsAsync(other, first.JobId, 10, null));
    }

    [Fact]
    public async Task A_job_uploaded_before_the_uuid_layout_is_read_through_its_list_and_keeps_it_past_retention()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 2, slices: 2);
        await using var sweeper = await RetentionSweeper.StartAsync(host);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();
        var c = await host.PersonAsync(died: new DateOnly(2025, 2, 2));
        var job = await host.SubmitAsync(authority, MassSendRetentionTests.Template(a.Value), [a.Value, b.Value, c.Value, a.Value]);
        await host.Processor.RunDueJobsAsync();
        // As session 3 stored it: name-based (hash) messageUUIDs, here md5 of the current one, in the list and the receipts alike.
        await host.ExecuteAsync(
            "WITH map AS (SELECT DISTINCT message_uuid AS old, md5(message_uuid::text)::uuid AS new FROM mass_send_recipients WHERE job_id = $1), " +
            "u AS (UPDATE mailbox_receipts m SET message_uuid = map.new FROM map WHERE m.sender_id = $2 AND m.message_uuid = map.old RETURNING 1) " +
            "UPDATE mass_send_recipients r SET message_uuid = map.new FROM map WHERE r.job_id = $1 AND r.message_uuid = map.old",
            job.JobId, MailboxId.ForAuthority(authority).Value);

        var streamed = await StreamAsync(host, authority, job.JobId);

        // One line per listed line, as the list says (a recipient listed twice twice), in (slice, line) order.
        Assert.Equal(new[] { a.Value, a.Value, b.Value, c.Value }.Order(StringComparer.Ordinal), streamed.Select(r => r.Recipient).Order(StringComparer.Ordinal));
        Assert.Equal(streamed, await PagesAsync(host, authority, job.JobId, 3, null));
        Assert.Equal(
            [(ReceiptStatus.Received, (string?)null, 3L), (ReceiptStatus.NotAllowed, ReceiptReasons.RecipientIsClosed, 1L)],
            (await host.MassSends.CountReceiptsAsync(authority, job.JobId))!.Select(c => (c.Status, c.Reason, c.Count)));

        host.Time.Advance(TimeSpan.FromDays(365));
        Assert.DoesNotContain(await sweeper.SweepAsync(), p => p.JobId == job.JobId);
        Assert.Equal(4L, await MassSendRetentionTests.RowsAsync(host, job.JobId));
        Assert.Equal(streamed, await StreamAsync(host, authority, job.JobId));
    }

    [Fact]
    public async Task A_cursor_that_names_no_place_in_a_list_is_refused()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var job = await host.SubmitAsync(authority, MassSendRetentionTests.Template(a.Value), [a.Value]);
        var slice5000 = Convert.ToBase64String("5000.1"u8.ToArray()).TrimEnd('=');

        var refused = await Assert.ThrowsAsync<MassSendInputException>(() => host.MassSends.ListReceiptsAsync(authority, job.JobId, 10, slice5000));

        Assert.Equal("after", refused.Part);
    }

    private static async Task<List<MassSendReceipt>> StreamAsync(MassSendTestHost host, AuthorityId authority, Guid jobId)
    {
        var receipts = new List<MassSendReceipt>();
        await foreach (var receipt in (await host.MassSends.ReadReceiptsAsync(authority, jobId))!)
        {
            receipts.Add(receipt);
        }

        return receipts;
    }

    private static async Task<List<MassSendReceipt>> PagesAsync(MassSendTestHost host, AuthorityId authority, Guid jobId, int size, string? after)
    {
        var receipts = new List<MassSendReceipt>();
        while (true)
        {
            var page = (await host.MassSends.ListReceiptsAsync(authority, jobId, size, after))!;
            Assert.Equal(page.Items.Count, page.Cursors.Count);
            receipts.AddRange(page.Items);
            if (!page.HasNextPage)
            {
                return receipts;
            }

            after = page.Cursors[^1];
        }
    }
}
