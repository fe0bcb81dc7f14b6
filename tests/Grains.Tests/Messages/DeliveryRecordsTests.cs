using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Grains.Tests.Messages;

/// <summary>
/// Delivery idempotency since Mailboxes/Migrations/0003: a delivered letter's message row is its
/// delivery record, other outcomes keep a record, and a purged message leaves a tombstone record, so
/// the same (mailbox, messageUUID) is never delivered twice whatever happened to the first.
/// </summary>
public sealed class DeliveryRecordsTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private const string Sender = "authority:delivery-records-tests";

    [Fact]
    public async Task A_delivered_letter_writes_its_message_row_and_receipt_but_no_delivery_record()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var write = TestDeliveries.Delivered(Sender);

        Assert.True(await store.WriteDeliveryAsync(write));

        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", write));
        Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM mailbox_deliveries WHERE mailbox_id = $1 AND message_uuid = $2", write));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_receipts WHERE recipient_id = $1 AND message_uuid = $2", write));
        var earlier = await store.GetDeliveryAsync(write.MailboxId, write.MessageUuid);
        Assert.Equal(new DeliveryResult(write.MessageUuid, DeliveryOutcome.Delivered, ReceiptStatus.Received, null, null, Duplicate: true), earlier);
    }

    [Fact]
    public async Task The_same_letter_offered_again_writes_nothing_more()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var write = TestDeliveries.Delivered(Sender);
        Assert.True(await store.WriteDeliveryAsync(write));

        Assert.False(await store.WriteDeliveryAsync(write));
        Assert.False(await store.Writer.WriteAsync(write with { At = write.At.AddHours(1) }));

        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", write));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_receipts WHERE recipient_id = $1 AND message_uuid = $2", write));
    }

    [Fact]
    public async Task A_printed_letter_keeps_its_delivery_record_and_a_later_offer_for_the_inbox_is_refused_as_a_repeat()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var delivered = TestDeliveries.Delivered(Sender);
        var printed = delivered with
        {
            Outcome = DeliveryOutcome.Printed,
            ReasonCode = "print.reason",
            Detail = "The recipient is exempt from Digital Post.",
            Message = null,
            Print = new PrintJob(null, "The recipient is exempt from Digital Post."),
        };

        Assert.True(await store.WriteDeliveryAsync(printed));
        Assert.False(await store.WriteDeliveryAsync(delivered));

        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_deliveries WHERE mailbox_id = $1 AND message_uuid = $2", printed));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_print_queue WHERE mailbox_id = $1 AND message_uuid = $2", printed));
        Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", printed));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_receipts WHERE recipient_id = $1 AND message_uuid = $2", printed));
        var earlier = await store.GetDeliveryAsync(printed.MailboxId, printed.MessageUuid);
        Assert.Equal(DeliveryOutcome.Printed, earlier!.Outcome);
        Assert.Equal("print.reason", earlier.ReasonCode);
    }

    [Fact]
    public async Task A_delivered_letter_keeps_a_later_offer_for_print_out()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var delivered = TestDeliveries.Delivered(Sender);
        var printed = delivered with { Outcome = DeliveryOutcome.Printed, Message = null, Print = new PrintJob(null, "print") };

        Assert.True(await store.WriteDeliveryAsync(delivered));
        Assert.False(await store.WriteDeliveryAsync(printed));

        Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM mailbox_deliveries WHERE mailbox_id = $1 AND message_uuid = $2", delivered));
        Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM mailbox_print_queue WHERE mailbox_id = $1 AND message_uuid = $2", delivered));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_receipts WHERE recipient_id = $1 AND message_uuid = $2", delivered));
    }

    [Fact]
    public async Task A_purged_message_leaves_a_tombstone_and_the_same_letter_offered_again_is_not_delivered()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var mailboxes = host.Services.GetRequiredService<MailboxDatabase>();
        var write = TestDeliveries.Delivered(Sender);
        Assert.True(await store.WriteDeliveryAsync(write));

        await mailboxes.ExecuteAsync([MessageCommands.PurgeAll(write.MailboxId)]);

        Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", write));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_deliveries WHERE mailbox_id = $1 AND message_uuid = $2 AND outcome = 0 AND sender_id = '" + Sender + "'", write));
        Assert.False(await store.WriteDeliveryAsync(write));
        Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", write));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_receipts WHERE recipient_id = $1 AND message_uuid = $2", write));
        Assert.Equal(DeliveryOutcome.Delivered, (await store.GetDeliveryAsync(write.MailboxId, write.MessageUuid))!.Outcome);
    }

    [Fact]
    public async Task The_mailbox_grain_answers_a_letter_sent_again_after_its_purge_as_a_repeat_of_the_delivery()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var recipient = MailboxId.ForCitizen(TestPeople.Adult());
        var letter = TestLetters.Letter(recipient);
        var first = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        Assert.Equal(DeliveryOutcome.Delivered, first.Outcome);

        await host.Services.GetRequiredService<MailboxDatabase>().ExecuteAsync([MessageCommands.PurgeAll(recipient.Value)]);
        var again = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        Assert.Equal(DeliveryOutcome.Delivered, again.Outcome);
        Assert.True(again.Duplicate);
        Assert.Equal(0, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1 AND direction = 0", letter.Header.MessageUuid));
        Assert.Equal(1, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_receipts WHERE message_uuid = $1", letter.Header.MessageUuid));
    }

    [Fact]
    public async Task Deleting_a_sent_message_leaves_no_tombstone()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var mailboxes = host.Services.GetRequiredService<MailboxDatabase>();
        var citizen = MailboxId.ForCitizen(TestPeople.Adult());
        var letter = TestLetters.Letter(citizen);
        var sent = NewMessageRow.From(letter, citizen.Value, MessageDirection.Sent, citizen.Value, SenderKind.MailboxHolder, null, MailboxTestHost.Start);
        await mailboxes.ExecuteAsync([MessageStore.InsertMessageCommand(sent, MessageContentCodec.Encode(letter))]);

        await mailboxes.ExecuteAsync([MessageCommands.PurgeAll(citizen.Value)]);

        Assert.Equal(0, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_deliveries WHERE mailbox_id = $1", citizen.Value));
    }

    private static Task<long> CountAsync(MailboxTestHost host, string sql, DeliveryWrite write) =>
        host.ScalarAsync<long>(sql, write.MailboxId, write.MessageUuid);
}
