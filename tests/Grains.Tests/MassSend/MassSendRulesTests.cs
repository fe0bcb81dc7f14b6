using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>A mass send applies the mailbox grain's delivery rules to every recipient and writes what a single delivery writes.</summary>
public sealed class MassSendRulesTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    private static readonly ActorContext s_municipality = ActorContext.Municipality(AuthorityId.Parse("odense-kommune"));

    [Fact]
    public async Task Active_recipients_find_the_letter_in_their_inbox_as_if_the_mailbox_grain_had_delivered_it()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var people = new List<Cpr>();
        for (var i = 0; i < 20; i++)
        {
            people.Add(await host.PersonAsync());
        }

        var template = TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(people[0]), label: "Årsopgørelse 2025", legal: false, reply: true));
        var job = await host.SubmitAsync(authority, template, people.Select(p => p.Value));
        Assert.Equal(1, await host.Processor.RunDueJobsAsync());

        var status = await host.MassSends.GetAsync(authority, job.JobId);
        Assert.Equal(MassSendStatus.Completed, status!.Status);
        Assert.Equal(20, status.Delivered);
        Assert.Equal(20, status.Processed);
        foreach (var person in people)
        {
            var page = await host.Citizen(person).ListMessagesAsync(TestPeople.Self(person), new MessageQuery(Text: "årsopg"));
            var message = Assert.Single(page.Items);
            Assert.Equal(await host.MessageUuidOfAsync(job.JobId, MailboxId.ForCitizen(person).Value), message.MessageUuid);
            Assert.Equal("Årsopgørelse 2025", message.Label);
            Assert.Equal(MailboxId.ForAuthority(authority).Value, message.SenderId);
            Assert.True(message.Unread);
            Assert.True(message.ReplyAllowed);
            Assert.Equal(1, message.FileCount);
            var detail = await host.Citizen(person).OpenMessageAsync(TestPeople.Self(person), message.MessageUuid);
            Assert.Equal(person.Value, detail.Message.Header.Recipient.RecipientId);
        }

        // Content is stored once for the whole job.
        Assert.Equal(1L, await host.ScalarAsync<long>(
            "SELECT count(DISTINCT content_sha256) FROM mailbox_messages WHERE sender_id = $1", MailboxId.ForAuthority(authority).Value));
        var receipts = await host.Authority(authority).ListReceiptsAsync(ActorContext.Authority(authority), null, 100);
        Assert.Equal(20, receipts.Count);
        Assert.All(receipts, r => Assert.Equal(ReceiptStatus.Received, r.Status));
    }

    [Fact]
    public async Task Each_recipient_gets_what_the_delivery_rules_decide()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var active = await host.PersonAsync();
        var exempt = await host.PersonAsync();
        await host.Citizen(exempt).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.LimitedCommandOfDanish, true, false));
        var deceased = await host.PersonAsync(died: new DateOnly(2025, 12, 24));
        var child = await host.PersonAsync(born: new DateOnly(2015, 5, 5));
        var emigrated = await host.PersonAsync(residence: Residence.Emigrated);
        var unknown = TestPeople.Adult();
        var template = TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(active)));

        var job = await host.SubmitAsync(authority, template, [active.Value, exempt.Value, deceased.Value, child.Value, emigrated.Value, unknown.Value]);
        await host.Processor.RunDueJobsAsync();

        var receipts = await ReceiptsAsync(host, authority, job.JobId);
        Assert.Equal((ReceiptStatus.Received, (string?)null), receipts[active.Value]);
        Assert.Equal((ReceiptStatus.Received, ReceiptReasons.DeliveredToPrint), receipts[exempt.Value]);
        Assert.Equal((ReceiptStatus.NotAllowed, ReceiptReasons.RecipientIsClosed), receipts[deceased.Value]);
        Assert.Equal((ReceiptStatus.Received, ReceiptReasons.DeliveredToPrint), receipts[child.Value]);
        Assert.Equal((ReceiptStatus.Received, ReceiptReasons.DeliveredToPrint), receipts[emigrated.Value]);
        Assert.Equal((ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound), receipts[unknown.Value]);

        var status = await host.MassSends.GetAsync(authority, job.JobId);
        Assert.Equal((1L, 3L, 1L, 1L), (status!.Delivered, status.Printed, status.Refused, status.Invalid));
        var printed = await host.ScalarAsync<string[]>(
            "SELECT array_agg(mailbox_id ORDER BY mailbox_id) FROM mailbox_print_queue WHERE sender_id = $1", MailboxId.ForAuthority(authority).Value);
        Assert.Equal(new[] { exempt, child, emigrated }.Select(c => MailboxId.ForCitizen(c).Value).Order(StringComparer.Ordinal), printed);
        var address = await host.ScalarAsync<string>("SELECT address::text FROM mailbox_print_queue WHERE mailbox_id = $1", MailboxId.ForCitizen(child).Value);
        Assert.Contains("Vestergade 7", address, StringComparison.Ordinal);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1", MailboxId.ForCitizen(deceased).Value));
    }

    [Fact]
    public async Task An_exception_sender_reaches_an_exempt_person_digitally()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        // SU (Uddannelses- og Forskningsstyrelsen) is on the default global exception list.
        var su = AuthorityId.Parse("uddannelses-og-forskningsstyrelsen");
        var exempt = await host.PersonAsync();
        var exceptedOwn = await host.PersonAsync();
        await host.Citizen(exempt).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.PhysicalOrMentalDisability, true, false));
        await host.Citizen(exceptedOwn).RegisterExemptionAsync(s_municipality,
            new ExemptionRequest(ExemptionCriterion.PhysicalOrMentalDisability, true, false, ["aarhus-kommune-loen"]));
        var template = TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(exempt)));

        var fromSu = await host.SubmitAsync(su, template, [exempt.Value]);
        var payslip = await host.SubmitAsync(AuthorityId.Parse("aarhus-kommune-loen"), template, [exceptedOwn.Value]);
        await host.Processor.RunDueJobsAsync();

        Assert.Equal(1L, (await host.MassSends.GetAsync(su, fromSu.JobId))!.Delivered);
        Assert.Equal(1L, (await host.MassSends.GetAsync(AuthorityId.Parse("aarhus-kommune-loen"), payslip.JobId))!.Delivered);
    }

    [Fact]
    public async Task Public_post_needs_no_consent_and_a_business_recipient_receives_it()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var person = await host.PersonAsync();
        var company = TestPeople.Company();
        await host.ExecuteAsync(
            "INSERT INTO company (cvr, name, street, house_number, postcode, city, municipality_code) VALUES ($1, 'Test ApS', 'Havnegade', '1', '5000', 'Odense C', 461)",
            company.Value);

        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(person))), [person.Value, company.Value]);
        await host.Processor.RunDueJobsAsync();

        Assert.Equal(2L, (await host.MassSends.GetAsync(authority, job.JobId))!.Delivered);
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE mailbox_id = $1", MailboxId.ForBusiness(company).Value));
    }

    internal static async Task<Dictionary<string, (ReceiptStatus, string?)>> ReceiptsAsync(MassSendTestHost host, AuthorityId authority, Guid jobId)
    {
        var result = new Dictionary<string, (ReceiptStatus, string?)>(StringComparer.Ordinal);
        await foreach (var receipt in (await host.MassSends.ReadReceiptsAsync(authority, jobId))!)
        {
            Assert.True(result.TryAdd(receipt.Recipient, (receipt.Status, receipt.Reason)), $"two receipts for {receipt.Recipient}");
        }

        return result;
    }
}
