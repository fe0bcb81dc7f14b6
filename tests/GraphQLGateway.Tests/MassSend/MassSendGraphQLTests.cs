using System.Net;
using System.Text;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.GraphQLGateway.Tests.MassSend;

/// <summary>The GraphQL side of mass sends in the composed gateway: the bulk API and the job fields of the owning authority.</summary>
public sealed class MassSendGraphQLTests
{
    [Fact]
    public async Task An_authority_reads_its_job_receipt_counts_and_pages_of_receipts()
    {
        await using var host = await MassSendGatewayHost.StartAsync();
        var token = await host.DevTokenAsync("authority:skattestyrelsen");
        var job = await host.Service.SubmitAsync(new MassSendSubmission(AuthorityId.Parse("skattestyrelsen"), "k", MassSendKind.Template, Encoding.UTF8.GetBytes("<x/>")),
            Lines("0101901234", "0202851234", "0303751234"));
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        host.Service.Receipts.AddRange(
        [
            new MassSendReceipt("0101901234", Guid.NewGuid(), ReceiptStatus.Received, null, null, at),
            new MassSendReceipt("0202851234", Guid.NewGuid(), ReceiptStatus.Received, ReceiptReasons.DeliveredToPrint, "exempt", at),
            new MassSendReceipt("0303751234", Guid.NewGuid(), ReceiptStatus.NotAllowed, ReceiptReasons.RecipientIsClosed, "deceased", at),
        ]);

        var result = await host.PostAsync(
            "query($id: ID!) { massSendJob(id: $id) { id jobId kind status recipients processed receiptsCsvUrl " +
            "receiptCounts { status reason count } receipts(first: 2) { edges { cursor node { recipient status reason } } pageInfo { hasNextPage endCursor } } } " +
            "massSendJobs(first: 5) { edges { node { jobId } } pageInfo { hasNextPage } } }",
            token, new { id = job.JobId.ToString() });

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var data = result.GetProperty("data").GetProperty("massSendJob");
        Assert.Equal(job.JobId.ToString(), data.GetProperty("jobId").GetString());
        Assert.Equal("TEMPLATE", data.GetProperty("kind").GetString());
        Assert.Equal("QUEUED", data.GetProperty("status").GetString());
        Assert.Equal(3, data.GetProperty("recipients").GetInt64());
        Assert.Equal($"/api/mass-sends/{job.JobId}/receipts.csv", data.GetProperty("receiptsCsvUrl").GetString());
        Assert.Equal(3, data.GetProperty("receiptCounts").GetArrayLength());
        var receipts = data.GetProperty("receipts");
        Assert.Equal(["0101901234", "0202851234"], receipts.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("recipient").GetString()));
        Assert.Equal("RECEIVED", receipts.GetProperty("edges")[1].GetProperty("node").GetProperty("status").GetString());
        Assert.True(receipts.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(job.JobId.ToString(), result.GetProperty("data").GetProperty("massSendJobs").GetProperty("edges")[0].GetProperty("node").GetProperty("jobId").GetString());
    }

    [Fact]
    public async Task Another_authority_sees_nothing_and_a_citizen_is_forbidden()
    {
        await using var host = await MassSendGatewayHost.StartAsync();
        var job = await host.Service.SubmitAsync(new MassSendSubmission(AuthorityId.Parse("skattestyrelsen"), "k", MassSendKind.Template, Encoding.UTF8.GetBytes("<x/>")), Lines("0101901234"));
        var other = await host.DevTokenAsync("authority:odense-kommune");
        var citizen = await host.DevTokenAsync("cpr:0101901234");

        var hidden = await host.PostAsync("query($id: ID!) { massSendJob(id: $id) { jobId } }", other, new { id = job.JobId.ToString() });
        var forbidden = await host.PostAsync("query($id: ID!) { massSendJob(id: $id) { jobId } }", citizen, new { id = job.JobId.ToString() });

        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("data").GetProperty("massSendJob").ValueKind);
        Assert.Equal("FORBIDDEN", forbidden.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_bulk_api_is_mapped_in_the_composed_gateway()
    {
        await using var host = await MassSendGatewayHost.StartAsync();
        var token = await host.DevTokenAsync("authority:skattestyrelsen");
        using var content = MassSendApiServer.Multipart(("template", "application/xml", "<x/>"), ("recipients", "text/csv", "0101901234\n12345678"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/mass-sends") { Content = content };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("Idempotency-Key", "composed");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, Assert.Single(host.Service.Submitted).Value.Lines.Count);
    }

    private static async IAsyncEnumerable<MassSendLine> Lines(params string[] recipients)
    {
        for (var i = 0; i < recipients.Length; i++)
        {
            await Task.Yield();
            yield return new MassSendLine(i + 1, recipients[i], ReadOnlyMemory<byte>.Empty);
        }
    }
}
