using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.ResponseCache;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Silo.Tests.EndToEnd.ResponseCache;

/// <summary>
/// The gateway's response cache on the real silo over real HTTP: a citizen's repeated inbox read is answered from the
/// cache byte for byte (the first sighting marks the request, the second stores it, the third is a hit — proved by the
/// cache's counters), and every change to the mailbox makes the next read execute again.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ResponseCacheEndToEndTests(EndToEndFixture fixture)
{
    private const string Inbox = """
        query LoadTestInbox {
          viewer {
            mailbox {
              id
              unreadCount
              messages(first: 20) {
                nodes { id label unread receivedAt legalNotification fileCount sender { id label kind } }
                pageInfo { hasNextPage endCursor }
              }
            }
          }
        }
        """;

    private ResponseCacheMetrics Counters => fixture.Services.GetRequiredService<GatewayResponseCache>().Metrics;

    [Fact]
    public async Task A_repeated_inbox_read_is_a_hit_with_the_same_status_headers_and_bytes()
    {
        var citizen = await fixture.CreateCitizenAsync("Cecilie", "Cache");
        await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Første brev"));
        await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Andet brev"));
        var token = await fixture.DevTokenAsync(citizen.Subject, "borger.dk");
        var hits = Counters.Hits;

        var executed = await ReadAsync(token, Inbox);
        var stored = await ReadAsync(token, Inbox);
        var cached = await ReadAsync(token, Inbox);

        Assert.Equal(hits + 1, Counters.Hits);
        Assert.Equal(200, executed.Status);
        Assert.Equal(2, Messages(executed).Count);
        foreach (var answer in new[] { stored, cached })
        {
            Assert.Equal(executed.Status, answer.Status);
            Assert.Equal(executed.Headers, answer.Headers);
            Assert.Equal(executed.Body, answer.Body);
        }

        Assert.Equal(cached.Body.Length, cached.ContentLength);
    }

    [Fact]
    public async Task A_mark_read_on_another_platform_makes_the_next_read_fresh()
    {
        var citizen = await fixture.CreateCitizenAsync("Mikkel", "Markeret");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Læs på app"));
        var token = await fixture.DevTokenAsync(citizen.Subject, "borger.dk");
        await WarmAsync(token);

        var read = await fixture.PostAsAsync(citizen.Subject, "app", "mutation($input: MarkMessageReadInput!) { markMessageRead(input: $input) { message { unread } } }",
            new JsonObject { ["input"] = new JsonObject { ["messageId"] = GlobalId.Message(citizen.Mailbox, letter.MessageUuid) } });
        read.RequireData();
        var hits = Counters.Hits;
        var after = await ReadAsync(token, Inbox);

        Assert.Equal(hits, Counters.Hits);
        Assert.False(Assert.Single(Messages(after))!["unread"]!.GetValue<bool>());
        Assert.Equal(0, UnreadCount(after));
    }

    [Fact]
    public async Task A_new_delivery_makes_the_next_read_fresh()
    {
        var citizen = await fixture.CreateCitizenAsync("Nina", "Ny");
        await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Det første"));
        var token = await fixture.DevTokenAsync(citizen.Subject, "borger.dk");
        await WarmAsync(token);

        await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Det nye"));
        var hits = Counters.Hits;
        var after = await ReadAsync(token, Inbox);

        Assert.Equal(hits, Counters.Hits);
        Assert.Equal(2, Messages(after).Count);
        Assert.Equal(2, UnreadCount(after));
    }

    [Fact]
    public async Task A_move_and_a_delete_each_make_the_next_read_fresh()
    {
        var citizen = await fixture.CreateCitizenAsync("Morten", "Flytter");
        var toMove = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Flyt mig"));
        var toDelete = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Slet mig"));
        var token = await fixture.DevTokenAsync(citizen.Subject, "borger.dk");
        await WarmAsync(token);

        var moved = await fixture.PostAsAsync(citizen.Subject, "borger.dk", "mutation($input: MoveMessageInput!) { moveMessage(input: $input) { message { id } } }",
            new JsonObject { ["input"] = new JsonObject { ["messageId"] = GlobalId.Message(citizen.Mailbox, toMove.MessageUuid), ["folderId"] = GlobalId.Folder(citizen.Mailbox, "archive") } });
        moved.RequireData();
        var hits = Counters.Hits;
        var afterMove = await ReadAsync(token, Inbox);
        Assert.Equal(hits, Counters.Hits);
        Assert.Equal("Slet mig", Assert.Single(Messages(afterMove))!["label"]!.GetValue<string>());

        await WarmAsync(token);
        var deleted = await fixture.PostAsAsync(citizen.Subject, "borger.dk", "mutation($input: DeleteMessageInput!) { deleteMessage(input: $input) { message { id } } }",
            new JsonObject { ["input"] = new JsonObject { ["messageId"] = GlobalId.Message(citizen.Mailbox, toDelete.MessageUuid) } });
        deleted.RequireData();
        hits = Counters.Hits;
        var afterDelete = await ReadAsync(token, Inbox);

        Assert.Equal(hits, Counters.Hits);
        Assert.Empty(Messages(afterDelete));
    }

    [Fact]
    public async Task Private_post_of_one_platform_never_appears_in_another_platforms_cached_answer()
    {
        var world = fixture.World;
        var onPrivate = await fixture.DevTokenAsync(world.Owner.Subject, world.PrivatePostPlatformName);
        var onBorger = await fixture.DevTokenAsync(world.Owner.Subject, "borger.dk");
        await WarmAsync(onPrivate);
        await WarmAsync(onBorger);
        var hits = Counters.Hits;

        var privateAnswer = await ReadAsync(onPrivate, Inbox);
        var borgerAnswer = await ReadAsync(onBorger, Inbox);

        Assert.Equal(hits + 2, Counters.Hits);
        Assert.Contains(Messages(privateAnswer), m => m!["label"]!.GetValue<string>() == world.OwnerPrivatePost.Label);
        Assert.DoesNotContain(Messages(borgerAnswer), m => m!["label"]!.GetValue<string>() == world.OwnerPrivatePost.Label);
    }

    [Fact]
    public async Task Another_citizen_sending_the_same_body_never_gets_someone_elses_entry()
    {
        var world = fixture.World;
        var owner = await fixture.DevTokenAsync(world.Owner.Subject, "borger.dk");
        var stranger = await fixture.DevTokenAsync(world.Stranger.Subject, "borger.dk");
        await WarmAsync(owner);
        var hits = Counters.Hits;

        var strangers = await ReadAsync(stranger, Inbox);

        Assert.Equal(hits, Counters.Hits);
        Assert.Equal(GlobalId.Mailbox(world.Stranger.Mailbox), strangers.Json["data"]!["viewer"]!["mailbox"]!["id"]!.GetValue<string>());
        Assert.DoesNotContain(Messages(strangers), m => m!["label"]!.GetValue<string>() == world.OwnerNormal.Label);
    }

    [Fact]
    public async Task A_refused_token_gets_401_although_an_entry_for_its_request_is_cached()
    {
        var token = await fixture.DevTokenAsync(fixture.World.Owner.Subject, "borger.dk");
        await WarmAsync(token);
        var hits = Counters.Hits;

        var forged = await ReadAsync(token[..^6] + "AAAAAA", Inbox);

        Assert.Equal(401, forged.Status);
        Assert.Equal(hits, Counters.Hits);
    }

    [Fact]
    public async Task An_operation_with_a_download_url_is_never_cached()
    {
        var citizen = await fixture.CreateCitizenAsync("Dorte", "Download");
        await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Med fil"));
        var token = await fixture.DevTokenAsync(citizen.Subject, "borger.dk");
        const string withLinks = "{ viewer { mailbox { messages(first: 5) { nodes { id content { mainDocument { files { filename downloadUrl } } } } } } } }";
        var (hits, stored) = (Counters.Hits, Counters.Stored);

        for (var i = 0; i < 3; i++)
        {
            (await ReadAsync(token, withLinks)).Json["data"]!["viewer"]!["mailbox"]!.AsObject();
        }

        Assert.Equal(hits, Counters.Hits);
        Assert.Equal(stored, Counters.Stored);
    }

    [Fact]
    public async Task A_result_with_an_error_is_never_cached()
    {
        var token = await fixture.DevTokenAsync(fixture.World.Owner.Subject, "borger.dk");
        const string unknownFolder = "{ viewer { mailbox { id folder(id: \"Rm9sZGVyOm5vcGU\") { name } } } }";
        var (hits, stored) = (Counters.Hits, Counters.Stored);

        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull((await ReadAsync(token, unknownFolder)).Json["errors"]);
        }

        Assert.Equal(hits, Counters.Hits);
        Assert.Equal(stored, Counters.Stored);
    }

    /// <summary>The first two reads of a request: the first marks it, the second stores its response.</summary>
    private async Task WarmAsync(string token)
    {
        await ReadAsync(token, Inbox);
        await ReadAsync(token, Inbox);
    }

    private async Task<Answer> ReadAsync(string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, fixture.GraphQLEndpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await fixture.Http.SendAsync(request);
        // Framing is not content: an executed answer is chunked, a hit says its Content-Length (checked in the hit test).
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not ("Date" or "Server" or "Transfer-Encoding" or "Content-Length"))
            .Select(h => h.Key + ": " + string.Join(",", h.Value))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Answer((int)response.StatusCode, headers, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentLength);
    }

    private static JsonArray Messages(Answer answer) => answer.Json["data"]!["viewer"]!["mailbox"]!["messages"]!["nodes"]!.AsArray();

    private static int UnreadCount(Answer answer) => answer.Json["data"]!["viewer"]!["mailbox"]!["unreadCount"]!.GetValue<int>();

    private sealed record Answer(int Status, IReadOnlyList<string> Headers, byte[] Body, long? ContentLength)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;
    }
}
