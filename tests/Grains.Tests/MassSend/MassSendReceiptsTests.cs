using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>Receipts of a job: counted by status and reason, paged in list order, streamed whole.</summary>
public sealed class MassSendReceiptsTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task Receipts_are_counted_by_status_and_reason_and_paged_without_gaps_or_repeats()
    {
        await using var host = await MassSendTestHost.StartAsync(database, batchSize: 4, slices: 3);
        var authority = TestPeople.Authority();
        var recipients = new List<string>();
        for (var i = 0; i < 9; i++)
        {
            recipients.Add((await host.PersonAsync(died: i % 3 == 0 ? new DateOnly(2025, 2, 2) : null)).Value);
        }

        recipients.Add(TestPeople.Adult().Value);
        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(Cpr.Parse(recipients[0])))), recipients);
        await host.Processor.RunDueJobsAsync();

        var counts = (await host.MassSends.CountReceiptsAsync(authority, job.JobId))!;
        Assert.Equal(
            [(ReceiptStatus.Received, (string?)null, 6L), (ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound, 1L), (ReceiptStatus.NotAllowed, ReceiptReasons.RecipientIsClosed, 3L)],
            counts.Select(c => (c.Status, c.Reason, c.Count)));

        var paged = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await host.MassSends.ListReceiptsAsync(authority, job.JobId, 3, after))!;
            paged.AddRange(page.Items.Select(r => r.Recipient));
            pages++;
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Cursors[^1];
        }

        var streamed = new List<string>();
        await foreach (var receipt in (await host.MassSends.ReadReceiptsAsync(authority, job.JobId))!)
        {
            streamed.Add(receipt.Recipient);
        }

        Assert.Equal(4, pages);
        Assert.Equal(streamed, paged);
        Assert.Equal(recipients.Order(StringComparer.Ordinal), paged.Order(StringComparer.Ordinal));
        Assert.Null(await host.MassSends.ListReceiptsAsync(TestPeople.Authority(), job.JobId, 3, null));
    }
}
