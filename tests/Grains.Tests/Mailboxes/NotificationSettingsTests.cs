using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>Notification settings are normalised by the notifications validator before they are stored, and indexed.</summary>
public sealed class NotificationSettingsTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task Settings_are_stored_in_canonical_form_without_duplicates_and_their_numbers_are_indexed()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var mailbox = MailboxId.ForCitizen(cpr);

        await host.Citizen(cpr).UpdateNotificationSettingsAsync(TestPeople.Self(cpr),
            new NotificationSettings(["Borger@Example.DK"], ["+45 41 42 43 44", "41424344", "0045 51525354"], ["fcm:device-token-0001"]));

        var stored = (await host.Citizen(cpr).GetProfileAsync(TestPeople.Self(cpr))).Notifications;
        Assert.Equal(["Borger@example.dk"], stored.Emails);
        Assert.Equal(["+4541424344", "+4551525354"], stored.PhoneNumbers);
        Assert.Equal(["fcm:device-token-0001"], stored.PushDevices);
        var index = host.Services.GetRequiredService<IMobileNumberIndex>();
        Assert.Equal((mailbox, MobileNumberPurpose.Notification), Single(await index.FindHoldersAsync(DanishMobileNumber.Parse("41424344"))));
        Assert.Equal((mailbox, MobileNumberPurpose.Notification), Single(await index.FindHoldersAsync(DanishMobileNumber.Parse("51525354"))));
    }

    [Fact]
    public async Task Changing_the_numbers_replaces_the_indexed_set()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var index = host.Services.GetRequiredService<IMobileNumberIndex>();
        await host.Citizen(cpr).UpdateNotificationSettingsAsync(TestPeople.Self(cpr), new NotificationSettings([], ["61626364"], []));

        await host.Citizen(cpr).UpdateNotificationSettingsAsync(TestPeople.Self(cpr), new NotificationSettings([], ["71727374"], []));

        Assert.Empty(await index.FindHoldersAsync(DanishMobileNumber.Parse("61626364")));
        Assert.Equal(MailboxId.ForCitizen(cpr), Assert.Single(await index.FindHoldersAsync(DanishMobileNumber.Parse("71727374"))).Mailbox);
    }

    [Fact]
    public async Task A_foreign_sms_number_is_refused_with_the_clear_message_and_the_stored_settings_stay()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var before = new NotificationSettings(["borger@example.dk"], ["+4581828384"], []);
        await host.Citizen(cpr).UpdateNotificationSettingsAsync(TestPeople.Self(cpr), before);

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() =>
            host.Citizen(cpr).UpdateNotificationSettingsAsync(TestPeople.Self(cpr), new NotificationSettings([], ["+4581828384", "+46701234567"], [])));

        Assert.Equal(MailboxErrorCode.InvalidRequest, refused.Code);
        Assert.Equal("SMS notifications accept Danish +45 numbers only; got +46701234567", refused.Message);
        var stored = (await host.Citizen(cpr).GetProfileAsync(TestPeople.Self(cpr))).Notifications;
        Assert.Equal(before.Emails, stored.Emails);
        Assert.Equal(before.PhoneNumbers, stored.PhoneNumbers);
        Assert.Single(await host.Citizen(cpr).ReadAccessLogAsync(TestPeople.Self(cpr), 10, null));
    }

    private static (MailboxId, MobileNumberPurpose) Single(IReadOnlyList<MobileNumberHolding> holdings)
    {
        var holding = Assert.Single(holdings);
        return (holding.Mailbox, holding.Purpose);
    }
}
