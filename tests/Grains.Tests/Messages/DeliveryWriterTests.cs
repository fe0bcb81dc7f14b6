using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigitalPost.Grains.Tests.Messages;

/// <summary>
/// The delivery writer on real PostgreSQL: deliveries arriving together commit together, a failed
/// batch fails only its own bad deliveries, and a content's bytes travel once.
/// </summary>
public sealed class DeliveryWriterTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private const string Sender = "authority:writer-tests";

    [Fact]
    public async Task Deliveries_arriving_while_a_batch_is_written_commit_together_in_the_next_batch()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var writer = NewWriter(host, maxConcurrentBatches: 1);
        var content = NewContent();
        var writes = Enumerable.Range(0, 5).Select(_ => TestDeliveries.Delivered(Sender, content)).ToList();

        bool[] answers;
        await using (var blocker = await BlockReceiptsAsync(host))
        {
            var first = writer.WriteAsync(writes[0]);
            var rest = writes.Skip(1).Select(w => writer.WriteAsync(w)).ToList();
            Assert.All(rest, t => Assert.False(t.IsCompleted));
            await blocker.RollbackAsync();
            answers = await Task.WhenAll([first, .. rest]);
        }

        Assert.All(answers, Assert.True);
        Assert.Equal(1, writer.BatchesWritten);
        Assert.Equal(0, writer.BatchesSplit);
        foreach (var write in writes)
        {
            Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", write));
            Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_receipts WHERE recipient_id = $1 AND message_uuid = $2", write));
        }
    }

    [Fact]
    public async Task A_failing_delivery_in_a_batch_fails_alone_and_its_neighbours_are_committed()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var writer = NewWriter(host, maxConcurrentBatches: 1);
        var content = NewContent();
        var good1 = TestDeliveries.Delivered(Sender, content);
        var good2 = TestDeliveries.Delivered(Sender, content);
        var bad = TestDeliveries.Delivered(Sender, content);

        // A message row without a sender label breaks a NOT NULL constraint.
        bad = bad with { Message = bad.Message! with { SenderLabel = null! } };

        Task<bool> leader, first, failing, second;
        await using (var blocker = await BlockReceiptsAsync(host))
        {
            leader = writer.WriteAsync(TestDeliveries.Delivered(Sender, content));
            first = writer.WriteAsync(good1);
            failing = writer.WriteAsync(bad);
            second = writer.WriteAsync(good2);
            await blocker.RollbackAsync();
            await leader;
        }

        Assert.True(await first);
        Assert.True(await second);
        var error = await Assert.ThrowsAsync<PostgresException>(() => failing);
        Assert.Equal(PostgresErrorCodes.NotNullViolation, error.SqlState);
        Assert.Equal(1, writer.BatchesSplit);
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", good1));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", good2));

        // Nothing of the failed delivery is stored, not even its idempotency record: it may be sent again.
        Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM mailbox_deliveries WHERE mailbox_id = $1 AND message_uuid = $2", bad));
        Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM mailbox_receipts WHERE recipient_id = $1 AND message_uuid = $2", bad));
    }

    [Fact]
    public async Task A_delivery_offered_again_inside_a_batch_answers_false_and_writes_nothing_new()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var writer = NewWriter(host, maxConcurrentBatches: 1);
        var content = NewContent();
        var earlier = TestDeliveries.Delivered(Sender, content);
        Assert.True(await writer.WriteAsync(earlier));

        Task<bool> leader, again, fresh;
        var other = TestDeliveries.Delivered(Sender, content);
        await using (var blocker = await BlockReceiptsAsync(host))
        {
            leader = writer.WriteAsync(TestDeliveries.Delivered(Sender, content));
            again = writer.WriteAsync(earlier with { Detail = "second offer" });
            fresh = writer.WriteAsync(other);
            await blocker.RollbackAsync();
            await leader;
        }

        Assert.False(await again);
        Assert.True(await fresh);
        Assert.Equal(1, writer.BatchesWritten);
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_receipts WHERE recipient_id = $1 AND message_uuid = $2", earlier));
        Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM mailbox_deliveries WHERE mailbox_id = $1 AND message_uuid = $2 AND detail IS NOT NULL", earlier));
    }

    [Fact]
    public async Task A_content_delivered_to_many_mailboxes_is_sent_to_the_database_once()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        await CountContentSendsAsync(host);
        var writer = NewWriter(host, maxConcurrentBatches: 1);
        var content = NewContent();

        for (var i = 0; i < 4; i++)
        {
            Assert.True(await writer.WriteAsync(TestDeliveries.Delivered(Sender, content)));
        }

        Assert.True(writer.KnownContents.Contains(content.Sha256));
        Assert.Equal(1, await ContentSendsAsync(host, content));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_contents WHERE sha256 = $1", content.Sha256));
    }

    [Fact]
    public async Task Without_the_known_content_hint_the_bytes_go_with_every_delivery()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        await CountContentSendsAsync(host);
        var writer = NewWriter(host, maxConcurrentBatches: 1, knownContents: 0);
        var content = NewContent();

        for (var i = 0; i < 3; i++)
        {
            Assert.True(await writer.WriteAsync(TestDeliveries.Delivered(Sender, content)));
        }

        Assert.False(writer.KnownContents.Contains(content.Sha256));
        Assert.Equal(3, await ContentSendsAsync(host, content));
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_contents WHERE sha256 = $1", content.Sha256));
    }

    [Fact]
    public async Task A_batch_carrying_a_new_content_several_times_stores_it_once_and_commits_every_delivery()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        await CountContentSendsAsync(host);
        var writer = NewWriter(host, maxConcurrentBatches: 1);
        var content = NewContent();
        var other = NewContent();
        var writes = new[] { TestDeliveries.Delivered(Sender, content), TestDeliveries.Delivered(Sender, other), TestDeliveries.Delivered(Sender, content), TestDeliveries.Delivered(Sender, other) };

        bool[] answers;
        await using (var blocker = await BlockReceiptsAsync(host))
        {
            var leader = writer.WriteAsync(TestDeliveries.Delivered(Sender, NewContent()));
            var queued = writes.Select(w => writer.WriteAsync(w)).ToList();
            await blocker.RollbackAsync();
            await leader;
            answers = await Task.WhenAll(queued);
        }

        Assert.All(answers, Assert.True);
        Assert.Equal(1, writer.BatchesWritten);
        Assert.Equal(1, await ContentSendsAsync(host, content));
        Assert.Equal(1, await ContentSendsAsync(host, other));
    }

    [Fact]
    public async Task A_delivery_through_the_message_store_is_committed_before_it_is_answered()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var store = host.Services.GetRequiredService<MessageStore>();
        var write = TestDeliveries.Delivered(Sender, NewContent());

        Assert.True(await store.WriteDeliveryAsync(write));

        // Read on another connection: what was answered is visible to everyone, so it was committed.
        Assert.Equal(1, await CountAsync(host, "SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", write));
        Assert.False(await store.WriteDeliveryAsync(write));
    }

    private static DeliveryWriter NewWriter(MailboxTestHost host, int maxConcurrentBatches, int knownContents = 64) =>
        new(host.Services.GetRequiredService<MailboxDatabase>(), new DeliveryWriterOptions
        {
            MaxBatchSize = 32,
            MaxConcurrentBatches = maxConcurrentBatches,
            KnownContentCapacity = knownContents,
        });

    private static StoredContent NewContent() =>
        MessageContentCodec.Encode(TestLetters.Letter(MailboxId.ForCitizen(TestPeople.Adult()), label: "Brev " + Guid.NewGuid().ToString("N")));

    private static async Task<ReceiptInsertBlock> BlockReceiptsAsync(MailboxTestHost host) =>
        await ReceiptInsertBlock.StartAsync(await host.Services.GetRequiredService<MailboxDatabase>().GetDataSourceAsync());

    private static async Task<long> CountAsync(MailboxTestHost host, string sql, DeliveryWrite write) =>
        await CountAsync(host, sql, new NpgsqlParameter { Value = write.MailboxId }, new NpgsqlParameter { Value = write.MessageUuid });

    private static async Task<long> CountAsync(MailboxTestHost host, string sql, byte[] sha256) =>
        await CountAsync(host, sql, new NpgsqlParameter { Value = sha256 });

    private static async Task<long> CountAsync(MailboxTestHost host, string sql, params NpgsqlParameter[] parameters)
    {
        var dataSource = await host.Services.GetRequiredService<MailboxDatabase>().GetDataSourceAsync();
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Records every content row offered to <c>mailbox_contents</c>: a BEFORE INSERT trigger also
    /// fires for rows that ON CONFLICT DO NOTHING then skips, so it counts the bytes sent.
    /// </summary>
    private static async Task CountContentSendsAsync(MailboxTestHost host)
    {
        var dataSource = await host.Services.GetRequiredService<MailboxDatabase>().GetDataSourceAsync();
        await using var command = dataSource.CreateCommand("""
            CREATE TABLE IF NOT EXISTS test_content_sends (sha256 bytea NOT NULL);
            CREATE OR REPLACE FUNCTION test_count_content_send() RETURNS trigger LANGUAGE plpgsql AS
              $$ BEGIN INSERT INTO test_content_sends VALUES (NEW.sha256); RETURN NEW; END $$;
            CREATE OR REPLACE TRIGGER test_count_content_send BEFORE INSERT ON mailbox_contents
              FOR EACH ROW EXECUTE FUNCTION test_count_content_send();
            """);
        await command.ExecuteNonQueryAsync();
    }

    private static Task<long> ContentSendsAsync(MailboxTestHost host, StoredContent content) =>
        CountAsync(host, "SELECT count(*) FROM test_content_sends WHERE sha256 = $1", content.Sha256);
}
