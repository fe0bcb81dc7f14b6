using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Live;

/// <summary><c>mailboxEvents</c> over graphql-transport-ws against the in-process silo: live sync across platforms, authorisation, private post.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class MailboxEventsTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task Reading_a_message_on_one_platform_reaches_a_subscriber_on_another()
    {
        var citizen = await fixture.CreateCitizenAsync("Lise", "Live");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Brev til live-sync"));
        await using var app = await fixture.ConnectWebSocketAsAsync(citizen.Subject, "app");
        var subscription = await app.SubscribeAsync(LiveQueries.MailboxEvents, new { m = GlobalId.Mailbox(citizen.Mailbox) });
        await fixture.Streams.WaitForAtLeastAsync(MailboxStreams.For(citizen.Mailbox), 1);

        var opened = await fixture.PostAsAsync(citizen.Subject, "borger.dk", LiveQueries.OpenMessage, new { id = GlobalId.Message(letter.Mailbox, letter.MessageUuid) });
        var readEvent = LiveQueries.Event(await subscription.NextAsync());

        opened.RequireData();
        Assert.Equal("READ", LiveQueries.Text(readEvent, "kind"));
        Assert.Equal("BORGER_DK", LiveQueries.Text(readEvent, "platform"));
        Assert.Equal(GlobalId.Message(letter.Mailbox, letter.MessageUuid), LiveQueries.Text(readEvent, "messageId"));
        Assert.Equal(GlobalId.Mailbox(citizen.Mailbox), LiveQueries.Text(readEvent["mailbox"], "id"));
        Assert.False(readEvent["message"]!["unread"]!.GetValue<bool>());
        Assert.Equal("Brev til live-sync", LiveQueries.Text(readEvent["message"], "label"));
    }

    [Fact]
    public async Task Subscribing_to_a_mailbox_the_viewer_cannot_open_is_not_found_like_an_unknown_id()
    {
        var world = fixture.World;
        await using var socket = await fixture.ConnectWebSocketAsAsync(world.Stranger.Subject, "borger.dk");

        var other = await (await socket.SubscribeAsync(LiveQueries.MailboxEvents, new { m = GlobalId.Mailbox(world.Owner.Mailbox) })).ReceiveAsync();
        var unknown = await (await socket.SubscribeAsync(LiveQueries.MailboxEvents, new { m = GlobalId.Mailbox(MailboxId.ForCitizen(Cpr.Parse("0101019999"))) })).ReceiveAsync();
        var garbage = await (await socket.SubscribeAsync(LiveQueries.MailboxEvents, new { m = "not-an-id" })).ReceiveAsync();

        Assert.Equal("error", other.Type);
        Assert.Equal("NOT_FOUND", LiveQueries.ErrorCode(other.Payload));
        Assert.Equal(other.Payload!.ToJsonString(), unknown.Payload!.ToJsonString());
        Assert.Equal("NOT_FOUND", LiveQueries.ErrorCode(garbage.Payload));
        Assert.Equal(0, fixture.Streams.Count(MailboxStreams.For(world.Owner.Mailbox)));
    }

    [Fact]
    public async Task Private_post_is_announced_only_on_the_platform_it_was_sent_for()
    {
        var citizen = await fixture.CreateCitizenAsync("Pia", "Privat");
        await fixture.Grains.GetGrain<ICitizenMailboxGrain>(citizen.Mailbox.Value)
            .GiveConsentAsync(ActorContext.Person(citizen.Cpr, Platform.BorgerDk), fixture.World.Company.Cvr);
        await using var eBoks = await fixture.ConnectWebSocketAsAsync(citizen.Subject, "e-boks");
        await using var borgerDk = await fixture.ConnectWebSocketAsAsync(citizen.Subject, "borger.dk");
        var onEBoks = await eBoks.SubscribeAsync(LiveQueries.MailboxEvents, new { m = GlobalId.Mailbox(citizen.Mailbox) });
        var onBorgerDk = await borgerDk.SubscribeAsync(LiveQueries.MailboxEvents, new { m = GlobalId.Mailbox(citizen.Mailbox) });
        await fixture.Streams.WaitForAtLeastAsync(MailboxStreams.For(citizen.Mailbox), 2);

        var privatePost = await fixture.SendPrivatePostAsync(citizen.Mailbox, new LetterSpec("Kun på e-Boks"), Platform.EBoks);
        var publicPost = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Til alle platforme"));

        // Same stream, same order: borger.dk's first event is the public letter, so the private one was left out.
        var firstOnBorgerDk = LiveQueries.Event(await onBorgerDk.NextAsync());
        var firstOnEBoks = LiveQueries.Event(await onEBoks.NextAsync());
        var secondOnEBoks = LiveQueries.Event(await onEBoks.NextAsync());
        Assert.Equal(GlobalId.Message(citizen.Mailbox, publicPost.MessageUuid), LiveQueries.Text(firstOnBorgerDk, "messageId"));
        Assert.Equal("DELIVERED", LiveQueries.Text(firstOnBorgerDk, "kind"));
        Assert.Equal(GlobalId.Message(citizen.Mailbox, privatePost.MessageUuid), LiveQueries.Text(firstOnEBoks, "messageId"));
        Assert.Equal("E_BOKS", LiveQueries.Text(firstOnEBoks["message"], "privatePlatform"));
        Assert.Equal(GlobalId.Message(citizen.Mailbox, publicPost.MessageUuid), LiveQueries.Text(secondOnEBoks, "messageId"));
    }

    [Fact]
    public async Task A_delegate_whose_grant_is_revoked_gets_a_last_not_found_and_the_subscription_completes()
    {
        var owner = await fixture.CreateCitizenAsync("Olga", "Ejer");
        var delegateCitizen = await fixture.CreateCitizenAsync("Dan", "Delegeret");
        var grant = await fixture.GrantAccessAsync(owner, delegateCitizen, AccessLevel.Read);
        await using var socket = await fixture.ConnectWebSocketAsAsync(delegateCitizen.Subject, "app");
        var subscription = await socket.SubscribeAsync(LiveQueries.MailboxEvents, new { m = GlobalId.Mailbox(owner.Mailbox) });
        var stream = MailboxStreams.For(owner.Mailbox);
        await fixture.Streams.WaitForAtLeastAsync(stream, 1);
        var letter = await fixture.SendLetterAsync(owner.Mailbox, new LetterSpec("Før tilbagekaldelsen"));
        var delivered = LiveQueries.Event(await subscription.NextAsync());

        await fixture.Grains.GetGrain<ICitizenMailboxGrain>(owner.Mailbox.Value).RevokeGrantAsync(ActorContext.Person(owner.Cpr, Platform.BorgerDk), grant.GrantId);
        var last = await subscription.ReceiveAsync();
        var end = await subscription.ReceiveAsync();
        await fixture.Streams.WaitForAtMostAsync(stream, 0);

        Assert.Equal(GlobalId.Message(owner.Mailbox, letter.MessageUuid), LiveQueries.Text(delivered, "messageId"));
        Assert.Equal("next", last.Type);
        Assert.Equal("NOT_FOUND", LiveQueries.ErrorCode(last.Payload));
        Assert.Equal("complete", end.Type);
    }

    [Fact]
    public async Task A_grant_that_expires_ends_the_delegates_subscription_at_its_expiry()
    {
        var owner = await fixture.CreateCitizenAsync("Edith", "Ejer");
        var delegateCitizen = await fixture.CreateCitizenAsync("Tove", "Tidsbegrænset");
        // Long enough to subscribe on a loaded machine; the end is awaited as a message, not slept for.
        var expiresAt = fixture.Time.GetUtcNow().AddSeconds(5);
        await fixture.GrantAccessAsync(owner, delegateCitizen, AccessLevel.ReadWrite, expiresAt);
        await using var socket = await fixture.ConnectWebSocketAsAsync(delegateCitizen.Subject, "mit.dk");
        var subscription = await socket.SubscribeAsync(LiveQueries.MailboxEvents, new { m = GlobalId.Mailbox(owner.Mailbox) });
        var stream = MailboxStreams.For(owner.Mailbox);
        await fixture.Streams.WaitForAtLeastAsync(stream, 1);

        var last = await subscription.ReceiveAsync(TimeSpan.FromSeconds(30));
        var end = await subscription.ReceiveAsync();
        await fixture.Streams.WaitForAtMostAsync(stream, 0);

        Assert.Equal("next", last.Type);
        Assert.Equal("NOT_FOUND", LiveQueries.ErrorCode(last.Payload));
        Assert.Equal("complete", end.Type);
        Assert.True(fixture.Time.GetUtcNow() >= expiresAt);
    }

    [Fact]
    public async Task Folder_events_name_the_folder_by_its_global_id_and_have_no_message()
    {
        var citizen = await fixture.CreateCitizenAsync("Frede", "Folder");
        await using var socket = await fixture.ConnectWebSocketAsAsync(citizen.Subject, "borger.dk");
        var subscription = await socket.SubscribeAsync(LiveQueries.MailboxEvents, new { m = GlobalId.Mailbox(citizen.Mailbox) });
        await fixture.Streams.WaitForAtLeastAsync(MailboxStreams.For(citizen.Mailbox), 1);

        var folder = await fixture.Grains.GetGrain<ICitizenMailboxGrain>(citizen.Mailbox.Value).CreateFolderAsync(ActorContext.Person(citizen.Cpr, Platform.MitDk), "Skat");
        var created = LiveQueries.Event(await subscription.NextAsync());

        Assert.Equal("FOLDER_CREATED", LiveQueries.Text(created, "kind"));
        Assert.Equal("MIT_DK", LiveQueries.Text(created, "platform"));
        Assert.Equal(GlobalId.Folder(citizen.Mailbox, folder.FolderId), LiveQueries.Text(created, "folderId"));
        Assert.Null(created["message"]);
        Assert.Null(created["messageId"]);
    }
}
