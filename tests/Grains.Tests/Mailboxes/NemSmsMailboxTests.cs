using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>NemSMS registration on the citizen mailbox and MeMo NEMSMS delivery through the NemSMS sender.</summary>
public sealed class NemSmsMailboxTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private static readonly AuthorityId s_municipality = AuthorityId.Parse("municipality-101");

    [Fact]
    public async Task The_owner_registers_a_danish_number_in_canonical_form_and_it_is_indexed_logged_and_announced()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var mailbox = MailboxId.ForCitizen(cpr);
        await host.WatchAsync(mailbox);
        var changed = host.NextEvent(e => e.Mailbox == mailbox.Value && e.Kind == MailboxEventKind.SettingsChanged);

        var registration = await host.Citizen(cpr).RegisterNemSmsAsync(TestPeople.Self(cpr), "+45 21 43 65 87");

        Assert.Equal("+4521436587", registration.PhoneNumber);
        Assert.Equal(MailboxTestHost.Start, registration.RegisteredAt);
        Assert.Equal("+4521436587", (await host.Citizen(cpr).GetProfileAsync(TestPeople.Self(cpr))).NemSms?.PhoneNumber);
        var holding = Assert.Single(await Index(host).FindHoldersAsync(DanishMobileNumber.Parse("21436587")));
        Assert.Equal((mailbox, MobileNumberPurpose.NemSms), (holding.Mailbox, holding.Purpose));
        var entry = Assert.Single(await host.Citizen(cpr).ReadAccessLogAsync(TestPeople.Self(cpr), 10, null));
        Assert.Equal((AccessAction.SettingChanged, "nemsms registered", cpr.Value), (entry.Action, entry.Detail, entry.ActorId));
        Assert.Equal(MailboxEventKind.SettingsChanged, (await changed).Kind);
    }

    [Fact]
    public async Task A_foreign_nemsms_number_is_refused_with_the_clear_message_and_nothing_is_stored()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).RegisterNemSmsAsync(TestPeople.Self(cpr), "+46701234567"));

        Assert.Equal(MailboxErrorCode.InvalidRequest, refused.Code);
        Assert.Equal("SMS notifications accept Danish +45 numbers only; got +46701234567", refused.Message);
        Assert.Null((await host.Citizen(cpr).GetProfileAsync(TestPeople.Self(cpr))).NemSms);
        Assert.Empty(await host.Citizen(cpr).ReadAccessLogAsync(TestPeople.Self(cpr), 10, null));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mobile_number_registration WHERE mailbox_id = $1", MailboxId.ForCitizen(cpr).Value));
    }

    [Fact]
    public async Task A_delegate_even_with_read_and_write_access_never_registers_or_unregisters_nemsms()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var owner = TestPeople.Adult();
        var helper = TestPeople.Adult();
        await host.Citizen(owner).GrantAccessAsync(TestPeople.Self(owner), helper, AccessLevel.ReadWrite, null);
        await host.Citizen(owner).RegisterNemSmsAsync(TestPeople.Self(owner), "21436593");

        var register = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).RegisterNemSmsAsync(TestPeople.For(helper, owner), "31313131"));
        var unregister = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(owner).UnregisterNemSmsAsync(TestPeople.For(helper, owner)));

        Assert.Equal(MailboxErrorCode.NotAuthorised, register.Code);
        Assert.Equal(MailboxErrorCode.NotAuthorised, unregister.Code);
        Assert.Equal("+4521436593", (await host.Citizen(owner).GetProfileAsync(TestPeople.Self(owner))).NemSms?.PhoneNumber);
    }

    [Fact]
    public async Task An_exempt_citizen_may_register_for_nemsms_and_receives_nemsms_messages()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(cpr).RegisterExemptionAsync(ActorContext.Municipality(s_municipality), new ExemptionRequest(ExemptionCriterion.NoComputerSmartphoneOrTabletAtHome, false, false));

        await host.Citizen(cpr).RegisterNemSmsAsync(TestPeople.Self(cpr), "21436594");
        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.NemSms(MailboxId.ForCitizen(cpr)));

        Assert.Equal((DeliveryOutcome.Delivered, ReceiptStatus.Received), (result.Outcome, result.Receipt));
        var sms = Assert.Single(host.Outbox.Requests);
        Assert.Equal(NotificationKind.NemSms, sms.Kind);
        Assert.Equal(["+4521436594"], sms.Channels.PhoneNumbers);
    }

    [Fact]
    public async Task Unregistering_clears_the_registration_and_the_index()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        await host.Citizen(cpr).RegisterNemSmsAsync(TestPeople.Self(cpr), "21436588");

        await host.Citizen(cpr).UnregisterNemSmsAsync(TestPeople.Self(cpr));

        Assert.Null((await host.Citizen(cpr).GetProfileAsync(TestPeople.Self(cpr))).NemSms);
        Assert.Empty(await Index(host).FindHoldersAsync(DanishMobileNumber.Parse("21436588")));
        Assert.Equal(["nemsms unregistered", "nemsms registered"], (await host.Citizen(cpr).ReadAccessLogAsync(TestPeople.Self(cpr), 10, null)).Select(e => e.Detail));
    }

    [Fact]
    public async Task A_nemsms_message_to_a_registered_citizen_is_queued_as_sms_and_receipted_received()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(cpr).RegisterNemSmsAsync(TestPeople.Self(cpr), "21436589");
        var sms = TestLetters.NemSms(MailboxId.ForCitizen(cpr));

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), sms);

        Assert.Equal((DeliveryOutcome.Delivered, ReceiptStatus.Received, false), (result.Outcome, result.Receipt, result.Duplicate));
        var queued = Assert.Single(host.Outbox.Requests);
        Assert.Equal(NotificationIds.For(MailboxId.ForCitizen(cpr), sms.Header.MessageUuid, NotificationKind.NemSms), queued.NotificationId);
        Assert.Equal(sms.Header.Notification, queued.Text);
        var receipt = Assert.Single(await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), sms.Header.MessageUuid, 10));
        Assert.Equal(ReceiptStatus.Received, receipt.Status);
        Assert.Empty((await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery())).Items);
    }

    [Fact]
    public async Task The_same_nemsms_message_twice_is_sent_once_and_the_second_gets_the_first_answer()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(cpr).RegisterNemSmsAsync(TestPeople.Self(cpr), "21436590");
        var sms = TestLetters.NemSms(MailboxId.ForCitizen(cpr));

        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), sms);
        var again = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), sms);

        Assert.True(again.Duplicate);
        Assert.Equal(ReceiptStatus.Received, again.Receipt);
        Assert.Single(host.Outbox.Requests);
        Assert.Single(await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), sms.Header.MessageUuid, 10));
    }

    [Fact]
    public async Task A_nemsms_message_to_a_deceased_citizen_is_not_allowed_as_closed_before_the_registration_is_looked_at()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(cpr).RegisterNemSmsAsync(TestPeople.Self(cpr), "21436591");
        await host.Citizen(cpr).RecordDeathAsync(MailboxTestHost.Start);

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.NemSms(MailboxId.ForCitizen(cpr)));

        Assert.Equal((DeliveryOutcome.NotAllowed, ReceiptStatus.NotAllowed, ReceiptReasons.RecipientIsClosed), (result.Outcome, result.Receipt, result.ReasonCode));
        Assert.Empty(host.Outbox.Requests);
    }

    [Fact]
    public async Task A_nemsms_message_to_a_citizen_without_a_registration_is_not_allowed_with_the_senders_reason()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var sms = TestLetters.NemSms(MailboxId.ForCitizen(cpr));

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), sms);

        Assert.Equal((DeliveryOutcome.NotAllowed, ReceiptStatus.NotAllowed, NemSmsReasons.RecipientNotRegistered), (result.Outcome, result.Receipt, result.ReasonCode));
        var receipt = Assert.Single(await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), sms.Header.MessageUuid, 10));
        Assert.Equal((ReceiptStatus.NotAllowed, NemSmsReasons.RecipientNotRegistered), (receipt.Status, receipt.ReasonCode));
        Assert.Empty(host.Outbox.Requests);
    }

    [Fact]
    public async Task A_nemsms_text_over_150_characters_is_invalid_and_nothing_is_sent()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(cpr).RegisterNemSmsAsync(TestPeople.Self(cpr), "21436592");

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.NemSms(MailboxId.ForCitizen(cpr), new string('x', 151)));

        Assert.Equal((DeliveryOutcome.Invalid, ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid), (result.Outcome, result.Receipt, result.ReasonCode));
        Assert.Empty(host.Outbox.Requests);
    }

    private static IMobileNumberIndex Index(MailboxTestHost host) => host.Services.GetRequiredService<IMobileNumberIndex>();
}
