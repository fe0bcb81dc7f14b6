using System.Net;
using System.Text;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.Tests.MassSend;

/// <summary>The GraphQL side of mass sends in the composed gateway: the bulk API and the job fields of the owning authority.</summary>
public sealed class MassSendGraphQLTests
{
    private const string JobQuery = "query($id: ID!) { massSendJob(id: $id) { jobId } }";
    private const string NodeQuery = "query($id: ID!) { node(id: $id) { id ... on MassSendJob { jobId } } }";

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
            "massSendJobs(first: 5) { edges { node { id jobId } } pageInfo { hasNextPage } } }",
            token, new { id = GlobalId.MassSendJob(job.JobId) });

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var data = result.GetProperty("data").GetProperty("massSendJob");
        Assert.Equal(GlobalId.MassSendJob(job.JobId), data.GetProperty("id").GetString());
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
        var listed = result.GetProperty("data").GetProperty("massSendJobs").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(GlobalId.MassSendJob(job.JobId), listed.GetProperty("id").GetString());
        Assert.Equal(job.JobId.ToString(), listed.GetProperty("jobId").GetString());
    }

    [Fact]
    public async Task The_global_id_resolves_through_node_for_the_owning_authority()
    {
        await using var host = await MassSendGatewayHost.StartAsync();
        var token = await host.DevTokenAsync("authority:skattestyrelsen");
        var job = await SubmitAsync(host, "skattestyrelsen");

        var node = await host.PostAsync(NodeQuery, token, new { id = GlobalId.MassSendJob(job) });
        var nodes = await host.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", token, new { ids = new[] { GlobalId.MassSendJob(job), GlobalId.MassSendJob(Guid.NewGuid()) } });

        Assert.False(node.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(GlobalId.MassSendJob(job), node.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(job.ToString("D"), node.GetProperty("data").GetProperty("node").GetProperty("jobId").GetString());
        var listed = nodes.GetProperty("data").GetProperty("nodes");
        Assert.Equal("MassSendJob", listed[0].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, listed[1].ValueKind);
    }

    [Fact]
    public async Task Another_authoritys_job_gives_the_same_response_as_an_unknown_id_in_massSendJob_and_node()
    {
        await using var host = await MassSendGatewayHost.StartAsync();
        var job = await SubmitAsync(host, "skattestyrelsen");
        var other = await host.DevTokenAsync("authority:odense-kommune");

        foreach (var query in new[] { JobQuery, NodeQuery })
        {
            var hidden = await host.PostRawAsync(query, other, new { id = GlobalId.MassSendJob(job) });
            var unknown = await host.PostRawAsync(query, other, new { id = GlobalId.MassSendJob(Guid.NewGuid()) });

            Assert.Equal(unknown, hidden);
            Assert.Contains("\"NOT_FOUND\"", hidden.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_raw_uuid_or_an_id_of_another_type_is_not_found_even_for_the_owner()
    {
        await using var host = await MassSendGatewayHost.StartAsync();
        var token = await host.DevTokenAsync("authority:skattestyrelsen");
        var job = await SubmitAsync(host, "skattestyrelsen");

        var raw = await host.PostRawAsync(JobQuery, token, new { id = job.ToString("D") });
        var upload = await host.PostRawAsync(JobQuery, token, new { id = GlobalId.Upload(job) });
        var unknown = await host.PostRawAsync(JobQuery, token, new { id = GlobalId.MassSendJob(Guid.NewGuid()) });

        Assert.Equal(unknown, raw);
        Assert.Equal(unknown, upload);
        Assert.Contains("\"NOT_FOUND\"", unknown.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cpr:0101901234")]
    [InlineData("authority:digitaliseringsstyrelsen")]
    [InlineData("staff:751")]
    public async Task Callers_that_are_not_authorities_are_forbidden_and_node_finds_nothing(string subject)
    {
        await using var host = await MassSendGatewayHost.StartAsync();
        // The agency's own job, had one been committed for it, stays out of reach too.
        var job = await SubmitAsync(host, subject.StartsWith("authority:", StringComparison.Ordinal) ? subject["authority:".Length..] : "skattestyrelsen");
        var token = await host.DevTokenAsync(subject);

        var forbidden = await host.PostAsync(JobQuery, token, new { id = GlobalId.MassSendJob(job) });
        var list = await host.PostAsync("{ massSendJobs(first: 1) { pageInfo { hasNextPage } } }", token);
        var node = await host.PostRawAsync(NodeQuery, token, new { id = GlobalId.MassSendJob(job) });
        var unknownNode = await host.PostRawAsync(NodeQuery, token, new { id = GlobalId.MassSendJob(Guid.NewGuid()) });

        Assert.Equal("FORBIDDEN", Code(forbidden));
        Assert.Equal("FORBIDDEN", Code(list));
        Assert.Equal(unknownNode, node);
        Assert.Contains("\"NOT_FOUND\"", node.Body, StringComparison.Ordinal);
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

    private static async Task<Guid> SubmitAsync(MassSendGatewayHost host, string authority) =>
        (await host.Service.SubmitAsync(new MassSendSubmission(AuthorityId.Parse(authority), "k-" + authority, MassSendKind.Template, Encoding.UTF8.GetBytes("<x/>")), Lines("0101901234"))).JobId;

    private static string? Code(JsonElement response) =>
        response.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    private static async IAsyncEnumerable<MassSendLine> Lines(params string[] recipients)
    {
        for (var i = 0; i < recipients.Length; i++)
        {
            await Task.Yield();
            yield return new MassSendLine(i + 1, recipients[i], ReadOnlyMemory<byte>.Empty);
        }
    }
}
