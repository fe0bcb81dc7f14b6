using System.Text.Json.Nodes;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Live;

/// <summary>The reference client (npm <c>graphql-ws</c> over <c>ws</c>) against the gateway's <c>/graphql</c>.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class GraphQLWsClientTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task The_graphql_ws_client_authenticates_in_connection_init_queries_and_receives_a_mailbox_event()
    {
        var citizen = await fixture.CreateCitizenAsync("Gitte", "GraphqlWs");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Til graphql-ws"));
        var token = await fixture.DevTokenAsync(citizen.Subject, "app");
        await using var node = await LiveNodeScripts.StartAsync("ws-mailbox-events.js", fixture.WebSocketEndpoint.ToString(), token, GlobalId.Mailbox(citizen.Mailbox));
        Assert.Equal("subscribed", await node.ReadLineAsync());
        await fixture.Streams.WaitForAtLeastAsync(MailboxStreams.For(citizen.Mailbox), 1);

        await fixture.Grains.GetGrain<ICitizenMailboxGrain>(citizen.Mailbox.Value).MarkReadAsync(ActorContext.Person(citizen.Cpr, Platform.EBoks), letter.MessageUuid);
        var output = JsonNode.Parse((await node.WaitForExitAsync()).Trim().Split('\n')[^1])!;

        Assert.True(output["acknowledged"]!.GetValue<bool>());
        Assert.Equal("CITIZEN", LiveQueries.Text(output["query"]!["data"]!["viewer"], "kind"));
        Assert.Equal("DIGITAL_POST_APP", LiveQueries.Text(output["query"]!["data"]!["viewer"], "platform"));
        var readEvent = LiveQueries.Event(output["event"]!.AsObject());
        Assert.Equal("READ", LiveQueries.Text(readEvent, "kind"));
        Assert.Equal("E_BOKS", LiveQueries.Text(readEvent, "platform"));
        Assert.Equal(GlobalId.Message(citizen.Mailbox, letter.MessageUuid), LiveQueries.Text(readEvent, "messageId"));
        Assert.False(readEvent["message"]!["unread"]!.GetValue<bool>());
    }
}
