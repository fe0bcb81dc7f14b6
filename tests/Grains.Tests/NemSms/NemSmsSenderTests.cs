using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Tests.Notifications.Hosting;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Tests.NemSms;

public sealed class NemSmsSenderTests(NotificationsDatabaseFixture db) : IClassFixture<NotificationsDatabaseFixture>
{
    private static readonly MailboxId Recipient = MailboxId.ForCitizen(Cpr.Parse("1512804321"));

    [Fact]
    public async Task A_NemSMS_message_to_a_registered_number_goes_out_as_an_SMS_with_the_senders_text()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var sender = Sender(harness);
        var memo = NemSms("Husk din tid hos tandlægen i morgen kl. 10.");

        var result = await sender.SendAsync(Recipient, new NemSmsRegistration("+45 22 33 44 55", harness.Time.GetUtcNow()), memo);
        await harness.DevelopmentDispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Equal((ReceiptStatus.Received, null), (result.Receipt, result.ReasonCode));
        Assert.True(result.Queued);
        var line = Assert.Single(harness.Lines());
        Assert.Equal((NotificationChannel.Sms, "+4522334455", "Husk din tid hos tandlægen i morgen kl. 10.", NotificationKind.NemSms, result.NotificationId!.Value),
            (line.Channel, line.To, line.Text, line.Kind, line.NotificationId));
    }

    [Fact]
    public async Task A_NemSMS_message_read_from_MeMo_XML_is_sent()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var xml = $"""
            <memo:Message xmlns:memo="https://DigitalPost.dk/MeMo-1" memoVersion="1.2">
              <memo:MessageHeader>
                <memo:messageType>NEMSMS</memo:messageType>
                <memo:messageUUID>{Guid.NewGuid()}</memo:messageUUID>
                <memo:label>Påmindelse</memo:label>
                <memo:notification>Husk at forny dit pas inden 1. maj.</memo:notification>
                <memo:Sender><memo:senderID>29189846</memo:senderID><memo:idType>CVR</memo:idType><memo:label>Testkommune</memo:label></memo:Sender>
                <memo:Recipient><memo:recipientID>{Recipient.Key}</memo:recipientID><memo:idType>CPR</memo:idType></memo:Recipient>
              </memo:MessageHeader>
            </memo:Message>
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        var memo = MeMoReader.Default.ReadOrThrow(stream);

        var result = await Sender(harness).SendAsync(Recipient, new NemSmsRegistration("12345678", harness.Time.GetUtcNow()), memo);
        await harness.DevelopmentDispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(ReceiptStatus.Received, result.Receipt);
        Assert.Equal("Husk at forny dit pas inden 1. maj.", Assert.Single(harness.Lines()).Text);
    }

    [Fact]
    public async Task A_NemSMS_message_to_an_unregistered_recipient_is_refused_NOT_ALLOWED_and_nothing_is_queued()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);

        var result = await Sender(harness).SendAsync(Recipient, null, NemSms("Din pakke er klar."));

        Assert.Equal((ReceiptStatus.NotAllowed, NemSmsReasons.RecipientNotRegistered, null), (result.Receipt, result.ReasonCode, result.NotificationId));
        Assert.Equal(0, await harness.CountAsync("notification"));
    }

    [Fact]
    public async Task A_registration_with_a_foreign_number_is_refused_without_disclosing_the_number()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);

        var result = await Sender(harness).SendAsync(Recipient, new NemSmsRegistration("+46701234567", harness.Time.GetUtcNow()), NemSms("Din pakke er klar."));

        Assert.Equal((ReceiptStatus.NotAllowed, NemSmsReasons.RecipientNumberNotDanish), (result.Receipt, result.ReasonCode));
        Assert.DoesNotContain("701234567", result.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("notification"));
    }

    [Fact]
    public async Task A_NemSMS_text_carrying_a_CPR_number_is_refused_INVALID()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);

        var result = await Sender(harness).SendAsync(Recipient, new NemSmsRegistration("12345678", harness.Time.GetUtcNow()), NemSms("Vedr. 010190-1234: ring til os"));

        Assert.Equal((ReceiptStatus.Invalid, NemSmsReasons.TextContainsPersonalData), (result.Receipt, result.ReasonCode));
        Assert.Equal(0, await harness.CountAsync("notification"));
    }

    [Fact]
    public async Task A_text_over_150_characters_or_a_DIGITALPOST_message_is_refused_INVALID()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var registration = new NemSmsRegistration("12345678", harness.Time.GetUtcNow());
        var sender = Sender(harness);

        var tooLong = await sender.SendAsync(Recipient, registration, NemSms(new string('a', 151)));
        var digitalPost = await sender.SendAsync(Recipient, registration, NemSms("kort") with { Header = NemSms("kort").Header with { MessageType = MeMoMessageType.DigitalPost } });
        var otherRecipient = await sender.SendAsync(MailboxId.ForCitizen(Cpr.Parse("0101901234")), registration, NemSms("kort"));

        Assert.Equal((ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid), (tooLong.Receipt, tooLong.ReasonCode));
        Assert.Contains("1-150 characters; got 151", tooLong.Detail, StringComparison.Ordinal);
        Assert.Equal((ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid), (digitalPost.Receipt, digitalPost.ReasonCode));
        Assert.Equal((ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound), (otherRecipient.Receipt, otherRecipient.ReasonCode));
        Assert.Equal(0, await harness.CountAsync("notification"));
    }

    [Fact]
    public async Task The_same_NemSMS_message_twice_is_sent_once()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var sender = Sender(harness);
        var registration = new NemSmsRegistration("12345678", harness.Time.GetUtcNow());
        var memo = NemSms("Din pakke er klar.");

        var first = await sender.SendAsync(Recipient, registration, memo);
        var second = await sender.SendAsync(Recipient, registration, memo);
        await harness.DevelopmentDispatcher().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(first.NotificationId, second.NotificationId);
        Assert.Single(harness.Lines());
    }

    private static NemSmsSender Sender(OutboxHarness harness) => new(harness.Outbox, Options.Create(harness.Options), harness.Time);

    private static MeMoMessage NemSms(string text) => new()
    {
        MemoVersion = "1.2",
        Header = new MeMoMessageHeader
        {
            MessageType = MeMoMessageType.NemSms,
            MessageUuid = Guid.NewGuid(),
            Label = "NemSMS",
            Notification = text,
            Sender = new MeMoSender { SenderId = "29189846", IdType = "CVR", Label = "Testkommune" },
            Recipient = new MeMoRecipient { RecipientId = Recipient.Key, IdType = "CPR" },
        },
    };
}
