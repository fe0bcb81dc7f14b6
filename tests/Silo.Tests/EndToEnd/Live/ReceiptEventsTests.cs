using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Subscriptions;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Live;

/// <summary><c>receiptEvents</c>: receipts reach the sending authority live, including the legal-service receipt written when the recipient first opens.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReceiptEventsTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task A_legal_notification_is_served_on_first_open_and_the_authority_receives_the_receipt_event()
    {
        var authority = fixture.World.Authority;
        var citizen = await fixture.CreateCitizenAsync("Kirsten", "Forkyndelse");
        await using var socket = await fixture.ConnectWebSocketAsAsync(authority.Subject, "borger.dk");
        var stream = ReceiptStreams.For(authority.Mailbox);
        var before = fixture.Streams.Count(stream);
        var subscription = await socket.SubscribeAsync(LiveQueries.ReceiptEvents);
        await fixture.Streams.WaitForAtLeastAsync(stream, before + 1);

        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Afgørelse med forkyndelse") { LegalNotification = true });
        var received = LiveQueries.Event(await subscription.NextAsync(), "receiptEvents");
        var firstOpen = await fixture.PostAsAsync(citizen.Subject, "app", LiveQueries.OpenMessage, new { id = GlobalId.Message(letter.Mailbox, letter.MessageUuid) });
        var completed = LiveQueries.Event(await subscription.NextAsync(), "receiptEvents");
        var afterFirst = await fixture.PostAsAsync(citizen.Subject, "app", LiveQueries.ServedAt, new { id = GlobalId.Message(letter.Mailbox, letter.MessageUuid) });
        var secondOpen = await fixture.PostAsAsync(citizen.Subject, "borger.dk", LiveQueries.OpenMessage, new { id = GlobalId.Message(letter.Mailbox, letter.MessageUuid) });
        var afterSecond = await fixture.PostAsAsync(citizen.Subject, "app", LiveQueries.ServedAt, new { id = GlobalId.Message(letter.Mailbox, letter.MessageUuid) });

        Assert.Equal(letter.MessageUuid.ToString(), LiveQueries.Text(received, "messageUuid"));
        Assert.Equal("RECEIVED", LiveQueries.Text(received, "status"));
        firstOpen.RequireData();
        Assert.NotNull(afterFirst.RequireData()["message"]!["servedAt"]);
        Assert.Equal(letter.MessageUuid.ToString(), LiveQueries.Text(completed, "messageUuid"));
        Assert.Equal("COMPLETED", LiveQueries.Text(completed, "status"));
        Assert.Equal("legal.notification.served", LiveQueries.Text(completed, "reason"));
        secondOpen.RequireData();
        Assert.Equal(
            afterFirst.RequireData()["message"]!["servedAt"]!.GetValue<string>(),
            afterSecond.RequireData()["message"]!["servedAt"]!.GetValue<string>());
        Assert.False(subscription.HasPendingMessage);
    }

    [Fact]
    public async Task A_refused_delivery_reaches_the_authority_as_a_not_allowed_receipt_event()
    {
        var world = fixture.World;
        await using var socket = await fixture.ConnectWebSocketAsAsync(world.Authority.Subject, "borger.dk");
        var stream = ReceiptStreams.For(world.Authority.Mailbox);
        var before = fixture.Streams.Count(stream);
        var subscription = await socket.SubscribeAsync(LiveQueries.ReceiptEvents);
        await fixture.Streams.WaitForAtLeastAsync(stream, before + 1);

        var letter = WorldLetters.Build(new LetterSpec("Til en afdød"), world.Authority.Cvr.Value, world.Authority.Name, null, world.Deceased.Mailbox, fixture.Time.GetUtcNow());
        var result = await fixture.Grains.GetGrain<IAuthorityMailboxGrain>(world.Authority.Mailbox.Value).SendAsync(ActorContext.Authority(world.Authority.Id), letter);
        var refused = LiveQueries.Event(await subscription.NextAsync(), "receiptEvents");

        Assert.Equal(DeliveryOutcome.NotAllowed, result.Outcome);
        Assert.Equal(letter.Header.MessageUuid.ToString(), LiveQueries.Text(refused, "messageUuid"));
        Assert.Equal("NOT_ALLOWED", LiveQueries.Text(refused, "status"));
        Assert.Equal("recipient.is.closed", LiveQueries.Text(refused, "reason"));
    }

    [Fact]
    public async Task Receipts_of_another_authority_are_not_announced()
    {
        var world = fixture.World;
        await using var socket = await fixture.ConnectWebSocketAsAsync(world.Municipality.Subject, "borger.dk");
        var stream = ReceiptStreams.For(world.Municipality.Mailbox);
        var before = fixture.Streams.Count(stream);
        var subscription = await socket.SubscribeAsync(LiveQueries.ReceiptEvents);
        await fixture.Streams.WaitForAtLeastAsync(stream, before + 1);

        var citizen = await fixture.CreateCitizenAsync("Anders", "Andenmyndighed");
        await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Fra Skattestyrelsen"));
        var own = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Fra kommunen"), world.Municipality);
        var first = LiveQueries.Event(await subscription.NextAsync(), "receiptEvents");

        Assert.Equal(own.MessageUuid.ToString(), LiveQueries.Text(first, "messageUuid"));
    }

    [Fact]
    public async Task A_company_representative_receives_the_receipts_of_the_companys_private_post()
    {
        var company = fixture.World.Company;
        var citizen = await fixture.CreateCitizenAsync("Connie", "Samtykke");
        await fixture.Grains.GetGrain<ICitizenMailboxGrain>(citizen.Mailbox.Value).GiveConsentAsync(ActorContext.Person(citizen.Cpr, Platform.MitDk), company.Cvr);
        await using var socket = await fixture.ConnectWebSocketAsAsync(company.RepresentativeSubject, "mit.dk");
        var stream = ReceiptStreams.For(company.Mailbox);
        var before = fixture.Streams.Count(stream);
        var subscription = await socket.SubscribeAsync(LiveQueries.ReceiptEvents);
        await fixture.Streams.WaitForAtLeastAsync(stream, before + 1);

        var post = await fixture.SendPrivatePostAsync(citizen.Mailbox, new LetterSpec("Tilbud til dig"), Platform.MitDk);
        var received = LiveQueries.Event(await subscription.NextAsync(), "receiptEvents");

        Assert.Equal(post.MessageUuid.ToString(), LiveQueries.Text(received, "messageUuid"));
        Assert.Equal("RECEIVED", LiveQueries.Text(received, "status"));
        Assert.Equal(citizen.Mailbox.Value, LiveQueries.Text(received, "recipient"));
    }

    [Fact]
    public async Task A_citizen_has_no_receipts_to_subscribe_to()
    {
        await using var socket = await fixture.ConnectWebSocketAsAsync(fixture.World.Owner.Subject, "borger.dk");

        var refused = await (await socket.SubscribeAsync(LiveQueries.ReceiptEvents)).ReceiveAsync();

        Assert.Equal("error", refused.Type);
        Assert.Equal("FORBIDDEN", LiveQueries.ErrorCode(refused.Payload));
    }
}
