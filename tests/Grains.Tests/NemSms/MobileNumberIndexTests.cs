using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Tests.Notifications.Hosting;

namespace DigitalPost.Grains.Tests.NemSms;

public sealed class MobileNumberIndexTests(NotificationsDatabaseFixture db) : IClassFixture<NotificationsDatabaseFixture>
{
    private static readonly MailboxId Anna = MailboxId.ForCitizen(Cpr.Parse("0101901234"));
    private static readonly MailboxId Bo = MailboxId.ForCitizen(Cpr.Parse("0202851235"));
    private static readonly DanishMobileNumber Number = DanishMobileNumber.Parse("12345678");
    private static readonly DanishMobileNumber Other = DanishMobileNumber.Parse("87654321");

    [Fact]
    public async Task Registered_holders_are_found_with_their_purposes_and_registering_twice_changes_nothing()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var index = new PostgresMobileNumberIndex(harness.Provider, harness.Time);

        await index.RegisterAsync(Anna, Number, MobileNumberPurpose.NemSms);
        await index.RegisterAsync(Anna, Number, MobileNumberPurpose.NemSms);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await index.RegisterAsync(Bo, Number, MobileNumberPurpose.Notification);
        await index.RegisterAsync(Bo, Other, MobileNumberPurpose.Notification);

        var holders = await index.FindHoldersAsync(Number);
        Assert.Equal([(Anna, MobileNumberPurpose.NemSms), (Bo, MobileNumberPurpose.Notification)], holders.Select(h => (h.Mailbox, h.Purpose)));
    }

    [Fact]
    public async Task Unregister_removes_only_that_purpose()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var index = new PostgresMobileNumberIndex(harness.Provider, harness.Time);
        await index.RegisterAsync(Anna, Number, MobileNumberPurpose.NemSms);
        await index.RegisterAsync(Anna, Number, MobileNumberPurpose.Notification);

        await index.UnregisterAsync(Anna, Number, MobileNumberPurpose.NemSms);

        Assert.Equal(MobileNumberPurpose.Notification, Assert.Single(await index.FindHoldersAsync(Number)).Purpose);
    }

    [Fact]
    public async Task Replace_makes_the_given_numbers_the_whole_set_of_a_purpose()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var index = new PostgresMobileNumberIndex(harness.Provider, harness.Time);
        await index.RegisterAsync(Anna, Number, MobileNumberPurpose.Notification);
        await index.RegisterAsync(Anna, Number, MobileNumberPurpose.NemSms);

        await index.ReplaceAsync(Anna, MobileNumberPurpose.Notification, [Other]);

        Assert.Equal(MobileNumberPurpose.NemSms, Assert.Single(await index.FindHoldersAsync(Number)).Purpose);
        Assert.Equal(Anna, Assert.Single(await index.FindHoldersAsync(Other)).Mailbox);

        await index.ReplaceAsync(Anna, MobileNumberPurpose.Notification, []);
        Assert.Empty(await index.FindHoldersAsync(Other));
    }
}
