using System.Text;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>Personalised sends (a MeMo per recipient) and uploads that are refused whole.</summary>
public sealed class MassSendPersonalisedTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task Each_recipient_gets_their_own_letter()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 2, slices: 2);
        var authority = TestPeople.Authority();
        var people = new List<Cpr>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await host.PersonAsync());
        }

        var lines = Ndjson(people.Select(p => (p.Value, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(p), label: "Din sag " + p.Value[6..], attachments: [("bilag.pdf", 10)])))));
        var job = await host.MassSends.SubmitAsync(new MassSendSubmission(authority, "personal", MassSendKind.Personalised, ReadOnlyMemory<byte>.Empty), lines);
        await host.Processor.RunDueJobsAsync();

        Assert.Equal(5L, (await host.MassSends.GetAsync(authority, job.JobId))!.Delivered);
        foreach (var person in people)
        {
            var message = Assert.Single((await host.Citizen(person).ListMessagesAsync(TestPeople.Self(person), new MessageQuery())).Items);
            Assert.Equal("Din sag " + person.Value[6..], message.Label);
            Assert.Equal(2, message.FileCount);
            var detail = await host.Citizen(person).OpenMessageAsync(TestPeople.Self(person), message.MessageUuid);
            Assert.Equal(2, detail.Message.Body!.MainDocument.Files.Count + detail.Message.Body.AdditionalDocuments.Count);
        }
    }

    [Fact]
    public async Task A_bad_message_line_refuses_the_whole_upload_naming_the_line()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var good = TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a)));
        var body = Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(new { recipient = a.Value, memo = Encoding.UTF8.GetString(good) }) + "\n" +
            JsonSerializer.Serialize(new { recipient = a.Value, memo = "<Message>no</Message>" }) + "\n");
        var limits = new MassSendLimits();

        var refused = await Assert.ThrowsAsync<MassSendInputException>(() => host.MassSends.SubmitAsync(
            new MassSendSubmission(authority, "bad", MassSendKind.Personalised, ReadOnlyMemory<byte>.Empty),
            MassSendLineReader.ReadMessagesAsync(new MemoryStream(body), limits)));

        Assert.Equal(2, refused.LineNumber);
        Assert.StartsWith("messages, line 2: the MeMo is not valid", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mass_send_jobs WHERE authority_id = $1", authority.Value));
    }

    [Fact]
    public async Task A_bad_recipient_line_refuses_the_whole_upload_and_stores_nothing()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var a = await host.PersonAsync();
        var csv = Encoding.UTF8.GetBytes($"recipient\n{a.Value}\n{a.Value}\n12345\n");

        var refused = await Assert.ThrowsAsync<MassSendInputException>(() => host.MassSends.SubmitAsync(
            new MassSendSubmission(authority, "bad-csv", MassSendKind.Template, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(a)))),
            MassSendLineReader.ReadRecipientsAsync(new MemoryStream(csv), MassSendRecipientFormat.Csv, new MassSendLimits())));

        Assert.Equal(4, refused.LineNumber);
        Assert.Contains("'12345' is neither a CPR number (10 digits) nor a CVR number (8 digits)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mass_send_jobs WHERE authority_id = $1", authority.Value));
    }

    [Fact]
    public async Task A_template_that_is_not_a_letter_is_refused_with_the_reason()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var a = await host.PersonAsync();

        var refused = await Assert.ThrowsAsync<MassSendInputException>(() => host.SubmitAsync(TestPeople.Authority(), TestLetters.Xml(TestLetters.NemSms(MailboxId.ForCitizen(a))), [a.Value]));

        Assert.Equal("template: only DIGITALPOST messages with a MessageBody can be mass sent.", refused.Message);
    }

    private static async IAsyncEnumerable<MassSendLine> Ndjson(IEnumerable<(string Recipient, byte[] Memo)> messages)
    {
        var body = new StringBuilder();
        foreach (var (recipient, memo) in messages)
        {
            body.Append(JsonSerializer.Serialize(new { recipient, memo = Encoding.UTF8.GetString(memo) })).Append('\n');
        }

        await foreach (var line in MassSendLineReader.ReadMessagesAsync(new MemoryStream(Encoding.UTF8.GetBytes(body.ToString())), new MassSendLimits()))
        {
            yield return line;
        }
    }
}
