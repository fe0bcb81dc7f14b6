using System.Collections.Concurrent;
using System.Text.Json;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Composition;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Messages;
using DigitalPost.GraphQLGateway.Messages.Paging;
using DigitalPost.GraphQLGateway.Platforms;
using DigitalPost.GraphQLGateway.Tests.Core;
using DigitalPost.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

/// <summary>
/// The messages part inside the composed gateway schema, on fake grains that record every call: how many grain calls a
/// query costs, and what the grains are asked.
/// </summary>
public sealed class MessagesSchemaTests : IDisposable
{
    private static readonly Lazy<GraphQLExecutor> Executor = new(() => new GraphQLExecutor(GatewaySchemaFactory.Build(GatewayParts.Create())));
    private static readonly MailboxId Own = MailboxId.Parse("cpr:0101901234");
    private static readonly MailboxId Other = MailboxId.Parse("cpr:0202801234");

    private readonly FakeGrainFactory _grains = new();
    private readonly ConcurrentQueue<MessageQuery> _queries = new();
    private readonly ServiceProvider _services;
    private readonly List<MessageSummary> _inbox = [.. Enumerable.Range(0, 25).Select(i => Summaries.Create($"Brev {i}"))];

    public MessagesSchemaTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGrainFactory>(_grains);
        var configuration = new ConfigurationBuilder().Build();
        new CoreGatewayPart().AddServices(services, configuration);
        new MessagesGatewayPart().AddServices(services, configuration);
        _services = services.BuildServiceProvider();
        _grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ =>
            Task.FromResult<IReadOnlyList<OpenableMailbox>>([new OpenableMailbox(Own, null, AccessLevel.Owner, null)]));
        _grains.Handle(Own.Value, nameof(IMailboxGrain.ListMessagesAsync), args =>
        {
            var query = (MessageQuery)args[1]!;
            _queries.Enqueue(query);
            var items = query.MessageUuids is { } uuids ? _inbox.Where(m => uuids.Contains(m.MessageUuid)).ToList() : _inbox.Take(query.PageSize).ToList();
            return Task.FromResult(new MessagePage(items, "next.1", null, [.. items.Select((_, i) => $"{i}.{i}")]));
        });
    }

    private static GatewayViewer Viewer => new(new CitizenSubject(Cpr.Parse("0101901234")), GatewayPlatform.BorgerDk, GatewayLanguage.English);

    private async Task<JsonElement> RunAsync(string query, object? variables = null)
    {
        JsonElement? json = variables is null ? null : JsonSerializer.SerializeToElement(variables);
        var result = await Executor.Value.ExecuteAsync(new ExecutionRequest
        {
            Query = query,
            Variables = json?.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value),
            Services = _services,
            Context = Viewer,
        });
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    private int Calls(string method) => _grains.Calls.Count(call => call.EndsWith("/" + method, StringComparison.Ordinal));

    [Fact]
    public async Task An_inbox_page_of_20_costs_one_list_call_whatever_the_edges_select()
    {
        var result = await RunAsync("""
            query($m: ID!) { mailbox(id: $m) { messages(first: 20) {
              edges { cursor node { id label unread receivedAt folder { folderId name } sender { id label kind } firstRead { at } privatePlatform } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }
            """, new { m = GlobalId.Mailbox(Own) });

        var connection = result.GetProperty("data").GetProperty("mailbox").GetProperty("messages");
        Assert.Equal(20, connection.GetProperty("edges").GetArrayLength());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(1, Calls(nameof(IMailboxGrain.ListMessagesAsync)));
        var query = Assert.Single(_queries);
        Assert.Equal(20, query.PageSize);
        Assert.Equal(SystemFolders.Inbox, query.FolderId);
    }

    [Fact]
    public async Task Messages_by_id_and_by_node_in_one_request_are_one_grain_call_and_a_missing_one_is_not_found()
    {
        var unknown = Guid.NewGuid();
        var result = await RunAsync("""
            query($a: ID!, $b: ID!, $c: ID!) { a: message(id: $a) { label } b: node(id: $b) { ... on Message { label } } c: message(id: $c) { label } }
            """, new { a = GlobalId.Message(Own, _inbox[3].MessageUuid), b = GlobalId.Message(Own, _inbox[7].MessageUuid), c = GlobalId.Message(Own, unknown) });

        Assert.Equal("Brev 3", result.GetProperty("data").GetProperty("a").GetProperty("label").GetString());
        Assert.Equal("Brev 7", result.GetProperty("data").GetProperty("b").GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("c").ValueKind);
        Assert.Equal("NOT_FOUND", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var query = Assert.Single(_queries);
        Assert.Null(query.FolderId);
        Assert.Equal(3, query.MessageUuids!.Count);
    }

    [Fact]
    public async Task A_message_of_a_mailbox_the_viewer_cannot_open_is_not_found_without_asking_its_grain()
    {
        var result = await RunAsync("query($id: ID!) { message(id: $id) { label } }", new { id = GlobalId.Message(Other, Guid.NewGuid()) });

        Assert.Equal("NOT_FOUND", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain(_grains.Calls, call => call.Contains(Other.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Last_and_before_ask_the_grain_for_a_backward_page_before_the_cursor()
    {
        await RunAsync("query($m: ID!, $b: String) { mailbox(id: $m) { messages(last: 3, before: $b) { nodes { id } } } }",
            new { m = GlobalId.Mailbox(Own), b = MessageCursor.Encode("5.5") });

        var query = Assert.Single(_queries);
        Assert.True(query.Backward);
        Assert.Equal("5.5", query.Before);
        Assert.Equal(3, query.PageSize);
    }

    [Fact]
    public async Task Filter_arguments_reach_the_grain()
    {
        await RunAsync("""
            query($m: ID!, $f: ID!) { mailbox(id: $m) { messages(first: 5, filter: { folderId: $f, unread: true, senderId: "12345678", receivedFrom: "2026-01-01T00:00:00Z", search: " skat " }) { nodes { id } } } }
            """, new { m = GlobalId.Mailbox(Own), f = GlobalId.Folder(Own, "f2") });

        var query = Assert.Single(_queries);
        Assert.Equal("f2", query.FolderId);
        Assert.True(query.Unread);
        Assert.Equal("cvr:12345678", query.SenderId);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), query.From);
        Assert.Equal("skat", query.Text);
    }

    [Theory]
    [InlineData("first: 101", "LIMIT_EXCEEDED")]
    [InlineData("first: 2, last: 2", "VALIDATION")]
    [InlineData("first: 2, after: \"bm9wZQ\"", "VALIDATION")]
    [InlineData("first: 2, filter: { search: \"\" }, before: \"x\"", "VALIDATION")]
    public async Task Bad_paging_arguments_are_refused_before_any_list_call(string arguments, string code)
    {
        var result = await RunAsync("query($m: ID!) { mailbox(id: $m) { messages(" + arguments + ") { nodes { id } } } }", new { m = GlobalId.Mailbox(Own) });

        Assert.Equal(code, result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(_queries);
    }

    [Fact]
    public async Task Another_mailboxs_folder_as_filter_is_not_found()
    {
        var result = await RunAsync("query($m: ID!, $f: ID!) { mailbox(id: $m) { messages(first: 5, filter: { folderId: $f }) { nodes { id } } } }",
            new { m = GlobalId.Mailbox(Own), f = GlobalId.Folder(Other, "f1") });

        Assert.Equal("NOT_FOUND", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(_queries);
    }

    [Fact]
    public async Task An_anonymous_caller_is_unauthenticated_before_the_id_is_looked_at()
    {
        var result = await Executor.Value.ExecuteAsync(new ExecutionRequest { Query = "{ message(id: \"not-an-id\") { label } }", Services = _services });

        Assert.Equal(GatewayErrorCodes.Unauthenticated, Assert.Single(result.Errors!).Extensions?["code"]);
        Assert.Empty(_grains.Calls);
    }

    public void Dispose() => _services.Dispose();
}
