using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQLGateway.Hosting;
using DigitalPost.GraphQLGateway.ResponseCache;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Tests.ResponseCache;

/// <summary>
/// Which operations of the served schema the response cache may keep: only queries whose every selected field, through
/// fragments and on every possible type, is on the allowlist; anything signed, read from elsewhere or with a side effect is not.
/// </summary>
public sealed class CacheableOperationAnalyzerTests : IAsyncLifetime
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

    private ResponseCacheHost _host = null!;

    public async Task InitializeAsync() => _host = await ResponseCacheHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(Inbox)]
    [InlineData("{ viewer { kind platform displayId mailbox { id kind address displayAddress access unreadCount } } }")]
    [InlineData("{ viewer { mailbox { folders { id folderId name system mailbox { id } } } } }")]
    [InlineData("query($after: String, $f: MessageFilter) { viewer { mailbox { messages(first: 10, after: $after, filter: $f) { edges { cursor node { id messageUuid direction recipient servedAt replyAllowed replyBy deletedAt privatePlatform sizeBytes firstRead { at platform byDelegate } folder { name } mailbox { id } thread { id } } } pageInfo { hasPreviousPage startCursor } } } } }")]
    [InlineData("query { viewer { __typename mailbox { __typename ...Box } } } fragment Box on Mailbox { id messages { nodes { ... on Message { label } ... on Node { id } } } }")]
    [InlineData("query($yes: Boolean!) { viewer { mailbox @include(if: $yes) { id } kind @skip(if: $yes) } }")]
    public async Task Reads_of_the_own_mailbox_with_allowlisted_fields_are_cacheable(string query) =>
        Assert.True(await IsCacheableAsync(query));

    [Theory]
    [InlineData("{ viewer { mailbox { messages(first: 1) { nodes { content { mainDocument { files { downloadUrl } } } } } } } }")]
    [InlineData("{ viewer { mailbox { messages(first: 1) { nodes { content { notification } } } } } }")]
    [InlineData("{ viewer { mailbox { messages(first: 1) { nodes { receipts { status } } } } } }")]
    [InlineData("{ viewer { mailbox { status } } }")]
    [InlineData("{ viewer { mailbox { counters { delivered } } } }")]
    [InlineData("{ viewer { mailbox { notificationSettings { emails } } } }")]
    [InlineData("{ viewer { mailbox { accessLog { nodes { action } } } } }")]
    [InlineData("{ viewer { mailbox { grantsGiven { id } } } }")]
    [InlineData("{ viewer { openableMailboxes { own } } }")]
    [InlineData("{ viewer { grantsReceived { level } } }")]
    [InlineData("{ viewer { authority { id } } }")]
    [InlineData("query($id: ID!) { mailbox(id: $id) { unreadCount } }")]
    [InlineData("query($id: ID!) { node(id: $id) { id } }")]
    [InlineData("query($id: ID!) { message(id: $id) { label } }")]
    [InlineData("{ viewer { mailbox { id } } __schema { queryType { name } } }")]
    [InlineData("{ viewer { mailbox { ...F } } } fragment F on Mailbox { id status }")]
    [InlineData("mutation { __typename }")]
    public async Task Signed_side_effecting_or_foreign_reads_are_not_cacheable(string query) =>
        Assert.False(await IsCacheableAsync(query));

    [Fact]
    public async Task The_verdict_is_computed_once_per_parsed_operation()
    {
        var composition = _host.Services.GetRequiredService<GatewayComposition>();
        var consulted = 0;
        var analyzer = new CacheableOperationAnalyzer(composition.Schema, (type, field) =>
        {
            consulted++;
            return ResponseCacheAllowlist.Contains(type, field);
        });

        var first = await composition.Executor.PrepareAsync(new GraphQLRequestBody { Query = Inbox });
        Assert.True(analyzer.IsCacheable(first));
        var afterFirst = consulted;
        var again = await composition.Executor.PrepareAsync(new GraphQLRequestBody { Query = Inbox });
        Assert.True(analyzer.IsCacheable(again));

        Assert.Same(first.Operation, again.Operation);
        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, consulted);
    }

    [Fact]
    public void Every_allowlisted_coordinate_names_a_field_of_the_served_schema()
    {
        var schema = _host.Services.GetRequiredService<GatewayComposition>().Schema;
        foreach (var coordinate in ResponseCacheAllowlist.Coordinates)
        {
            var (type, field) = (coordinate[..coordinate.IndexOf('.', StringComparison.Ordinal)], coordinate[(coordinate.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            var named = schema.GetType(type) as DigitalPost.GraphQL.Types.FieldContainerType;
            Assert.True(named?.GetField(field) is not null, coordinate);
        }
    }

    private async Task<bool> IsCacheableAsync(string query)
    {
        var composition = _host.Services.GetRequiredService<GatewayComposition>();
        var prepared = await composition.Executor.PrepareAsync(new GraphQLRequestBody { Query = query });
        Assert.True(prepared.IsValid, string.Join("; ", prepared.Errors?.Select(e => e.Message) ?? []));
        return _host.Cache.Analyzer.IsCacheable(prepared);
    }
}
