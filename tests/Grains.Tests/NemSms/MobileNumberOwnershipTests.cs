using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Tests.Notifications.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigitalPost.Grains.Tests.NemSms;

public sealed class MobileNumberOwnershipTests(NotificationsDatabaseFixture db) : IClassFixture<NotificationsDatabaseFixture>
{
    private static readonly Cpr Anna = Cpr.Parse("0101901234");
    private static readonly MailboxId AnnaBox = MailboxId.ForCitizen(Anna);
    private static readonly MailboxId BoBox = MailboxId.ForCitizen(Cpr.Parse("0202851235"));
    private static readonly MailboxId CarlBox = MailboxId.ForCitizen(Cpr.Parse("0303751236"));
    private static readonly MailboxId Company = MailboxId.ForBusiness(Cvr.Parse("29189846"));
    private static readonly DanishMobileNumber Number = DanishMobileNumber.Parse("+4512345678");

    [Fact]
    public async Task Declaring_a_number_as_ones_own_removes_it_from_every_other_persons_registrations_and_settings()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var index = new PostgresMobileNumberIndex(harness.Provider, harness.Time);
        var holders = new RecordingMobileNumberHolders(index);
        holders.NemSms[BoBox] = new NemSmsRegistration("+4512345678", harness.Time.GetUtcNow());
        holders.Settings[CarlBox] = new NotificationSettings([], ["+4512345678", "+4587654321"], []);
        holders.NemSms[AnnaBox] = new NemSmsRegistration("+4512345678", harness.Time.GetUtcNow());
        await index.RegisterAsync(BoBox, Number, MobileNumberPurpose.NemSms);
        await index.RegisterAsync(CarlBox, Number, MobileNumberPurpose.Notification);
        await index.RegisterAsync(CarlBox, DanishMobileNumber.Parse("87654321"), MobileNumberPurpose.Notification);
        await index.RegisterAsync(AnnaBox, Number, MobileNumberPurpose.NemSms);
        var service = Service(harness, index, holders);

        var result = await service.DeclareAsync(Anna, "12 34 56 78");

        Assert.Equal([BoBox, CarlBox], result.ReleasedFrom);
        Assert.Empty(result.Failed);
        Assert.Null(holders.NemSms[BoBox]);
        Assert.Equal(["+4587654321"], holders.Settings[CarlBox].PhoneNumbers);
        Assert.NotNull(holders.NemSms[AnnaBox]);
        Assert.Equal([(AnnaBox, MobileNumberPurpose.NemSms)], (await index.FindHoldersAsync(Number)).Select(h => (h.Mailbox, h.Purpose)));
        Assert.All(holders.Releases, r => Assert.Equal(AnnaBox, r.DeclaredBy));
        Assert.Equal(1, await harness.CountAsync("mobile_number_declaration"));
    }

    [Fact]
    public async Task A_business_mailbox_keeps_the_number()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var index = new PostgresMobileNumberIndex(harness.Provider, harness.Time);
        var holders = new RecordingMobileNumberHolders(index);
        await index.RegisterAsync(Company, Number, MobileNumberPurpose.Notification);

        var result = await Service(harness, index, holders).DeclareAsync(Anna, "12345678");

        Assert.Empty(result.ReleasedFrom);
        Assert.Empty(holders.Releases);
        Assert.Equal(Company, Assert.Single(await index.FindHoldersAsync(Number)).Mailbox);
    }

    [Fact]
    public async Task A_holder_that_cannot_be_reached_is_reported_and_released_when_the_declaration_is_repeated()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var index = new PostgresMobileNumberIndex(harness.Provider, harness.Time);
        var holders = new RecordingMobileNumberHolders(index);
        holders.NemSms[BoBox] = new NemSmsRegistration("+4512345678", harness.Time.GetUtcNow());
        holders.NemSms[CarlBox] = new NemSmsRegistration("+4512345678", harness.Time.GetUtcNow());
        await index.RegisterAsync(BoBox, Number, MobileNumberPurpose.NemSms);
        await index.RegisterAsync(CarlBox, Number, MobileNumberPurpose.NemSms);
        holders.Unreachable.Add(BoBox);
        var service = Service(harness, index, holders);

        var first = await service.DeclareAsync(Anna, "12345678");
        holders.Unreachable.Clear();
        var second = await service.DeclareAsync(Anna, "12345678");

        Assert.Equal([CarlBox], first.ReleasedFrom);
        Assert.Equal([BoBox], first.Failed);
        Assert.Equal([BoBox], second.ReleasedFrom);
        Assert.Empty(second.Failed);
        Assert.Empty(await index.FindHoldersAsync(Number));
    }

    [Fact]
    public async Task Declaring_a_foreign_number_is_refused_with_the_clear_message()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var index = new PostgresMobileNumberIndex(harness.Provider, harness.Time);

        var error = await Assert.ThrowsAsync<NotificationAddressException>(() => Service(harness, index, new RecordingMobileNumberHolders(index)).DeclareAsync(Anna, "+46701234567"));

        Assert.Equal("SMS notifications accept Danish +45 numbers only; got +46701234567", error.Message);
        Assert.Equal(0, await harness.CountAsync("mobile_number_declaration"));
    }

    private static MobileNumberOwnershipService Service(OutboxHarness harness, IMobileNumberIndex index, IMobileNumberHolders holders) =>
        new(harness.Provider, index, holders, harness.Time, NullLogger<MobileNumberOwnershipService>.Instance);
}
