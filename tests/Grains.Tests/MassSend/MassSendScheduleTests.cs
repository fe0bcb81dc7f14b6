using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>doNotDeliverUntilDate schedules the whole job; it can be recalled until delivery starts.</summary>
public sealed class MassSendScheduleTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task A_job_with_a_later_date_waits_until_the_start_of_that_danish_day()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var date = new DateOnly(2026, 3, 5);
        var template = TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a), doNotDeliverUntil: date));

        var job = await host.SubmitAsync(authority, template, [a.Value]);

        Assert.Equal(MassSendStatus.Scheduled, job.Status);
        var status = await host.MassSends.GetAsync(authority, job.JobId);
        // Midnight in Copenhagen (UTC+1 in March) is 23:00 UTC the day before.
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 23, 0, 0, TimeSpan.Zero), status!.ScheduledFor);
        host.Time.Advance(new DateTimeOffset(2026, 3, 4, 22, 59, 0, TimeSpan.Zero) - host.Time.GetUtcNow());
        Assert.Equal(0, await host.Processor.RunDueJobsAsync());
        Assert.Equal(0L, (await host.MassSends.GetAsync(authority, job.JobId))!.Delivered);

        host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.Processor.RunDueJobsAsync());
        status = await host.MassSends.GetAsync(authority, job.JobId);
        Assert.Equal((MassSendStatus.Completed, 1L, 0L), (status!.Status, status.Delivered, status.Held));
    }

    [Fact]
    public async Task A_recalled_job_delivers_nothing_and_a_started_job_cannot_be_recalled()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var later = TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a), doNotDeliverUntil: new DateOnly(2026, 4, 1)));
        var now = TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a)));
        var scheduled = await host.SubmitAsync(authority, later, [a.Value]);

        Assert.Equal(MassSendRecallOutcome.Recalled, await host.MassSends.RecallAsync(authority, scheduled.JobId));
        Assert.Equal(MassSendRecallOutcome.Recalled, await host.MassSends.RecallAsync(authority, scheduled.JobId));
        host.Time.Advance(TimeSpan.FromDays(40));
        var immediate = await host.SubmitAsync(authority, now, [a.Value]);
        await host.Processor.RunDueJobsAsync();

        var recalled = await host.MassSends.GetAsync(authority, scheduled.JobId);
        Assert.Equal((MassSendStatus.Recalled, 0L), (recalled!.Status, recalled.Processed));
        Assert.Equal(MassSendRecallOutcome.AlreadyStarted, await host.MassSends.RecallAsync(authority, immediate.JobId));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1", MailboxId.ForCitizen(a).Value));
    }
}
