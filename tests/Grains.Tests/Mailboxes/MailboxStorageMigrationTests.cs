using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>
/// A database created with only the first mailbox migration upgrades (Migrations/0002): the file
/// rows of existing messages become their contents' and stay readable, and what 0002 could not
/// derive (a content no message used yet) is filled in by the next write of its bytes.
/// </summary>
public sealed class MailboxStorageMigrationTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task A_database_of_the_first_migration_upgrades_and_its_messages_keep_their_files()
    {
        var firstOnly = new MigrationSet(
            GrainsServiceCollectionExtensions.MailboxMigrations.Component,
            GrainsServiceCollectionExtensions.MailboxMigrations.Migrations.Where(m => m.Version == 1));
        var name = await database.Server.CreateDatabaseAsync([RuntimeMigrations.Set, firstOnly, NotificationsMigrations.Set]);
        try
        {
            var connectionString = database.Server.ConnectionStringFor(name);
            var letter = TestLetters.Letter(MailboxId.ForCitizen(TestPeople.Adult()), label: "Gammelt brev", attachments: [("bilag.pdf", 40), ("skema.pdf", 30)]);
            var content = MessageContentCodec.Encode(letter);
            var mailboxes = new[] { MailboxId.ForCitizen(TestPeople.Adult()).Value, MailboxId.ForCitizen(TestPeople.Adult()).Value };
            var held = TestLetters.Letter(MailboxId.ForCitizen(TestPeople.Adult()), label: "Ventende brev", attachments: [("senere.pdf", 20)]);
            var heldContent = MessageContentCodec.Encode(held);
            await using (var old = NpgsqlDataSource.Create(connectionString))
            {
                // Rows as the code of the first migration wrote them: file rows per message.
                await InsertContentAsync(old, content);
                foreach (var mailbox in mailboxes)
                {
                    await InsertOldMessageAsync(old, mailbox, Guid.NewGuid(), content);
                }

                // A content only a held message used: no message had file rows for it.
                await InsertContentAsync(old, heldContent);
            }

            await using var upgraded = await StartAsync(connectionString);
            var store = new MessageStore(new MailboxDatabase(upgraded));
            foreach (var mailbox in mailboxes)
            {
                var uuid = await ScalarAsync<Guid>(upgraded, "SELECT message_uuid FROM mailbox_messages WHERE mailbox_id = $1", mailbox);
                Assert.Equal(content.Files, await store.GetFilesAsync(mailbox, uuid));
                var stored = (await store.GetMessageAsync(mailbox, uuid))!;
                var opened = MessageContentCodec.Decode(await store.GetContentAsync(stored.ContentSha256), uuid, mailbox, null);
                Assert.Equal(content.Files, MessageContentCodec.Files(opened));
            }

            Assert.Equal(3L, await ScalarAsync<long>(upgraded, "SELECT count(*) FROM mailbox_content_files WHERE content_sha256 = $1", content.Sha256));
            Assert.False(await ScalarAsync<bool>(upgraded, "SELECT to_regclass('mailbox_message_files') IS NOT NULL"));

            // The held content's first delivery as a message after the upgrade stores its files.
            var recipient = MailboxId.ForCitizen(TestPeople.Adult()).Value;
            var row = NewMessageRow.From(held, recipient, MessageDirection.Received, "authority:migration-tests", SenderKind.Authority, null, MailboxTestHost.Start);
            var write = new DeliveryWrite(recipient, held.Header.MessageUuid, "authority:migration-tests", DeliveryOutcome.Delivered, ReceiptStatus.Received, null, null,
                MailboxTestHost.Start, heldContent, Message: row);
            Assert.True(await store.WriteDeliveryAsync(write));
            Assert.Equal(heldContent.Files, await store.GetFilesAsync(recipient, held.Header.MessageUuid));
        }
        finally
        {
            await database.Server.DropDatabaseAsync(name);
        }
    }

    private static async Task<PostgresDatabase> StartAsync(string connectionString)
    {
        var postgres = new PostgresDatabase(
            Options.Create(new PostgresOptions { ConnectionString = connectionString }),
            [RuntimeMigrations.Set, GrainsServiceCollectionExtensions.MailboxMigrations, NotificationsMigrations.Set],
            NullLoggerFactory.Instance,
            TimeProvider.System);
        await postgres.StartAsync(CancellationToken.None);
        return postgres;
    }

    private static async Task InsertContentAsync(NpgsqlDataSource dataSource, StoredContent content)
    {
        await using var command = dataSource.CreateCommand("INSERT INTO mailbox_contents (sha256, data, size_bytes) VALUES ($1, $2, length($2))");
        command.Parameters.Add(new NpgsqlParameter { Value = content.Sha256 });
        command.Parameters.Add(new NpgsqlParameter { Value = content.Data });
        await command.ExecuteNonQueryAsync();
    }

    private static async Task InsertOldMessageAsync(NpgsqlDataSource dataSource, string mailbox, Guid uuid, StoredContent content)
    {
        await using var batch = dataSource.CreateBatch();
        var message = new NpgsqlBatchCommand(
            "INSERT INTO mailbox_messages (mailbox_id, message_uuid, direction, folder_id, sender_id, sender_label, sender_kind, recipient_id, recipient_id_type, " +
            "label, search_text, received_at, unread, legal_notification, reply_allowed, thread_id, content_sha256, size_bytes, file_count) " +
            "VALUES ($1, $2, 0, 'inbox', 'authority:migration-tests', 'Testkommune', 0, $3, 'CPR', 'Gammelt brev', 'gammelt brev', now(), true, false, false, $2, $4, $5, $6)");
        message.Parameters.Add(new NpgsqlParameter { Value = mailbox });
        message.Parameters.Add(new NpgsqlParameter { Value = uuid });
        message.Parameters.Add(new NpgsqlParameter { Value = mailbox[4..] });
        message.Parameters.Add(new NpgsqlParameter { Value = content.Sha256 });
        message.Parameters.Add(new NpgsqlParameter { Value = content.Files.Sum(f => f.SizeBytes) });
        message.Parameters.Add(new NpgsqlParameter { Value = content.Files.Count });
        batch.BatchCommands.Add(message);
        for (var i = 0; i < content.Files.Count; i++)
        {
            var file = new NpgsqlBatchCommand(
                "INSERT INTO mailbox_message_files (mailbox_id, message_uuid, ordinal, document_kind, filename, encoding_format, size_bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)");
            file.Parameters.Add(new NpgsqlParameter { Value = mailbox });
            file.Parameters.Add(new NpgsqlParameter { Value = uuid });
            file.Parameters.Add(new NpgsqlParameter { Value = i + 1 });
            file.Parameters.Add(new NpgsqlParameter { Value = content.Files[i].DocumentKind });
            file.Parameters.Add(new NpgsqlParameter { Value = content.Files[i].Filename });
            file.Parameters.Add(new NpgsqlParameter { Value = content.Files[i].EncodingFormat });
            file.Parameters.Add(new NpgsqlParameter { Value = content.Files[i].SizeBytes });
            batch.BatchCommands.Add(file);
        }

        await batch.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(PostgresDatabase postgres, string sql, params object[] parameters)
    {
        var dataSource = await postgres.GetDataSourceAsync(CancellationToken.None);
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
