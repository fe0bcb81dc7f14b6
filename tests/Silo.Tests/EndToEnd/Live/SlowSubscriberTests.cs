using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Subscriptions;
using DigitalPost.Runtime.Streams;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalPost.Silo.Tests.EndToEnd.Live;

/// <summary>A subscriber that stops reading is ended with LIMIT_EXCEEDED instead of the server queueing without end.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SlowSubscriberTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task A_subscriber_that_stops_reading_gets_a_last_limit_exceeded_and_the_subscription_completes()
    {
        var citizen = await fixture.CreateCitizenAsync("Sanne", "Langsom");
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(
            fixture.WebSocketEndpoint,
            new() { ["authorization"] = "Bearer " + await fixture.DevTokenAsync(citizen.Subject, "borger.dk") },
            socketReceiveBufferSize: 4096);
        var subscription = await socket.SubscribeAsync("subscription ($m: ID!) { mailboxEvents(mailboxId: $m) { kind } }", new { m = GlobalId.Mailbox(citizen.Mailbox) });
        var stream = MailboxStreams.For(citizen.Mailbox);
        await fixture.Streams.WaitForAtLeastAsync(stream, 1);

        // A burst far beyond what the sockets and the subscription's buffer hold while the client does not read:
        // folder events (no message to look up), published on the mailbox's stream as the grains would.
        socket.PauseReading();
        const int Burst = 100_000;
        var events = fixture.Services.GetRequiredService<IStreamProvider>().GetStream<MailboxEvent>(stream);
        var at = fixture.Time.GetUtcNow();
        for (var i = 0; i < Burst; i++)
        {
            await events.OnNextAsync(new MailboxEvent(MailboxEventKind.FolderCreated, citizen.Mailbox.Value, null, "f1", at, Platform.BorgerDk));
        }

        socket.ResumeReading();
        var delivered = 0;
        GraphQLWebSocketMessage message;
        while ((message = await subscription.ReceiveAsync()).Type == "next" && message.Payload!["errors"] is null)
        {
            delivered++;
        }

        var end = await subscription.ReceiveAsync();
        await fixture.Streams.WaitForAtMostAsync(stream, 0);

        Assert.Equal("next", message.Type);
        Assert.Equal("LIMIT_EXCEEDED", LiveQueries.ErrorCode(message.Payload));
        Assert.Equal("complete", end.Type);
        // Whatever was already on its way is delivered before the end; never the whole burst.
        Assert.InRange(delivered, 0, Burst - fixture.Services.GetRequiredService<IOptions<SubscriptionOptions>>().Value.MaxBufferedEvents);
    }
}
