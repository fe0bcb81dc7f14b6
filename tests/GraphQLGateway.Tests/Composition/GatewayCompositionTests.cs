using System.Net;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Hosting;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;
using AuthorityRecord = DigitalPost.Grains.Interfaces.AuthorityDirectory.Authority;

namespace DigitalPost.GraphQLGateway.Tests.Composition;

public sealed class GatewayCompositionTests
{
    private const string Cpr = "0101901234";
    private const string DelegatorCpr = "0202801234";
    private static readonly MailboxId Own = MailboxId.Parse("cpr:" + Cpr);
    private static readonly MailboxId Delegated = MailboxId.Parse("cpr:" + DelegatorCpr);
    private static readonly Guid GrantId = Guid.Parse("6f1c2d9e-4b7a-4c3e-9d21-0a5b8e7f3c11");

    [Fact]
    public async Task A_dev_token_signs_in_and_the_viewer_answers()
    {
        await using var host = await GatewayHost.StartAsync("Development");
        var token = await host.DevTokenAsync("cpr:" + Cpr, "mit.dk");

        var result = await host.PostAsync("{ viewer { kind platform displayId mailbox { id address displayAddress kind } } }", token);

        var viewer = result.GetProperty("data").GetProperty("viewer");
        Assert.Equal("CITIZEN", viewer.GetProperty("kind").GetString());
        Assert.Equal("MIT_DK", viewer.GetProperty("platform").GetString());
        Assert.Equal("cpr:010190-****", viewer.GetProperty("displayId").GetString());
        Assert.Equal(GlobalId.Mailbox(Own), viewer.GetProperty("mailbox").GetProperty("id").GetString());
        Assert.Equal("cpr:0101901234", viewer.GetProperty("mailbox").GetProperty("address").GetString());
        Assert.Equal("cpr:010190-****", viewer.GetProperty("mailbox").GetProperty("displayAddress").GetString());
        Assert.Equal("CITIZEN", viewer.GetProperty("mailbox").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Openable_mailboxes_and_received_grants_come_from_the_grains()
    {
        await using var host = await GatewayHost.StartAsync("Development");
        var expires = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        host.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult<IReadOnlyList<OpenableMailbox>>(
        [
            new(Own, null, AccessLevel.Owner, null),
            new(Delegated, GrantKind.Delegate, AccessLevel.ReadWrite, expires, GrantId, Notify: true),
        ]));
        var token = await host.DevTokenAsync("cpr:" + Cpr);

        var result = await host.PostAsync(
            "{ viewer { openableMailboxes { own access grantKind expiresAt mailbox { address } } grantsReceived { level kind expiresAt notify grantId mailbox { id } } } }", token);

        var viewer = result.GetProperty("data").GetProperty("viewer");
        var openable = viewer.GetProperty("openableMailboxes");
        Assert.Equal(2, openable.GetArrayLength());
        Assert.True(openable[0].GetProperty("own").GetBoolean());
        Assert.Equal("OWNER", openable[0].GetProperty("access").GetString());
        Assert.Equal(JsonValueKind.Null, openable[0].GetProperty("grantKind").ValueKind);
        Assert.False(openable[1].GetProperty("own").GetBoolean());
        Assert.Equal("READ_WRITE", openable[1].GetProperty("access").GetString());
        Assert.Equal("DELEGATE", openable[1].GetProperty("grantKind").GetString());
        Assert.Equal(expires, openable[1].GetProperty("expiresAt").GetDateTimeOffset());
        var received = Assert.Single(viewer.GetProperty("grantsReceived").EnumerateArray());
        Assert.Equal(GlobalId.Mailbox(Delegated), received.GetProperty("mailbox").GetProperty("id").GetString());
        Assert.Equal("READ_WRITE", received.GetProperty("level").GetString());
        Assert.True(received.GetProperty("notify").GetBoolean());
        Assert.Equal(GlobalId.Grant(Delegated, GrantId), received.GetProperty("grantId").GetString());
        Assert.Single(host.Grains.Calls);
    }

    [Fact]
    public async Task A_mailbox_shows_its_profile_and_counters_only_to_the_owner()
    {
        await using var host = await GatewayHost.StartAsync("Development");
        host.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult<IReadOnlyList<OpenableMailbox>>(
        [
            new(Own, null, AccessLevel.Owner, null),
            new(Delegated, GrantKind.Delegate, AccessLevel.Read, null),
        ]));
        host.Grains.Handle(Own.Value, nameof(IMailboxGrain.GetProfileAsync), _ => Task.FromResult(Profile(Own, 3)));
        host.Grains.Handle(Delegated.Value, nameof(IMailboxGrain.GetProfileAsync), _ => Task.FromResult(Profile(Delegated, 5)));
        var token = await host.DevTokenAsync("cpr:" + Cpr);
        const string Query = "query($id: ID!) { mailbox(id: $id) { access status unreadCount folders { folderId name system id } counters { delivered printed held refused } } }";

        var own = (await host.PostAsync(Query, token, new { id = GlobalId.Mailbox(Own) })).GetProperty("data").GetProperty("mailbox");
        var delegatedResponse = await host.PostAsync(Query, token, new { id = GlobalId.Mailbox(Delegated) });
        var delegated = delegatedResponse.GetProperty("data").GetProperty("mailbox");

        Assert.Equal("OWNER", own.GetProperty("access").GetString());
        Assert.Equal("EXEMPT", own.GetProperty("status").GetString());
        Assert.Equal(3, own.GetProperty("unreadCount").GetInt32());
        Assert.Equal(["inbox", "sent", "deleted", "archive", "f1"], own.GetProperty("folders").EnumerateArray().Select(f => f.GetProperty("folderId").GetString()));
        Assert.Equal(GlobalId.Folder(Own, "f1"), own.GetProperty("folders")[4].GetProperty("id").GetString());
        Assert.Equal(7, own.GetProperty("counters").GetProperty("delivered").GetInt32());
        Assert.Equal("READ", delegated.GetProperty("access").GetString());
        Assert.Equal(5, delegated.GetProperty("unreadCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, delegated.GetProperty("counters").ValueKind);
        var error = Assert.Single(delegatedResponse.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("counters", error.GetProperty("path")[1].GetString());
    }

    [Fact]
    public async Task Someone_elses_mailbox_and_a_made_up_id_give_the_same_error()
    {
        await using var host = await GatewayHost.StartAsync("Development");
        host.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult<IReadOnlyList<OpenableMailbox>>([new(Own, null, AccessLevel.Owner, null)]));
        var token = await host.DevTokenAsync("cpr:" + Cpr);

        var other = await host.PostAsync("query($id: ID!) { mailbox(id: $id) { address } node(id: $id) { id } }", token, new { id = GlobalId.Mailbox(Delegated) });
        var made = await host.PostAsync("query($id: ID!) { mailbox(id: $id) { address } node(id: $id) { id } }", token, new { id = "bWFkZS11cA" });

        Assert.Equal(other.GetProperty("errors").ToString(), made.GetProperty("errors").ToString());
        Assert.All(other.GetProperty("errors").EnumerateArray(), e => Assert.Equal(GatewayErrorCodes.NotFound, e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.DoesNotContain(host.Grains.Calls, call => call.Contains(DelegatorCpr, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Node_and_nodes_dispatch_by_the_type_in_the_id()
    {
        var aalborg = new AuthorityRecord(AuthorityId.Parse("aalborg-kommune"), "Aalborg Kommune", AuthorityKind.Municipality, Cvr.Parse("10008510"), 851, 1081, []);
        await using var host = await GatewayHost.StartAsync("Development", authorities: [aalborg]);
        host.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult<IReadOnlyList<OpenableMailbox>>([new(Own, null, AccessLevel.Owner, null)]));
        var token = await host.DevTokenAsync("cpr:" + Cpr);

        var result = await host.PostAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Authority { name municipalityCode } ... on Mailbox { address } } }",
            token,
            new { ids = new[] { GlobalId.Authority(aalborg.Id), GlobalId.Mailbox(Own), GlobalId.Mailbox(Delegated) } });

        var nodes = result.GetProperty("data").GetProperty("nodes");
        Assert.Equal("Authority", nodes[0].GetProperty("__typename").GetString());
        Assert.Equal(851, nodes[0].GetProperty("municipalityCode").GetInt32());
        Assert.Equal("Mailbox", nodes[1].GetProperty("__typename").GetString());
        Assert.Equal("cpr:0101901234", nodes[1].GetProperty("address").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[2].ValueKind);
    }

    [Fact]
    public async Task An_authority_sees_its_directory_entry_and_owns_its_mailbox()
    {
        var aalborg = new AuthorityRecord(AuthorityId.Parse("aalborg-kommune"), "Aalborg Kommune", AuthorityKind.Municipality, Cvr.Parse("10008510"), 851, 1081, []);
        await using var host = await GatewayHost.StartAsync("Development", authorities: [aalborg]);
        var mailbox = MailboxId.ForAuthority(aalborg.Id);
        host.Grains.Handle(mailbox.Value, nameof(IMailboxGrain.GetProfileAsync), args =>
        {
            Assert.Equal(ActorContext.Authority(aalborg.Id), args[0]);
            return Task.FromResult(Profile(mailbox, 0));
        });
        var token = await host.DevTokenAsync("authority:aalborg-kommune");
        var staffToken = await host.DevTokenAsync("staff:851");

        var authorityResult = await host.PostAsync("{ viewer { kind authority { name } mailbox { access counters { delivered } } openableMailboxes { own } } }", token);
        Assert.False(authorityResult.TryGetProperty("errors", out _), authorityResult.ToString());
        var authority = authorityResult.GetProperty("data").GetProperty("viewer");
        var staffResult = await host.PostAsync("{ viewer { kind displayId authority { authorityId } mailbox { id } openableMailboxes { own } } }", staffToken);
        Assert.False(staffResult.TryGetProperty("errors", out _), staffResult.ToString());
        var staff = staffResult.GetProperty("data").GetProperty("viewer");

        Assert.Equal("AUTHORITY", authority.GetProperty("kind").GetString());
        Assert.Equal("Aalborg Kommune", authority.GetProperty("authority").GetProperty("name").GetString());
        Assert.Equal("OWNER", authority.GetProperty("mailbox").GetProperty("access").GetString());
        Assert.Equal(7, authority.GetProperty("mailbox").GetProperty("counters").GetProperty("delivered").GetInt32());
        Assert.True(authority.GetProperty("openableMailboxes")[0].GetProperty("own").GetBoolean());
        Assert.Equal("MUNICIPALITY_STAFF", staff.GetProperty("kind").GetString());
        Assert.Equal("staff:851", staff.GetProperty("displayId").GetString());
        Assert.Equal("aalborg-kommune", staff.GetProperty("authority").GetProperty("authorityId").GetString());
        Assert.Equal(JsonValueKind.Null, staff.GetProperty("mailbox").ValueKind);
        Assert.Equal(0, staff.GetProperty("openableMailboxes").GetArrayLength());
    }

    [Fact]
    public async Task Over_graphql_transport_ws_the_token_and_platform_come_from_connection_init()
    {
        await using var host = await GatewayHost.StartAsync("Development");
        var token = await host.DevTokenAsync("cvr:12345678/cpr:" + Cpr, "e-boks");
        var socketUri = new UriBuilder(host.Client.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;
        await using var client = await GraphQLGateway.Tests.Authentication.GraphQLWsClient.ConnectAsync(socketUri);

        await client.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + token, platform = "e-boks" } });
        var ack = await client.ReceiveAsync();
        await client.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ viewer { kind platform displayId mailbox { address } } }" } });
        var next = await client.ReceiveAsync();

        Assert.Equal("connection_ack", ack.Message!["type"]!.GetValue<string>());
        Assert.Equal("next", next.Message!["type"]!.GetValue<string>());
        var viewer = next.Message["payload"]!["data"]!["viewer"]!;
        Assert.Equal("COMPANY_REPRESENTATIVE", viewer["kind"]!.GetValue<string>());
        Assert.Equal("E_BOKS", viewer["platform"]!.GetValue<string>());
        Assert.Equal("cvr:12345678/cpr:010190-****", viewer["displayId"]!.GetValue<string>());
        Assert.Equal("cvr:12345678", viewer["mailbox"]!["address"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_token_in_connection_init_closes_the_socket_with_4403()
    {
        await using var host = await GatewayHost.StartAsync("Development");
        var socketUri = new UriBuilder(host.Client.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;
        await using var client = await GraphQLGateway.Tests.Authentication.GraphQLWsClient.ConnectAsync(socketUri);

        await client.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer not-a-token" } });
        var closed = await client.ReceiveAsync();

        Assert.Equal(4403, closed.CloseCode);
    }

    [Fact]
    public async Task An_anonymous_caller_is_unauthenticated()
    {
        await using var host = await GatewayHost.StartAsync("Development");

        var result = await host.PostAsync("{ viewer { kind } }");

        Assert.Equal(GatewayErrorCodes.Unauthenticated, result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Sdl_and_introspection_are_on_in_development_and_off_in_production_unless_configured()
    {
        await using var development = await GatewayHost.StartAsync("Development");
        await using var production = await GatewayHost.StartAsync("Production");
        await using var switchedOn = await GatewayHost.StartAsync("Production", new() { ["Gateway:EnableIntrospection"] = "true" });

        var sdl = await development.Client.GetStringAsync("graphql?sdl");
        using var hidden = await production.Client.GetAsync("graphql?sdl");
        var refused = await production.PostAsync("{ __schema { queryType { name } } }");
        var allowed = await switchedOn.PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal(development.Services.GetRequiredService<GatewayComposition>().Sdl, sdl);
        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("INTROSPECTION_DISABLED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Query", allowed.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_standard_introspection_query_graphiql_sends_fits_the_default_limits()
    {
        await using var host = await GatewayHost.StartAsync("Development");

        var result = await host.PostAsync(DigitalPost.GraphQL.Introspection.IntrospectionQuery.Text);

        Assert.False(result.TryGetProperty("errors", out _), result.ToString()[..Math.Min(500, result.ToString().Length)]);
        Assert.Equal("Query", result.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Limits_come_from_the_gateway_configuration()
    {
        await using var host = await GatewayHost.StartAsync("Development", new() { ["Gateway:MaxDepth"] = "3" });
        var token = await host.DevTokenAsync("cpr:" + Cpr);

        var tooDeep = await host.PostAsync("{ viewer { mailbox { folders { mailbox { id } } } } }", token);

        Assert.False(tooDeep.TryGetProperty("data", out _));
        Assert.Contains("depth", tooDeep.GetProperty("errors")[0].GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{ authorities(first: 500) { totalCount } }", null)]
    [InlineData("query($n: Int) { authorities(first: $n) { totalCount } }", 101)]
    [InlineData("query($n: Int = 1000) { ...Page } fragment Page on Query { authorities(first: $n) { totalCount } }", null)]
    public async Task Page_sizes_above_the_maximum_are_refused_before_execution(string query, int? n)
    {
        await using var host = await GatewayHost.StartAsync("Development");
        var token = await host.DevTokenAsync("cpr:" + Cpr);

        var result = await host.PostAsync(query, token, n is null ? null : new { n });

        Assert.False(result.TryGetProperty("data", out _));
        Assert.Equal("LIMIT_EXCEEDED", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("authorities(first:", result.GetProperty("errors")[0].GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_header_the_token_does_not_allow_is_refused()
    {
        await using var host = await GatewayHost.StartAsync("Development");
        var token = await host.DevTokenAsync("cpr:" + Cpr);

        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ viewer { kind } }" }) };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("X-DigitalPost-Platform", "e-boks");
        using var response = await host.Client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(GatewayErrorCodes.PlatformNotAllowed, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static MailboxProfile Profile(MailboxId mailbox, long unread) => new(
        mailbox,
        MailboxStatus.Exempt,
        Residence.Resident,
        false,
        null,
        [],
        NotificationSettings.None,
        null,
        [],
        [.. SystemFolders.All, new MailboxFolder("f1", "Skat", false)],
        new MailboxCounters(7, 1, 0, 2),
        null,
        unread);
}
