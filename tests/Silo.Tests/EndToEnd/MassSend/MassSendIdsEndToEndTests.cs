using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DigitalPost.Silo.Tests.EndToEnd.Administration;
using DigitalPost.Silo.Tests.EndToEnd.Settings;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.MassSend;

/// <summary>
/// One job, two spellings: the bulk API's job UUID (<c>/api/mass-sends/{jobId}</c>, <c>MassSendJob.jobId</c>) and the GraphQL
/// global id (<c>MassSendJob.id</c>) that <c>massSendJob</c>, <c>node</c> and <c>massSendProgress</c> take.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class MassSendIdsEndToEndTests(EndToEndFixture fixture)
{
    private const string Platform = "borger.dk";

    [Fact]
    public async Task A_job_submitted_over_the_bulk_api_is_found_by_its_global_id_in_every_graphql_field()
    {
        var authority = fixture.World.Authority;
        var token = await fixture.DevTokenAsync(authority.Subject, Platform);
        var jobId = await SubmitScheduledAsync(token);
        var globalId = GlobalIds.Encode("MassSendJob", jobId.ToString("D"));

        var listed = await fixture.PostAsAsync(authority.Subject, Platform, "{ massSendJobs(first: 100) { edges { node { id jobId } } } }");
        var job = await fixture.PostAsAsync(authority.Subject, Platform, "query($id: ID!) { massSendJob(id: $id) { id jobId status receiptsCsvUrl } }", new { id = globalId });
        var node = await fixture.PostAsAsync(authority.Subject, Platform, "query($id: ID!) { node(id: $id) { __typename id ... on MassSendJob { jobId } } }", new { id = globalId });
        var byUuid = await fixture.PostAsAsync(authority.Subject, Platform, "query($id: ID!) { massSendJob(id: $id) { id } }", new { id = jobId.ToString("D") });

        var edge = listed.RequireData()["massSendJobs"]!["edges"]!.AsArray().Single(e => e!["node"]!["jobId"]!.GetValue<string>() == jobId.ToString("D"))!;
        Assert.Equal(globalId, edge["node"]!["id"]!.GetValue<string>());
        var found = job.RequireData()["massSendJob"]!;
        Assert.Equal(globalId, found["id"]!.GetValue<string>());
        Assert.Equal("SCHEDULED", found["status"]!.GetValue<string>());
        Assert.Equal("MassSendJob", node.RequireData()["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal(jobId.ToString("D"), node.RequireData()["node"]!["jobId"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", byUuid.RequireSingleErrorCode());

        // The bulk API keeps the UUID: the CSV link GraphQL gives works, and the global id is no URL of this API.
        using var csv = await GetAsync(token, found["receiptsCsvUrl"]!.GetValue<string>());
        using var status = await GetAsync(token, $"/api/mass-sends/{jobId:D}");
        using var statusByGlobalId = await GetAsync(token, $"/api/mass-sends/{globalId}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, statusByGlobalId.StatusCode);
    }

    [Fact]
    public async Task The_progress_subscription_takes_the_global_id_and_starts_with_the_current_state()
    {
        var authority = fixture.World.Authority;
        var jobId = await SubmitScheduledAsync(await fixture.DevTokenAsync(authority.Subject, Platform));
        var globalId = GlobalIds.Encode("MassSendJob", jobId.ToString("D"));
        await using var socket = await fixture.ConnectWebSocketAsAsync(authority.Subject, Platform);

        var subscription = await socket.SubscribeAsync("subscription($id: ID!) { massSendProgress(jobId: $id) { job { id jobId status } } }", new { id = globalId });
        var first = await subscription.ReceiveAsync(TimeSpan.FromSeconds(10));
        var byUuid = await (await socket.SubscribeAsync("subscription($id: ID!) { massSendProgress(jobId: $id) { job { status } } }", new { id = jobId.ToString("D") })).WaitForEndAsync();

        Assert.Equal("next", first.Type);
        var job = first.Payload!["data"]!["massSendProgress"]!["job"]!;
        Assert.Equal(globalId, job["id"]!.GetValue<string>());
        Assert.Equal("SCHEDULED", job["status"]!.GetValue<string>());
        Assert.Equal("error", byUuid.Type);
        Assert.Equal("NOT_FOUND", (byUuid.Payload as JsonArray)?[0]?["extensions"]?["code"]?.GetValue<string>());
    }

    /// <summary>A one-recipient job for a later date (it delivers nothing during the run), through the bulk API; its job UUID.</summary>
    private async Task<Guid> SubmitScheduledAsync(string token)
    {
        var recipient = await fixture.CreateCitizenAsync("Masse", "Modtager");
        var later = fixture.Time.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var template = MeMoSamples.FullExampleFor(recipient.Cpr.Value, fixture.World.Authority.Cvr.Value, Guid.NewGuid(), later);
        using var content = new MultipartFormDataContent();
        using var templatePart = new StringContent(template, Encoding.UTF8, "application/xml");
        using var recipientsPart = new StringContent(recipient.Cpr.Value + "\n", Encoding.UTF8, "text/csv");
        content.Add(templatePart, "template", "template.xml");
        content.Add(recipientsPart, "recipients", "recipients.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mass-sends") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", "ids-" + Guid.NewGuid().ToString("N"));
        using var response = await fixture.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, text);
        return Guid.Parse(JsonNode.Parse(text)!["jobId"]!.GetValue<string>());
    }

    private async Task<HttpResponseMessage> GetAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await fixture.Http.SendAsync(request);
    }
}
