using DigitalPost.Silo.Tests.EndToEnd.Support;
using static DigitalPost.Silo.Tests.EndToEnd.Messages.MessageQueries;

namespace DigitalPost.Silo.Tests.EndToEnd.Messages;

/// <summary><c>Mailbox.messages</c> over HTTP: Relay paging both ways, filters, page size limit, private post per platform.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class MessageListingEndToEndTests(EndToEndFixture fixture)
{
    private const string Platform = "borger.dk";

    private async Task<WorldCitizen> CitizenWithLettersAsync(int count, string prefix)
    {
        var citizen = await fixture.CreateCitizenAsync("Liste", prefix);
        for (var i = 0; i < count; i++)
        {
            await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec($"{prefix} {i}"));
        }

        return citizen;
    }

    [Fact]
    public async Task Pages_walk_forward_with_first_after_and_back_with_last_before_with_page_info_right_both_ways()
    {
        var citizen = await CitizenWithLettersAsync(5, "Brev");

        var first = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, first: 2)));
        var second = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, first: 2, after: Cursor(first, "endCursor"))));
        var oldest = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, last: 2)));
        var back = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, last: 2, before: Cursor(oldest, "startCursor"))));

        Assert.Equal(["Brev 4", "Brev 3"], Labels(first));
        Assert.True(Flag(first, "hasNextPage"));
        Assert.False(Flag(first, "hasPreviousPage"));
        Assert.Equal(["Brev 2", "Brev 1"], Labels(second));
        Assert.True(Flag(second, "hasNextPage"));
        Assert.True(Flag(second, "hasPreviousPage"));
        Assert.Equal(["Brev 1", "Brev 0"], Labels(oldest));
        Assert.False(Flag(oldest, "hasNextPage"));
        Assert.True(Flag(oldest, "hasPreviousPage"));
        Assert.Equal(["Brev 3", "Brev 2"], Labels(back));
        Assert.True(Flag(back, "hasNextPage"));
        Assert.True(Flag(back, "hasPreviousPage"));
    }

    [Fact]
    public async Task Filters_select_by_unread_text_sender_and_received_range()
    {
        var citizen = await CitizenWithLettersAsync(2, "Rykker");
        var special = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Årsopgørelse for dig"));
        await fixture.PostAsAsync(citizen.Subject, Platform, "query($id: ID!) { message(id: $id) { content { notification } } }", new { id = MessageId(special) });

        var unread = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, filter: new { unread = true })));
        var text = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, filter: new { search = "ÅRSOPG" })));
        var sender = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, filter: new { senderId = fixture.World.Authority.Id.Value })));
        var otherSender = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, filter: new { senderId = "koebenhavns-kommune" })));
        var future = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, filter: new { receivedFrom = fixture.Time.GetUtcNow().AddDays(1).ToString("O") })));
        var past = Connection(await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, filter: new { receivedTo = fixture.Time.GetUtcNow().AddDays(1).ToString("O") })));

        Assert.Equal(["Rykker 1", "Rykker 0"], Labels(unread));
        Assert.Equal(["Årsopgørelse for dig"], Labels(text));
        Assert.Equal(3, Labels(sender).Length);
        Assert.Empty(Labels(otherSender));
        Assert.Empty(Labels(future));
        Assert.Equal(3, Labels(past).Length);
    }

    [Fact]
    public async Task A_page_over_100_is_refused_with_a_clear_error_and_a_foreign_cursor_is_invalid()
    {
        var citizen = await CitizenWithLettersAsync(1, "Stor");

        var tooMany = await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, first: 101));
        var badCursor = await fixture.PostAsAsync(citizen.Subject, Platform, List, ListVariables(citizen.Mailbox, first: 1, after: "bm90LWEtY3Vyc29y"));

        Assert.Equal("LIMIT_EXCEEDED", tooMany.RequireSingleErrorCode());
        Assert.Equal("VALIDATION", badCursor.RequireSingleErrorCode());
    }

    [Fact]
    public async Task Private_post_is_listed_only_on_its_platform_and_not_found_by_id_elsewhere()
    {
        var world = fixture.World;
        var privateLabel = world.OwnerPrivatePost.Label;

        var onBorgerDk = Labels(Connection(await fixture.PostAsAsync(world.Owner.Subject, Platform, List, ListVariables(world.Owner.Mailbox, first: 100))));
        var onEBoks = Labels(Connection(await fixture.PostAsAsync(world.Owner.Subject, world.PrivatePostPlatformName, List, ListVariables(world.Owner.Mailbox, first: 100))));
        var byIdElsewhere = await fixture.PostAsAsync(world.Owner.Subject, Platform, "query($id: ID!) { message(id: $id) { label } }", new { id = MessageId(world.OwnerPrivatePost) });
        var nodeElsewhere = await fixture.PostAsAsync(world.Owner.Subject, "mit.dk", "query($id: ID!) { node(id: $id) { id } }", new { id = MessageId(world.OwnerPrivatePost) });
        var byIdOnPlatform = await fixture.PostAsAsync(world.Owner.Subject, world.PrivatePostPlatformName, "query($id: ID!) { message(id: $id) { label privatePlatform } }", new { id = MessageId(world.OwnerPrivatePost) });

        Assert.DoesNotContain(privateLabel, onBorgerDk);
        Assert.Contains(world.OwnerNormal.Label, onBorgerDk);
        Assert.Contains(privateLabel, onEBoks);
        Assert.Equal("NOT_FOUND", byIdElsewhere.RequireSingleErrorCode());
        Assert.Equal("NOT_FOUND", nodeElsewhere.RequireSingleErrorCode());
        Assert.Equal("E_BOKS", byIdOnPlatform.RequireData()["message"]!["privatePlatform"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_read_delegate_lists_the_owners_messages_and_a_stranger_gets_not_found()
    {
        var world = fixture.World;

        var asDelegate = Labels(Connection(await fixture.PostAsAsync(world.ReadDelegate.Subject, Platform, List, ListVariables(world.Owner.Mailbox, first: 100))));
        var asStranger = await fixture.PostAsAsync(world.Stranger.Subject, Platform, List, ListVariables(world.Owner.Mailbox, first: 1));

        Assert.Contains(world.OwnerNormal.Label, asDelegate);
        Assert.Equal("NOT_FOUND", asStranger.RequireSingleErrorCode());
    }
}
