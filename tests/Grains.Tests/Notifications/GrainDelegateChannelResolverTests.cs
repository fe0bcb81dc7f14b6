using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class GrainDelegateChannelResolverTests(MailboxDatabaseFixture db) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task A_delegates_channels_are_read_from_the_delegates_own_mailbox()
    {
        await using var host = await MailboxTestHost.StartAsync(db);
        var delegatePerson = TestPeople.Adult();
        await host.Citizen(delegatePerson).RecordBirthAsync(null);
        await host.Citizen(delegatePerson).RecordTurnedFifteenAsync();
        var settings = new NotificationSettings(["mette@example.dk"], ["+4522334455"], []);
        await host.Citizen(delegatePerson).UpdateNotificationSettingsAsync(TestPeople.Self(delegatePerson), settings);

        var resolved = await new GrainDelegateChannelResolver(host.Grains).ResolveAsync(delegatePerson.Value, CancellationToken.None);

        Assert.Equal(settings.Emails, resolved.Emails);
        Assert.Equal(settings.PhoneNumbers, resolved.PhoneNumbers);
        Assert.Empty(resolved.PushDevices);
    }
}
