using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Grains.Tests.MassSend.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>The mass-send pipeline writes past the mailbox grains; a recipient's mailbox version must still change.</summary>
public sealed class MassSendMailboxVersionTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task A_mass_send_batch_to_an_active_mailbox_changes_its_version()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var active = await host.PersonAsync();
        var before = await host.Citizen(active).GetVersionAsync();

        await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(active))), [active.Value]);
        await host.Processor.RunDueJobsAsync();

        Assert.NotEqual(before, await host.Citizen(active).GetVersionAsync());
    }
}
