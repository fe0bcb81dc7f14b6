using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Grains.Tests.MassSend.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>
/// What a mass send stores per letter is what the mailbox grain stores: the same message row and
/// content, the content's file rows once (Mailboxes/Migrations/0002), readable and movable alike.
/// </summary>
public sealed class MassSendStorageTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task A_template_mass_send_and_a_grain_delivery_of_the_same_letter_produce_the_same_readable_message()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        await using var postgres = await database.StartPostgresDatabaseAsync();
        var store = new MessageStore(new MailboxDatabase(postgres));
        var authority = TestPeople.Authority();
        var bulk = await host.PersonAsync();
        var single = await host.PersonAsync();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(bulk), label: "Varsel " + Guid.NewGuid(), reply: true, attachments: [("bilag.pdf", 300), ("vejledning.pdf", 200)]);

        var job = await host.SubmitAsync(authority, TestLetters.Xml(letter), [bulk.Value]);
        Assert.Equal(1, await host.Processor.RunDueJobsAsync());
        var bulkUuid = await host.MessageUuidOfAsync(job.JobId, MailboxId.ForCitizen(bulk).Value);
        var singleLetter = letter with { Header = letter.Header with { MessageUuid = Guid.NewGuid(), Recipient = new() { RecipientId = single.Value, IdType = "CPR" } } };
        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), singleLetter);
        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);

        var viaBulk = (await store.GetMessageAsync(MailboxId.ForCitizen(bulk).Value, bulkUuid))!;
        var viaGrain = (await store.GetMessageAsync(MailboxId.ForCitizen(single).Value, singleLetter.Header.MessageUuid))!;
        Assert.Equal(viaGrain.ContentSha256, viaBulk.ContentSha256);
        Assert.Equal(
            viaGrain.Summary with { MessageUuid = Guid.Empty, RecipientId = "-", ThreadId = Guid.Empty, ReceivedAt = default },
            viaBulk.Summary with { MessageUuid = Guid.Empty, RecipientId = "-", ThreadId = Guid.Empty, ReceivedAt = default });
        Assert.Equal(bulkUuid, viaBulk.Summary.ThreadId);
        Assert.Equal(3, viaBulk.Summary.FileCount);

        // The files: one set of rows for the content, read through it for both messages.
        var expected = MessageContentCodec.Files(letter);
        Assert.Equal(expected, await store.GetFilesAsync(MailboxId.ForCitizen(bulk).Value, bulkUuid));
        Assert.Equal(expected, await store.GetFilesAsync(MailboxId.ForCitizen(single).Value, singleLetter.Header.MessageUuid));
        Assert.Equal(3L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_content_files WHERE content_sha256 = $1", viaBulk.ContentSha256));

        // Both open to the same letter, with each recipient's own header.
        var openedBulk = await host.Citizen(bulk).OpenMessageAsync(TestPeople.Self(bulk), bulkUuid);
        var openedSingle = await host.Citizen(single).OpenMessageAsync(TestPeople.Self(single), singleLetter.Header.MessageUuid);
        Assert.Equal(bulk.Value, openedBulk.Message.Header.Recipient.RecipientId);
        Assert.Equal(
            openedSingle.Message.Body!.AdditionalDocuments.Select(d => d.Files[0].Filename),
            openedBulk.Message.Body!.AdditionalDocuments.Select(d => d.Files[0].Filename));

        // And the bulk one is a normal message: it moves to the bin and comes back with its files.
        await host.Citizen(bulk).DeleteMessageAsync(TestPeople.Self(bulk), bulkUuid);
        Assert.Equal(SystemFolders.Deleted, (await store.GetMessageAsync(MailboxId.ForCitizen(bulk).Value, bulkUuid))!.Summary.FolderId);
        await host.Citizen(bulk).RestoreMessageAsync(TestPeople.Self(bulk), bulkUuid);
        Assert.Equal(SystemFolders.Inbox, (await store.GetMessageAsync(MailboxId.ForCitizen(bulk).Value, bulkUuid))!.Summary.FolderId);
        Assert.Equal(expected, await store.GetFilesAsync(MailboxId.ForCitizen(bulk).Value, bulkUuid));
    }

    [Fact]
    public async Task A_personalised_mass_send_stores_each_contents_files_once_and_every_message_reads_its_own()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 3);
        await using var postgres = await database.StartPostgresDatabaseAsync();
        var store = new MessageStore(new MailboxDatabase(postgres));
        var authority = TestPeople.Authority();
        var people = new List<Cpr>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await host.PersonAsync());
        }

        // Two different letters: the first three people get one, the last two another.
        var lines = people.Select((p, i) => new MassSendLine(i + 1, p.Value, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(p),
            label: i < 3 ? "Brev A" : "Brev B", attachments: i < 3 ? [("a.pdf", 10)] : [("b1.pdf", 10), ("b2.pdf", 20)])))).ToList();
        var job = await host.MassSends.SubmitAsync(new MassSendSubmission(authority, "personalised-" + Guid.NewGuid(), MassSendKind.Personalised, ReadOnlyMemory<byte>.Empty), ToAsync(lines));
        Assert.Equal(1, await host.Processor.RunDueJobsAsync());
        Assert.Equal(5, (await host.MassSends.GetAsync(authority, job.JobId))!.Delivered);

        for (var i = 0; i < people.Count; i++)
        {
            var mailbox = MailboxId.ForCitizen(people[i]).Value;
            var files = await store.GetFilesAsync(mailbox, await host.MessageUuidOfAsync(job.JobId, mailbox));
            Assert.Equal(i < 3 ? ["brev.pdf", "a.pdf"] : ["brev.pdf", "b1.pdf", "b2.pdf"], files.Select(f => f.Filename));
        }

        Assert.Equal(5L, await host.ScalarAsync<long>(
            "SELECT count(*) FROM mailbox_content_files WHERE content_sha256 IN (SELECT content_sha256 FROM mailbox_messages WHERE label IN ('Brev A', 'Brev B') AND sender_id = $1)",
            MailboxId.ForAuthority(authority).Value));
    }

    private static async IAsyncEnumerable<MassSendLine> ToAsync(IEnumerable<MassSendLine> lines)
    {
        foreach (var line in lines)
        {
            await Task.Yield();
            yield return line;
        }
    }
}
