using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalPost.GraphQLGateway.ResponseCache;
using DigitalPost.Silo.Tests.EndToEnd.Administration;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Silo.Tests.EndToEnd.ResponseCache;

/// <summary>
/// A mass send writes past the mailbox grains (bulk insert per batch); the batch's recipient's cached inbox must not
/// outlive it: the next read after the job completed executes again and shows the letter.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ResponseCacheMassSendEndToEndTests(EndToEndFixture fixture)
{
    private const string Inbox = "query Inbox { viewer { mailbox { unreadCount messages(first: 20) { nodes { id label unread } } } } }";

    private ResponseCacheMetrics Counters => fixture.Services.GetRequiredService<GatewayResponseCache>().Metrics;

    [Fact]
    public async Task A_mass_send_batch_to_the_citizen_makes_the_next_read_fresh()
    {
        var citizen = await fixture.CreateCitizenAsync("Mette", "Masse");
        var token = await fixture.DevTokenAsync(citizen.Subject, "borger.dk");
        await ReadAsync(token);
        var before = await ReadAsync(token);
        Assert.Equal(0, before["data"]!["viewer"]!["mailbox"]!["unreadCount"]!.GetValue<int>());
        var hits = Counters.Hits;
        Assert.Equal(0, (await ReadAsync(token))["data"]!["viewer"]!["mailbox"]!["unreadCount"]!.GetValue<int>());
        Assert.Equal(hits + 1, Counters.Hits);

        var authority = fixture.World.Authority;
        var authorityToken = await fixture.DevTokenAsync(authority.Subject, "borger.dk");
        var jobId = await SubmitForTodayAsync(authorityToken, citizen.Cpr.Value);
        await WaitUntilCompletedAsync(authority.Subject, jobId);
        hits = Counters.Hits;
        var after = await ReadAsync(token);

        Assert.Equal(hits, Counters.Hits);
        Assert.Equal(1, after["data"]!["viewer"]!["mailbox"]!["unreadCount"]!.GetValue<int>());
        Assert.Single(after["data"]!["viewer"]!["mailbox"]!["messages"]!["nodes"]!.AsArray());
    }

    private async Task<Guid> SubmitForTodayAsync(string token, string cpr)
    {
        var today = fixture.Time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var template = MeMoSamples.FullExampleFor(cpr, fixture.World.Authority.Cvr.Value, Guid.NewGuid(), today);
        using var content = new MultipartFormDataContent();
        using var templatePart = new StringContent(template, Encoding.UTF8, "application/xml");
        using var recipientsPart = new StringContent(cpr + "\n", Encoding.UTF8, "text/csv");
        content.Add(templatePart, "template", "template.xml");
        content.Add(recipientsPart, "recipients", "recipients.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mass-sends") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", "cache-" + Guid.NewGuid().ToString("N"));
        using var response = await fixture.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, text);
        return Guid.Parse(JsonNode.Parse(text)!["jobId"]!.GetValue<string>());
    }

    /// <summary>The progress subscription starts with the current state and reports every change: the signal, no polling.</summary>
    private async Task WaitUntilCompletedAsync(string authoritySubject, Guid jobId)
    {
        await using var socket = await fixture.ConnectWebSocketAsAsync(authoritySubject, "borger.dk");
        var subscription = await socket.SubscribeAsync(
            "subscription($id: ID!) { massSendProgress(jobId: $id) { job { status } } }",
            new { id = Settings.GlobalIds.Encode("MassSendJob", jobId.ToString("D")) });
        while (true)
        {
            var next = await subscription.NextAsync(TimeSpan.FromSeconds(30));
            if (next["data"]!["massSendProgress"]!["job"]!["status"]!.GetValue<string>() == "COMPLETED")
            {
                return;
            }
        }
    }

    private async Task<JsonNode> ReadAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, fixture.GraphQLEndpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Inbox }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await fixture.Http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsByteArrayAsync())!;
    }
}
