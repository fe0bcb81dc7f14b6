using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigitalPost.Grains.Tests.Messages;

/// <summary>
/// File rows belong to the content (Migrations/0002): stored once per content hash, read through a
/// message's content; content rows are permanent, which is what lets message rows name them by
/// hash without a foreign key.
/// </summary>
public sealed class ContentFilesTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private const string Sender = "authority:content-files-tests";

    [Fact]
    public async Task A_messages_files_are_read_through_its_content_and_stored_once_for_every_mailbox_it_reaches()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var authority = TestPeople.Authority();
        var template = TestLetters.Letter(MailboxId.ForCitizen(TestPeople.Adult()), label: "Skema " + Guid.NewGuid(), attachments: [("bilag.pdf", 100), ("skema.xml", 50)]);
        var recipients = Enumerable.Range(0, 3).Select(_ => MailboxId.ForCitizen(TestPeople.Adult())).ToList();

        var delivered = new List<(MailboxId Mailbox, Guid Uuid)>();
        foreach (var recipient in recipients)
        {
            var letter = template with { Header = template.Header with { MessageUuid = Guid.NewGuid(), Recipient = new() { RecipientId = recipient.Key, IdType = "CPR" } } };
            Assert.Equal(DeliveryOutcome.Delivered, (await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter)).Outcome);
            delivered.Add((recipient, letter.Header.MessageUuid));
        }

        var expected = MessageContentCodec.Files(template);
        Assert.Equal(["brev.pdf", "bilag.pdf", "skema.xml"], expected.Select(f => f.Filename));
        foreach (var (mailbox, uuid) in delivered)
        {
            Assert.Equal(expected, await store.GetFilesAsync(mailbox.Value, uuid));
            var stored = await store.GetMessageAsync(mailbox.Value, uuid);
            Assert.Equal(3, stored!.Summary.FileCount);
        }

        var sha = MessageContentCodec.Encode(template).Sha256;
        Assert.Equal(3L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_content_files WHERE content_sha256 = $1", sha));
    }

    [Fact]
    public async Task An_unknown_message_has_no_files()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();

        Assert.Empty(await store.GetFilesAsync(MailboxId.ForCitizen(TestPeople.Adult()).Value, Guid.NewGuid()));
    }

    [Fact]
    public async Task A_stored_content_can_be_neither_removed_nor_changed()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var writer = host.Services.GetRequiredService<MessageStore>().Writer;
        var write = TestDeliveries.Delivered(Sender, NewContent());
        Assert.True(await writer.WriteAsync(write));
        var dataSource = await host.Services.GetRequiredService<MailboxDatabase>().GetDataSourceAsync();

        foreach (var sql in new[]
        {
            "DELETE FROM mailbox_contents WHERE sha256 = $1",
            "UPDATE mailbox_contents SET data = 'x' WHERE sha256 = $1",
            "TRUNCATE mailbox_contents CASCADE",
        })
        {
            await using var command = dataSource.CreateCommand(sql);
            if (sql.Contains("$1", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = write.Content!.Sha256 });
            }

            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("never changed or removed", refused.MessageText, StringComparison.Ordinal);
        }

        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_contents WHERE sha256 = $1", write.Content!.Sha256));
    }

    [Fact]
    public async Task Every_message_names_a_stored_content_with_its_files_after_deliveries_by_hash()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var content = NewContent();
        var writes = Enumerable.Range(0, 6).Select(_ => TestDeliveries.Delivered(Sender, content)).ToList();

        // The first sends the bytes; the writer then knows the content and sends only its hash.
        Assert.True(await store.Writer.WriteAsync(writes[0]));
        Assert.True(store.Writer.KnownContents.Contains(content.Sha256));
        Assert.All(await Task.WhenAll(writes.Skip(1).Select(w => store.Writer.WriteAsync(w))), Assert.True);

        Assert.Equal(0L, await host.ScalarAsync<long>(
            "SELECT count(*) FROM mailbox_messages m WHERE NOT EXISTS (SELECT 1 FROM mailbox_contents c WHERE c.sha256 = m.content_sha256)"));
        foreach (var write in writes)
        {
            Assert.Equal(content.Files, await store.GetFilesAsync(write.MailboxId, write.MessageUuid));
        }
    }

    [Fact]
    public async Task A_content_sent_once_in_a_batch_is_stored_even_when_the_delivery_carrying_it_was_offered_before()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var content = NewContent();
        var repeat = TestDeliveries.Delivered(Sender, content);

        // The same (mailbox, messageUUID) was offered before without this content (a refusal).
        Assert.True(await store.WriteDeliveryAsync(repeat with
        {
            Outcome = DeliveryOutcome.NotAllowed,
            Receipt = ReceiptStatus.NotAllowed,
            ReasonCode = ReceiptReasons.RecipientIsClosed,
            Content = null,
            Message = null,
        }));

        // Both wait behind a leader and form one batch; in arrival order (a stable sort for small
        // batches), the repeat carries the bytes and the later one names the content by hash.
        var writer = new DeliveryWriter(host.Services.GetRequiredService<MailboxDatabase>(), new DeliveryWriterOptions { MaxBatchSize = 32, MaxConcurrentBatches = 1 });
        var later = TestDeliveries.Delivered(Sender, content);
        bool[] answers;
        await using (var blocker = await ReceiptInsertBlock.StartAsync(await host.Services.GetRequiredService<MailboxDatabase>().GetDataSourceAsync()))
        {
            var leader = writer.WriteAsync(TestDeliveries.Delivered(Sender, NewContent()));
            var queued = new[] { writer.WriteAsync(repeat), writer.WriteAsync(later) };
            await blocker.RollbackAsync();
            await leader;
            answers = await Task.WhenAll(queued);
        }

        Assert.Equal([false, true], answers);
        Assert.Equal(1, writer.BatchesWritten);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", repeat.MailboxId, repeat.MessageUuid));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_contents WHERE sha256 = $1", content.Sha256));
        Assert.Equal(content.Files, await store.GetFilesAsync(later.MailboxId, later.MessageUuid));
    }

    [Fact]
    public async Task The_thread_filter_finds_the_first_message_and_its_replies_through_the_index_of_replies()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var mailbox = MailboxId.ForCitizen(TestPeople.Adult());
        var first = NewRow(mailbox, replyTo: null);
        var reply = NewRow(mailbox, replyTo: first.MessageUuid);
        var replyToReply = NewRow(mailbox, replyTo: reply.MessageUuid);
        var unrelated = NewRow(mailbox, replyTo: null);
        var content = NewContent();
        foreach (var row in new[] { first, reply, replyToReply, unrelated })
        {
            await host.Services.GetRequiredService<MailboxDatabase>().ExecuteAsync([MessageStore.InsertMessageCommand(row, content)]);
        }

        var page = await store.ListAsync(mailbox.Value, new MessageQuery(FolderId: null, ThreadId: first.MessageUuid), null, 100);

        Assert.Equal(
            new[] { first.MessageUuid, reply.MessageUuid, replyToReply.MessageUuid }.Order(),
            page.Items.Select(i => i.MessageUuid).Order());
        Assert.All(page.Items, i => Assert.Equal(first.MessageUuid, i.ThreadId));
        Assert.Equal(2L, await host.ScalarAsync<long>(
            "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND thread_id <> message_uuid", mailbox.Value));
    }

    private static StoredContent NewContent() =>
        MessageContentCodec.Encode(TestLetters.Letter(MailboxId.ForCitizen(TestPeople.Adult()), label: "Brev " + Guid.NewGuid().ToString("N"), attachments: [("bilag.pdf", 10)]));

    private static NewMessageRow NewRow(MailboxId mailbox, Guid? replyTo) =>
        NewMessageRow.From(TestLetters.Letter(mailbox), mailbox.Value, MessageDirection.Received, Sender, SenderKind.Authority, null, MailboxTestHost.Start) with { ReplyTo = replyTo };
}
