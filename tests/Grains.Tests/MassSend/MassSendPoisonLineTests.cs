using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Grains.Tests.MassSend.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>
/// A line that fails however often it is tried (here: a mailbox profile that no longer reads) is found by halving its
/// batch, set aside as a dead letter with an INVALID receipt, and the rest of the slice is delivered; past the limit of
/// dead letters per slice the slice stops instead.
/// </summary>
public sealed class MassSendPoisonLineTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task A_line_that_always_fails_is_set_aside_with_an_invalid_receipt_and_the_slice_goes_on()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 8, slices: 1);
        var authority = TestPeople.Authority();
        var people = new List<Cpr>();
        for (var i = 0; i < 12; i++)
        {
            people.Add(await host.PersonAsync());
        }

        var poisoned = people[5];
        await CorruptProfileAsync(host, poisoned);
        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(people[0]))), people.Select(p => p.Value));
        await host.Processor.RunDueJobsAsync();

        var status = (await host.MassSends.GetAsync(authority, job.JobId))!;
        Assert.Equal((MassSendStatus.Completed, 12L, 11L, 1L), (status.Status, status.Processed, status.Delivered, status.Invalid));
        var mailbox = MailboxId.ForCitizen(poisoned).Value;
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1", mailbox));
        Assert.Equal(
            $"{(short)ReceiptStatus.Invalid}|{ReceiptReasons.ProcessingFailed}",
            Assert.Single(await host.RowsAsync("SELECT concat_ws('|', status, reason_code) FROM mailbox_receipts WHERE recipient_id = $1", mailbox)));
        var deadLetter = Assert.Single(await host.RowsAsync("SELECT concat_ws('|', recipient, ordinal, error) FROM mass_send_dead_letters WHERE job_id = $1", job.JobId));
        Assert.StartsWith($"{poisoned.Value}|6|System.Text.Json.JsonException", deadLetter, StringComparison.Ordinal);
        Assert.Equal(12L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_receipts WHERE sender_id = $1", MailboxId.ForAuthority(authority).Value));
    }

    [Fact]
    public async Task Past_the_limit_of_dead_letters_the_slice_stops_with_the_error()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 4, slices: 1,
            settings: new Dictionary<string, string?> { ["MassSend:MaxDeadLettersPerSlice"] = "1" });
        var authority = TestPeople.Authority();
        var people = new List<Cpr>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await host.PersonAsync());
        }

        await CorruptProfileAsync(host, people[1]);
        await CorruptProfileAsync(host, people[4]);
        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(people[0]))), people.Select(p => p.Value));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Processor.RunDueJobsAsync());
        Assert.Contains("MaxDeadLettersPerSlice", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mass_send_dead_letters WHERE job_id = $1", job.JobId));
        var status = (await host.MassSends.GetAsync(authority, job.JobId))!;
        Assert.Equal((MassSendStatus.Running, 4L), (status.Status, status.Processed));
    }

    /// <summary>Gives <paramref name="person"/> a stored mailbox profile, then breaks it as a faulty migration or manual edit might.</summary>
    private static async Task CorruptProfileAsync(MassSendTestHost host, Cpr person)
    {
        await host.Citizen(person).UpdateNotificationSettingsAsync(TestPeople.Self(person), new NotificationSettings(["borger@example.dk"], [], []));
        await host.ExecuteAsync(
            "UPDATE grain_state SET data = convert_to('{\"notifications\": 42}', 'UTF8') WHERE grain_key = $1 AND state_name = 'profile'",
            MailboxId.ForCitizen(person).Value);
    }
}
