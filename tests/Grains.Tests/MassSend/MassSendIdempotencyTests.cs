using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>A job is committed once per idempotency key, and every recipient is delivered once however often a batch runs.</summary>
public sealed class MassSendIdempotencyTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_job_and_stores_nothing_new()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();
        var template = TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a)));

        var first = await host.SubmitAsync(authority, template, [a.Value], key: "key-1");
        var again = await host.SubmitAsync(authority, template, [a.Value, b.Value], key: "key-1");
        var otherAuthority = await host.SubmitAsync(TestPeople.Authority(), template, [a.Value], key: "key-1");

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.JobId, again.JobId);
        Assert.Equal(1, again.Recipients);
        Assert.NotEqual(first.JobId, otherAuthority.JobId);
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mass_send_recipients WHERE job_id = $1", first.JobId));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mass_send_jobs WHERE authority_id = $1", authority.Value));
    }

    [Fact]
    public async Task A_batch_run_again_from_a_lost_checkpoint_delivers_and_receipts_once()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 3, slices: 2);
        var authority = TestPeople.Authority();
        var people = new List<Cpr>();
        for (var i = 0; i < 12; i++)
        {
            people.Add(await host.PersonAsync(died: i == 5 ? new DateOnly(2025, 1, 1) : null));
        }

        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(people[0]))), people.Select(p => p.Value));
        await host.Processor.RunDueJobsAsync();

        // As if every checkpoint had been lost after its batches committed: the whole job runs again.
        await host.ExecuteAsync("UPDATE mass_send_slices SET next_ordinal = 0, done = false WHERE job_id = $1", job.JobId);
        await host.ExecuteAsync("UPDATE mass_send_jobs SET status = 2 WHERE job_id = $1", job.JobId);
        await host.Processor.RunDueJobsAsync();

        var sender = MailboxId.ForAuthority(authority).Value;
        Assert.Equal(11L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE sender_id = $1", sender));
        // A delivered letter's message row is its delivery record (Mailboxes/Migrations/0003).
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_deliveries WHERE sender_id = $1", sender));
        Assert.Equal(12L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_receipts WHERE sender_id = $1", sender));
        Assert.Equal(12L, await host.ScalarAsync<long>("SELECT count(DISTINCT message_uuid) FROM mailbox_receipts WHERE sender_id = $1", sender));
        Assert.Equal(MassSendStatus.Completed, (await host.MassSends.GetAsync(authority, job.JobId))!.Status);
    }

    [Fact]
    public async Task A_job_run_again_after_recipients_purged_their_letters_does_not_deliver_them_again()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 2, slices: 1);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();
        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a))), [a.Value, b.Value]);
        await host.Processor.RunDueJobsAsync();

        // Both purge their mail (the deleted folder emptied after its retention, or the mailbox closed).
        await host.ExecuteAsync("DELETE FROM mailbox_messages WHERE mailbox_id = ANY($1)", (object)new[] { MailboxId.ForCitizen(a).Value, MailboxId.ForCitizen(b).Value });
        await host.ExecuteAsync("UPDATE mass_send_slices SET next_ordinal = 0, done = false WHERE job_id = $1", job.JobId);
        await host.ExecuteAsync("UPDATE mass_send_jobs SET status = 2 WHERE job_id = $1", job.JobId);
        await host.Processor.RunDueJobsAsync();

        var sender = MailboxId.ForAuthority(authority).Value;
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE sender_id = $1", sender));
        Assert.Equal(2L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_deliveries WHERE sender_id = $1 AND outcome = 0", sender));
        Assert.Equal(2L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_receipts WHERE sender_id = $1", sender));
        Assert.Equal(2L, (await host.MassSends.GetAsync(authority, job.JobId))!.Delivered);
    }

    [Fact]
    public async Task A_recipient_listed_twice_is_delivered_once()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 2, slices: 1);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();

        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a))), [a.Value, a.Value, b.Value, a.Value]);
        await host.Processor.RunDueJobsAsync();

        var status = (await host.MassSends.GetAsync(authority, job.JobId))!;
        Assert.Equal((4L, 4L, 2L), (status.Recipients, status.Processed, status.Delivered));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1", MailboxId.ForCitizen(a).Value));
    }

    [Fact]
    public async Task Another_authority_cannot_see_recall_or_read_a_job()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var owner = TestPeople.Authority();
        var other = TestPeople.Authority();
        var a = await host.PersonAsync();
        var job = await host.SubmitAsync(owner, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a))), [a.Value]);

        Assert.Null(await host.MassSends.GetAsync(other, job.JobId));
        Assert.Null(await host.MassSends.ReadReceiptsAsync(other, job.JobId));
        Assert.Equal(MassSendRecallOutcome.NotFound, await host.MassSends.RecallAsync(other, job.JobId));
        Assert.Empty(await host.MassSends.ListAsync(other, 10, null));
        Assert.Equal(job.JobId, Assert.Single(await host.MassSends.ListAsync(owner, 10, null)).JobId);
    }
}
