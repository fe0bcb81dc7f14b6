using System.Text.Json;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Tests.Composition;
using AuthorityRecord = DigitalPost.Grains.Interfaces.AuthorityDirectory.Authority;

namespace DigitalPost.GraphQLGateway.Tests.Authorities;

public sealed class AuthoritiesGatewayPartTests
{
    private const string Page = """
        query($after: String, $first: Int, $kind: AuthorityKind, $search: String) {
          authorities(search: $search, kind: $kind, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { authorityId } }
            nodes { name kind cvr }
          }
        }
        """;

    private static readonly IReadOnlyList<AuthorityRecord> Directory =
    [
        Authority("aalborg-kommune", "Aalborg Kommune", AuthorityKind.Municipality, 851, "10008510"),
        Authority("aarhus-kommune", "Aarhus Kommune", AuthorityKind.Municipality, 751, "10007510"),
        Authority("esbjerg-kommune", "Esbjerg Kommune", AuthorityKind.Municipality, 561, "10005610"),
        Authority("skattestyrelsen", "Skattestyrelsen", AuthorityKind.State, null, "10000001"),
        Authority("udbetaling-danmark", "Udbetaling Danmark", AuthorityKind.State, null, "10000002"),
    ];

    [Fact]
    public async Task Pages_follow_their_cursors_to_the_end()
    {
        await using var host = await GatewayHost.StartAsync("Development", authorities: Directory);
        var token = await host.DevTokenAsync("cpr:0101901234");

        var first = Connection(await host.PostAsync(Page, token, new { first = 2 }));
        var second = Connection(await host.PostAsync(Page, token, new { first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }));
        var third = Connection(await host.PostAsync(Page, token, new { first = 2, after = second.GetProperty("pageInfo").GetProperty("endCursor").GetString() }));

        Assert.Equal(["aalborg-kommune", "aarhus-kommune"], Ids(first));
        Assert.Equal(["esbjerg-kommune", "skattestyrelsen"], Ids(second));
        Assert.Equal(["udbetaling-danmark"], Ids(third));
        Assert.Equal(5, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(third.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(first.GetProperty("edges")[0].GetProperty("cursor").GetString(), first.GetProperty("pageInfo").GetProperty("startCursor").GetString());
        Assert.Equal("Aalborg Kommune", first.GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.Equal("MUNICIPALITY", first.GetProperty("nodes")[0].GetProperty("kind").GetString());
        Assert.Equal("10008510", first.GetProperty("nodes")[0].GetProperty("cvr").GetString());
    }

    [Fact]
    public async Task Search_text_and_kind_reach_the_directory()
    {
        await using var host = await GatewayHost.StartAsync("Development", authorities: Directory);
        var token = await host.DevTokenAsync("cpr:0101901234");

        var state = Connection(await host.PostAsync(Page, token, new { kind = "STATE" }));
        var named = Connection(await host.PostAsync(Page, token, new { search = "kommune", kind = "MUNICIPALITY", first = 1 }));

        Assert.Equal(["skattestyrelsen", "udbetaling-danmark"], Ids(state));
        Assert.Equal(["aalborg-kommune"], Ids(named));
        Assert.Equal(3, named.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_empty_page_still_tells_the_total()
    {
        await using var host = await GatewayHost.StartAsync("Development", authorities: Directory);
        var token = await host.DevTokenAsync("cpr:0101901234");

        var empty = Connection(await host.PostAsync(Page, token, new { first = 0 }));

        Assert.Empty(Ids(empty));
        Assert.Equal(5, empty.GetProperty("totalCount").GetInt32());
        Assert.True(empty.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
    }

    [Theory]
    [InlineData(101, null, GatewayErrorCodes.LimitExceeded)]
    [InlineData(10, "not-a-cursor", GatewayErrorCodes.Validation)]
    public async Task Oversized_pages_and_foreign_cursors_are_refused(int first, string? after, string code)
    {
        await using var host = await GatewayHost.StartAsync("Development", authorities: Directory);
        var token = await host.DevTokenAsync("cpr:0101901234");

        var result = await host.PostAsync(Page, token, new { first, after });

        Assert.Equal(code, result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_authority_by_id_lists_its_contact_points_with_their_limits()
    {
        var limits = new AttachmentLimits(20 * AttachmentLimits.Megabyte, AttachmentLimits.DefaultMaxBytes);
        var withContactPoint = Directory[0] with
        {
            ContactPoints = [new ContactPoint("borgerservice", "Borgerservice", "Pas og kørekort", limits, [new ContactPointCategory("pas", "Pas")])],
        };
        await using var host = await GatewayHost.StartAsync("Development", authorities: [withContactPoint]);
        var token = await host.DevTokenAsync("cpr:0101901234");
        const string Query = "query($id: ID!) { authority(id: $id) { id authorityId municipalityCode regionCode contactPoints { contactPointId name description citizenMaxAttachmentBytes businessMaxAttachmentBytes categories { categoryId name } } } }";

        var found = (await host.PostAsync(Query, token, new { id = GlobalId.Authority(withContactPoint.Id) })).GetProperty("data").GetProperty("authority");
        var unknown = await host.PostAsync(Query, token, new { id = GlobalId.Authority(AuthorityId.Parse("no-such-authority")) });

        Assert.Equal(GlobalId.Authority(withContactPoint.Id), found.GetProperty("id").GetString());
        Assert.Equal(851, found.GetProperty("municipalityCode").GetInt32());
        var contactPoint = found.GetProperty("contactPoints")[0];
        Assert.Equal("borgerservice", contactPoint.GetProperty("contactPointId").GetString());
        Assert.Equal(20 * AttachmentLimits.Megabyte, contactPoint.GetProperty("citizenMaxAttachmentBytes").GetInt64());
        Assert.Equal(AttachmentLimits.DefaultMaxBytes, contactPoint.GetProperty("businessMaxAttachmentBytes").GetInt64());
        Assert.Equal("pas", contactPoint.GetProperty("categories")[0].GetProperty("categoryId").GetString());
        Assert.Equal(GatewayErrorCodes.NotFound, unknown.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_directory_needs_a_signed_in_caller()
    {
        await using var host = await GatewayHost.StartAsync("Development", authorities: Directory);

        var result = await host.PostAsync(Page);

        Assert.Equal(GatewayErrorCodes.Unauthenticated, result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static AuthorityRecord Authority(string id, string name, AuthorityKind kind, int? municipality, string cvr) =>
        new(AuthorityId.Parse(id), name, kind, Cvr.Parse(cvr), municipality, municipality is null ? null : 1081, []);

    private static JsonElement Connection(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data").GetProperty("authorities");
    }

    private static IEnumerable<string?> Ids(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("authorityId").GetString());
}
