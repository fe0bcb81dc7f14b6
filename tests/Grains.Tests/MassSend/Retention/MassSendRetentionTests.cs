using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.MassSend.Retention;

/// <summary>
/// The retention sweep: a finished job's recipient list goes once its retention has passed (fake clock), in bounded
/// transactions, and the job records when; an unfinished job keeps it whatever its age.
/// </summary>
public sealed class MassSendRetentionTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    [Fact]
    public async Task A_completed_jobs_list_is_kept_until_its_retention_has_passed_then_deleted_in_bounded_transactions()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 4, slices: 3);
        await using var sweeper = await RetentionSweeper.StartAsync(host, o => o.RowsPerTransaction = 4);
        var authority = TestPeople.Authority();
        var job = await DeliveredJobAsync(host, authority, people: 10);
        var completedAt = (await host.MassSends.GetAsync(authority, job.JobId))!.CompletedAt!.Value;

        host.Time.Advance(Retention - TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(await sweeper.SweepAsync(), p => p.JobId == job.JobId);
        Assert.Equal(10L, await RowsAsync(host, job.JobId));
        Assert.True(await host.ScalarAsync<bool>("SELECT recipients_purged_at IS NULL FROM mass_send_jobs WHERE job_id = $1", job.JobId));

        host.Time.Advance(TimeSpan.FromSeconds(1));
        var purge = Assert.Single(await sweeper.SweepAsync(), p => p.JobId == job.JobId);

        Assert.Equal((MassSendStatus.Completed, completedAt), (purge.Status, purge.FinishedAt));
        Assert.Equal([4L, 4L, 2L], purge.RowsPerTransaction);
        Assert.Equal(host.Time.GetUtcNow(), purge.PurgedAt);
        Assert.Equal(0L, await RowsAsync(host, job.JobId));
        Assert.Equal(host.Time.GetUtcNow().UtcDateTime, await host.ScalarAsync<DateTime>("SELECT recipients_purged_at FROM mass_send_jobs WHERE job_id = $1", job.JobId));
        var status = (await host.MassSends.GetAsync(authority, job.JobId))!;
        Assert.Equal((MassSendStatus.Completed, 10L, 10L, 10L), (status.Status, status.Recipients, status.Processed, status.Delivered));

        host.Time.Advance(TimeSpan.FromDays(1));
        Assert.DoesNotContain(await sweeper.SweepAsync(), p => p.JobId == job.JobId);
    }

    [Fact]
    public async Task A_list_of_a_multiple_of_the_transaction_size_ends_with_no_empty_transaction_counted()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 4, slices: 2);
        await using var sweeper = await RetentionSweeper.StartAsync(host, o => o.RowsPerTransaction = 3);
        var authority = TestPeople.Authority();
        var job = await DeliveredJobAsync(host, authority, people: 6);
        host.Time.Advance(Retention);

        var purge = Assert.Single(await sweeper.SweepAsync(), p => p.JobId == job.JobId);

        Assert.Equal([3L, 3L], purge.RowsPerTransaction);
        Assert.Equal(0L, await RowsAsync(host, job.JobId));
    }

    [Fact]
    public async Task A_purge_stopped_part_way_is_finished_and_marked_by_the_next_sweep()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 4, slices: 3);
        await using var sweeper = await RetentionSweeper.StartAsync(host, o => o.RowsPerTransaction = 4);
        var authority = TestPeople.Authority();
        var job = await DeliveredJobAsync(host, authority, people: 10);
        host.Time.Advance(Retention);
        // What a sweep that stopped after its first transaction (a crash, a shutdown) leaves: the first rows gone, the job unmarked.
        await host.ExecuteAsync(
            "DELETE FROM mass_send_recipients r USING (SELECT slice, ordinal FROM mass_send_recipients WHERE job_id = $1 ORDER BY slice, ordinal LIMIT 3) f " +
            "WHERE r.job_id = $1 AND r.slice = f.slice AND r.ordinal = f.ordinal",
            job.JobId);

        var purge = Assert.Single(await sweeper.SweepAsync(), p => p.JobId == job.JobId);

        Assert.Equal([4L, 3L], purge.RowsPerTransaction);
        Assert.Equal(0L, await RowsAsync(host, job.JobId));
        Assert.False(await host.ScalarAsync<bool>("SELECT recipients_purged_at IS NULL FROM mass_send_jobs WHERE job_id = $1", job.JobId));
    }

    [Fact]
    public async Task A_recalled_job_is_purged_once_its_retention_from_the_recall_has_passed()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        await using var sweeper = await RetentionSweeper.StartAsync(host);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var b = await host.PersonAsync();
        var job = await host.SubmitAsync(authority, Template(a.Value, new DateOnly(2026, 6, 1)), [a.Value, b.Value]);
        host.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(MassSendRecallOutcome.Recalled, await host.MassSends.RecallAsync(authority, job.JobId));

        host.Time.Advance(Retention - TimeSpan.FromDays(1));
        Assert.DoesNotContain(await sweeper.SweepAsync(), p => p.JobId == job.JobId);
        Assert.Equal(2L, await RowsAsync(host, job.JobId));

        host.Time.Advance(TimeSpan.FromDays(1));
        var purge = Assert.Single(await sweeper.SweepAsync(), p => p.JobId == job.JobId);

        Assert.Equal((MassSendStatus.Recalled, MassSendTestHost.Start + TimeSpan.FromDays(2), 2L), (purge.Status, purge.FinishedAt, purge.Rows));
        Assert.Equal(0L, await RowsAsync(host, job.JobId));
        Assert.Equal(MassSendStatus.Recalled, (await host.MassSends.GetAsync(authority, job.JobId))!.Status);
    }

    [Fact]
    public async Task Scheduled_queued_and_running_jobs_keep_their_lists_however_old()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        await using var sweeper = await RetentionSweeper.StartAsync(host, o => o.RetainFor = TimeSpan.Zero);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var scheduled = await host.SubmitAsync(authority, Template(a.Value, new DateOnly(2027, 6, 1)), [a.Value]);
        var queued = await host.SubmitAsync(authority, Template(a.Value), [a.Value]);
        var running = await host.SubmitAsync(authority, Template(a.Value), [a.Value]);
        // A job a worker claimed and then lost (a crash): Running, with the times of a finished job, and still never purged.
        await host.ExecuteAsync(
            "UPDATE mass_send_jobs SET status = $2, started_at = $3, completed_at = $3, recalled_at = $3 WHERE job_id = $1",
            running.JobId, (short)MassSendStatus.Running, MassSendTestHost.Start);
        Assert.Equal((MassSendStatus.Scheduled, MassSendStatus.Queued), (scheduled.Status, queued.Status));
        host.Time.Advance(TimeSpan.FromDays(365));

        var purged = await sweeper.SweepAsync();

        foreach (var job in new[] { scheduled, queued, running })
        {
            Assert.DoesNotContain(purged, p => p.JobId == job.JobId);
            Assert.Equal(1L, await RowsAsync(host, job.JobId));
            Assert.True(await host.ScalarAsync<bool>("SELECT recipients_purged_at IS NULL FROM mass_send_jobs WHERE job_id = $1", job.JobId));
        }
    }

    [Fact]
    public async Task The_sweep_runs_on_its_own_session_at_the_configured_nice_value()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        await using var sweeper = await RetentionSweeper.StartAsync(host, o => o.SessionNice = 13);

        await sweeper.SweepAsync();

        var (pid, nice) = Assert.Single(sweeper.Priority.Nice);
        Assert.Equal(13, nice);
        // The pooled session is still open: its backend is the sweep's application.
        Assert.Equal("digitalpost-mass-send-retention", await host.ScalarAsync<string>("SELECT application_name FROM pg_stat_activity WHERE pid = $1", pid));
    }

    [Fact]
    public void Options_that_cannot_work_are_refused_naming_the_setting()
    {
        Assert.Contains("RowsPerTransaction", Assert.Throws<InvalidOperationException>(() => new Grains.MassSend.Retention.MassSendRetentionOptions { RowsPerTransaction = 0 }.Validate()).Message);
        Assert.Contains("RetainFor", Assert.Throws<InvalidOperationException>(() => new Grains.MassSend.Retention.MassSendRetentionOptions { RetainFor = TimeSpan.FromDays(-1) }.Validate()).Message);
        Assert.Contains("SweepInterval", Assert.Throws<InvalidOperationException>(() => new Grains.MassSend.Retention.MassSendRetentionOptions { SweepInterval = TimeSpan.Zero }.Validate()).Message);
        Assert.Contains("SessionNice", Assert.Throws<InvalidOperationException>(() => new Grains.MassSend.Retention.MassSendRetentionOptions { SessionNice = 20 }.Validate()).Message);
        new Grains.MassSend.Retention.MassSendRetentionOptions().Validate();
    }

    internal static byte[] Template(string recipient, DateOnly? doNotDeliverUntil = null) =>
        TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(Cpr.Parse(recipient)), doNotDeliverUntil: doNotDeliverUntil));

    /// <summary>A template job to <paramref name="people"/> new people, delivered to its end.</summary>
    private static async Task<MassSendSubmitResult> DeliveredJobAsync(MassSendTestHost host, AuthorityId authority, int people)
    {
        var recipients = new List<string>();
        for (var i = 0; i < people; i++)
        {
            recipients.Add((await host.PersonAsync()).Value);
        }

        var job = await host.SubmitAsync(authority, Template(recipients[0]), recipients);
        await host.Processor.RunDueJobsAsync();
        return job;
    }

    internal static Task<long> RowsAsync(MassSendTestHost host, Guid jobId) =>
        host.ScalarAsync<long>("SELECT count(*) FROM mass_send_recipients WHERE job_id = $1", jobId);
}
