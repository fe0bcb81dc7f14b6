using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Grains.Tests.MassSend.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>The upload stores each slice's recipient rows together, so a slice's batches read them page by page.</summary>
public sealed class MassSendRecipientCopyTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task A_slices_rows_lie_on_consecutive_pages_not_one_page_per_recipient()
    {
        await using var host = await MassSendTestHost.StartAsync(database, slices: 4);
        var authority = TestPeople.Authority();
        var recipients = Enumerable.Range(0, 2_000).Select(_ => TestPeople.Adult().Value).ToList();
        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(TestPeople.Adult()))), recipients);

        var perPage = await host.ScalarAsync<long>(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM mass_send_recipients WHERE job_id = $1 GROUP BY (ctid::text::point)[0]) p", job.JobId);
        var slices = await host.RowsAsync(
            "SELECT concat_ws(',', count(*), count(DISTINCT (ctid::text::point)[0])) FROM mass_send_recipients WHERE job_id = $1 GROUP BY slice", job.JobId);
        Assert.Equal(4, slices.Count);
        foreach (var slice in slices)
        {
            var (rows, pages) = (long.Parse(slice.Split(',')[0]), long.Parse(slice.Split(',')[1]));
            // Whole pages of the slice plus at most a shared page at each end; spread in arrival order, a slice
            // of ~500 rows would touch nearly every one of the job's ~20 pages.
            Assert.True(pages <= (rows / perPage) + 2, $"{rows} rows on {pages} pages ({perPage} rows per page)");
        }

        Assert.Equal(2_000L, await host.ScalarAsync<long>("SELECT count(*) FROM mass_send_recipients WHERE job_id = $1", job.JobId));
    }
}
