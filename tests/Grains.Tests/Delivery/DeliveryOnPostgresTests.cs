using System.Text;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Delivery;

/// <summary>Delivery through the mailbox grains, on real PostgreSQL.</summary>
public sealed class DeliveryOnPostgresTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task Public_post_to_an_active_adult_lands_in_the_inbox_with_a_RECEIVED_receipt_and_a_notification_without_personal_data()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(cpr).UpdateNotificationSettingsAsync(TestPeople.Self(cpr), new NotificationSettings(["a@example.dk"], [], []));
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr), label: "Din ejendomsskat");

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(ReceiptStatus.Received, result.Receipt);
        var page = await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery());
        var item = Assert.Single(page.Items);
        Assert.Equal(letter.Header.MessageUuid, item.MessageUuid);
        Assert.True(item.Unread);
        var receipts = await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), letter.Header.MessageUuid, 10);
        Assert.Equal(ReceiptStatus.Received, Assert.Single(receipts).Status);
        var notification = Assert.Single(host.Outbox.Requests, r => r.MessageUuid == letter.Header.MessageUuid);
        Assert.Equal(NotificationKind.NewPost, notification.Kind);
        Assert.DoesNotContain("ejendomsskat", notification.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(cpr.Value[..6], notification.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_messageUUID_twice_is_delivered_once_and_the_second_answer_repeats_the_first()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));

        var first = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        var second = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(first.Outcome, second.Outcome);
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1", letter.Header.MessageUuid));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_receipts WHERE message_uuid = $1", letter.Header.MessageUuid));
    }

    [Fact]
    public async Task A_mass_send_of_one_letter_stores_its_content_once_for_all_recipients()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var template = TestLetters.Letter(MailboxId.ForCitizen(TestPeople.Adult()), label: "Valgkort " + Guid.NewGuid());
        var recipients = Enumerable.Range(0, 3).Select(_ => TestPeople.Adult()).ToList();

        foreach (var cpr in recipients)
        {
            var letter = template with { Header = template.Header with { MessageUuid = Guid.NewGuid(), Recipient = new() { RecipientId = cpr.Value, IdType = "CPR" } } };
            Assert.Equal(DeliveryOutcome.Delivered, (await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter)).Outcome);
        }

        Assert.Equal(1L, await host.ScalarAsync<long>(
            "SELECT count(DISTINCT content_sha256) FROM mailbox_messages WHERE label = $1", template.Header.Label));
        Assert.Equal(3L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE label = $1", template.Header.Label));
    }

    [Fact]
    public async Task Sending_to_a_deceased_person_is_NOT_ALLOWED_with_recipient_is_closed_and_nothing_is_stored()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(cpr).RecordDeathAsync(host.Time.GetUtcNow().AddDays(-1));
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        Assert.Equal(DeliveryOutcome.NotAllowed, result.Outcome);
        Assert.Equal(ReceiptStatus.NotAllowed, result.Receipt);
        Assert.Equal(ReceiptReasons.RecipientIsClosed, result.ReasonCode);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1", letter.Header.MessageUuid));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_contents c WHERE NOT EXISTS (SELECT 1 FROM mailbox_messages m WHERE m.content_sha256 = c.sha256) AND NOT EXISTS (SELECT 1 FROM mailbox_print_queue p WHERE p.content_sha256 = c.sha256) AND NOT EXISTS (SELECT 1 FROM mailbox_held_messages h WHERE h.content_sha256 = c.sha256)"));
        var receipt = Assert.Single(await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), letter.Header.MessageUuid, 10));
        Assert.Equal(ReceiptReasons.RecipientIsClosed, receipt.ReasonCode);
    }

    [Fact]
    public async Task Post_to_an_exempt_person_goes_to_the_print_queue_with_the_preferred_address_rather_than_the_registered_one()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var citizen = host.Citizen(cpr);
        await citizen.RecordBirthAsync(new PostalAddress("Registreret", "Vestergade 1", "8000", "Aarhus C"));
        await citizen.SetPreferredAddressAsync(TestPeople.Self(cpr), new PostalAddress("Foretrukken", "Østergade 2", "9000", "Aalborg"));
        await citizen.RegisterExemptionAsync(ActorContext.Municipality(AuthorityId.Parse("aarhus-kommune")),
            new ExemptionRequest(ExemptionCriterion.NoComputerSmartphoneOrTabletAtHome, DiscloseCriterion: true, ForwardUnopenedPostToPrint: false));
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        Assert.Equal(DeliveryOutcome.Printed, result.Outcome);
        Assert.Equal(ReceiptReasons.DeliveredToPrint, result.ReasonCode);
        Assert.Equal("9000", await host.ScalarAsync<string>("SELECT address->>'postalCode' FROM mailbox_print_queue WHERE message_uuid = $1", letter.Header.MessageUuid));
        Assert.Empty((await citizen.ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery())).Items);
    }

    [Fact]
    public async Task Post_from_an_exception_sender_reaches_an_exempt_person_digitally()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var su = AuthorityId.Parse("uddannelses-og-forskningsstyrelsen");
        await host.Citizen(cpr).RegisterExemptionAsync(ActorContext.Municipality(AuthorityId.Parse("aarhus-kommune")),
            new ExemptionRequest(ExemptionCriterion.LimitedCommandOfDanish, DiscloseCriterion: false, ForwardUnopenedPostToPrint: false));

        var result = await host.Authority(su).SendAsync(ActorContext.Authority(su), TestLetters.Letter(MailboxId.ForCitizen(cpr)));

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
    }

    [Fact]
    public async Task Post_to_a_person_without_permanent_residence_goes_to_print_and_reaches_the_mailbox_once_registered_voluntarily()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var citizen = host.Citizen(cpr);
        await citizen.RecordAddressChangeAsync(new PostalAddress("X", "c/o Kommunen", "1000", "København K"), Residence.NoPermanentResidence);

        var before = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(MailboxId.ForCitizen(cpr)));
        await citizen.SetVoluntaryRegistrationAsync(TestPeople.Self(cpr), true);
        var after = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(MailboxId.ForCitizen(cpr)));

        Assert.Equal(DeliveryOutcome.Printed, before.Outcome);
        Assert.Equal(DeliveryOutcome.Delivered, after.Outcome);
    }

    [Fact]
    public async Task Public_post_to_a_child_under_15_goes_to_print()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var child = TestPeople.BornOn(new DateOnly(2015, 6, 1));
        var authority = TestPeople.Authority();

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(MailboxId.ForCitizen(child)));

        Assert.Equal(DeliveryOutcome.Printed, result.Outcome);
        Assert.Equal(MailboxStatus.UnderFifteen, (await host.Citizen(child).GetProfileAsync(ActorContext.Agency())).Status);
    }

    [Fact]
    public async Task Private_post_needs_consent_and_is_shown_only_on_the_platform_the_company_contracted_with()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var bank = TestPeople.Company();
        var employee = TestPeople.Adult();
        await host.Business(bank).SetCompanyPeopleAsync([employee.Value]);
        var refused = await host.Business(bank).SendPrivatePostAsync(TestPeople.Self(employee), TestLetters.Letter(MailboxId.ForCitizen(cpr)), Platform.EBoks);
        await host.Citizen(cpr).GiveConsentAsync(TestPeople.Self(cpr), bank);
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));

        var accepted = await host.Business(bank).SendPrivatePostAsync(TestPeople.Self(employee), letter, Platform.EBoks);

        Assert.Equal(ReceiptReasons.RecipientHasNoConsent, refused.ReasonCode);
        Assert.Equal(DeliveryOutcome.Delivered, accepted.Outcome);
        var onEBoks = await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr, Platform.EBoks), new MessageQuery());
        var onMitDk = await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr, Platform.MitDk), new MessageQuery());
        Assert.Equal(Platform.EBoks, Assert.Single(onEBoks.Items).PrivatePlatform);
        Assert.Empty(onMitDk.Items);
        await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).OpenMessageAsync(TestPeople.Self(cpr, Platform.MitDk), letter.Header.MessageUuid));
    }

    [Fact]
    public async Task A_held_message_is_delivered_at_the_start_of_its_doNotDeliverUntilDate()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.WatchAsync(MailboxId.ForCitizen(cpr));
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr), doNotDeliverUntil: new DateOnly(2026, 3, 5));

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        Assert.Equal(DeliveryOutcome.Held, result.Outcome);
        Assert.Empty((await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery())).Items);

        var delivered = host.NextEvent(e => e.Kind == MailboxEventKind.Delivered && e.MessageUuid == letter.Header.MessageUuid);
        // Midnight in Copenhagen (UTC+1 in March) is 23:00 UTC the day before.
        host.Time.AdvanceTo(new DateTimeOffset(2026, 3, 4, 23, 0, 0, TimeSpan.Zero));
        await delivered;

        var item = Assert.Single((await host.Citizen(cpr).ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery())).Items);
        Assert.Equal(letter.Header.MessageUuid, item.MessageUuid);
        Assert.Equal((short)DeliveryOutcome.Delivered, await host.ScalarAsync<short>("SELECT outcome FROM mailbox_deliveries WHERE message_uuid = $1", letter.Header.MessageUuid));
    }

    [Fact]
    public async Task A_held_message_can_be_recalled_before_its_date_and_is_then_never_delivered()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr), doNotDeliverUntil: new DateOnly(2026, 4, 1));
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        var recalled = await host.Authority(authority).RecallAsync(ActorContext.Authority(authority), MailboxId.ForCitizen(cpr), letter.Header.MessageUuid);
        var again = await host.Authority(authority).RecallAsync(ActorContext.Authority(authority), MailboxId.ForCitizen(cpr), letter.Header.MessageUuid);

        Assert.True(recalled);
        Assert.False(again);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_held_messages WHERE message_uuid = $1", letter.Header.MessageUuid));
        Assert.Equal((short)DeliveryOutcome.Recalled, await host.ScalarAsync<short>("SELECT outcome FROM mailbox_deliveries WHERE message_uuid = $1", letter.Header.MessageUuid));
    }

    [Fact]
    public async Task Malformed_MeMo_gets_an_INVALID_receipt_naming_the_missing_element_and_nothing_is_stored()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));
        var xml = Encoding.UTF8.GetString(TestLetters.Xml(letter));
        var start = xml.IndexOf("<memo:label>", StringComparison.Ordinal);
        var end = xml.IndexOf("</memo:label>", start, StringComparison.Ordinal) + "</memo:label>".Length;
        var broken = Encoding.UTF8.GetBytes(xml.Remove(start, end - start));

        var result = await host.Authority(authority).SendMeMoAsync(ActorContext.Authority(authority), broken);

        Assert.Equal(DeliveryOutcome.Invalid, result.Outcome);
        Assert.Equal(ReceiptStatus.Invalid, result.Receipt);
        Assert.Contains("/Message/MessageHeader/label", result.Detail, StringComparison.Ordinal);
        Assert.Equal(letter.Header.MessageUuid, result.MessageUuid);
        var receipt = Assert.Single(await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), letter.Header.MessageUuid, 10));
        Assert.Equal(ReceiptStatus.Invalid, receipt.Status);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1", letter.Header.MessageUuid));
    }

    [Theory]
    [InlineData("wrong-type", "/Message/MessageHeader/legalNotification")]
    [InlineData("oversize-label", "/Message/MessageHeader/label")]
    [InlineData("bad-date", "/Message/MessageHeader/replyByDateTime")]
    [InlineData("not-xml", "")]
    public async Task Malformed_MeMo_of_each_kind_gets_an_INVALID_receipt_and_nothing_is_stored(string breakage, string path)
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr), reply: true, replyBy: MailboxTestHost.Start.AddDays(3));
        var xml = Encoding.UTF8.GetString(TestLetters.Xml(letter));
        var broken = breakage switch
        {
            "wrong-type" => System.Text.RegularExpressions.Regex.Replace(xml, "<memo:legalNotification>false</memo:legalNotification>", "<memo:legalNotification>maybe</memo:legalNotification>"),
            "oversize-label" => xml.Replace("<memo:label>Besked fra kommunen</memo:label>", "<memo:label>" + new string('x', 257) + "</memo:label>", StringComparison.Ordinal),
            "bad-date" => System.Text.RegularExpressions.Regex.Replace(xml, "<memo:replyByDateTime>[^<]*</memo:replyByDateTime>", "<memo:replyByDateTime>next tuesday</memo:replyByDateTime>"),
            _ => xml[..(xml.Length / 2)],
        };
        Assert.NotEqual(xml, broken);

        var result = await host.Authority(authority).SendMeMoAsync(ActorContext.Authority(authority), Encoding.UTF8.GetBytes(broken));

        Assert.Equal(ReceiptStatus.Invalid, result.Receipt);
        Assert.Contains(path, result.Detail, StringComparison.Ordinal);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1", letter.Header.MessageUuid));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_deliveries WHERE message_uuid = $1", letter.Header.MessageUuid));
    }

    [Fact]
    public async Task A_well_formed_MeMo_document_is_read_and_delivered()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));

        var result = await host.Authority(authority).SendMeMoAsync(ActorContext.Authority(authority), TestLetters.Xml(letter));

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
    }

    [Theory]
    [InlineData("oversized")]
    [InlineData("too-many-attachments")]
    [InlineData("forbidden-type")]
    public async Task A_message_breaking_a_limit_gets_an_INVALID_receipt_and_nothing_is_stored(string breach)
    {
        await using var host = await MailboxTestHost.StartAsync(database, o => o.MaxSenderMessageBytes = 10_000);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = breach switch
        {
            "oversized" => TestLetters.Letter(MailboxId.ForCitizen(cpr), mainBytes: 10_001),
            "too-many-attachments" => TestLetters.Letter(MailboxId.ForCitizen(cpr), attachments: [.. Enumerable.Range(0, 11).Select(i => ($"b{i}.pdf", 1))]),
            _ => TestLetters.Letter(MailboxId.ForCitizen(cpr), attachments: [("script.js", 10)]),
        };

        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        Assert.Equal(ReceiptStatus.Invalid, result.Receipt);
        Assert.Equal(breach switch
        {
            "oversized" => ReceiptReasons.MessageTooLarge,
            "too-many-attachments" => ReceiptReasons.TooManyAttachments,
            _ => ReceiptReasons.FileTypeNotAllowed,
        }, result.ReasonCode);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1", letter.Header.MessageUuid));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_deliveries WHERE message_uuid = $1", letter.Header.MessageUuid));
    }
}
