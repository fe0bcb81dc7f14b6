using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using static DigitalPost.Silo.Tests.EndToEnd.Messages.MessageQueries;

namespace DigitalPost.Silo.Tests.EndToEnd.Messages;

/// <summary><c>Query.message</c> and <c>Message.content</c> over HTTP: first read, legal service, the MeMo mapping, and ids that cannot be probed.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class MessageOpeningEndToEndTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task Summary_fields_need_no_opening_and_opening_records_the_first_read_with_its_platform()
    {
        var citizen = await fixture.CreateCitizenAsync("Åbner", "Først");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Ny post"));

        var before = (await fixture.PostAsAsync(citizen.Subject, "borger.dk", Summary, new { id = MessageId(letter) })).RequireData()["message"]!;
        var content = await fixture.PostAsAsync(citizen.Subject, "app", Content, new { id = MessageId(letter) });
        var after = (await fixture.PostAsAsync(citizen.Subject, "mit.dk", Summary, new { id = MessageId(letter) })).RequireData()["message"]!;

        Assert.True(before["unread"]!.GetValue<bool>());
        Assert.Null(before["firstRead"]);
        Assert.Equal("Ny post", before["label"]!.GetValue<string>());
        Assert.Equal("RECEIVED", before["direction"]!.GetValue<string>());
        Assert.Equal(letter.MessageUuid.ToString("D"), before["messageUuid"]!.GetValue<string>());
        Assert.Equal("skattestyrelsen", before["sender"]!["id"]!.GetValue<string>());
        Assert.Equal("AUTHORITY", before["sender"]!["kind"]!.GetValue<string>());
        Assert.Equal("inbox", before["folder"]!["folderId"]!.GetValue<string>());
        Assert.Equal(GlobalId.Mailbox(citizen.Mailbox), before["mailbox"]!["id"]!.GetValue<string>());
        content.RequireData();
        Assert.False(after["unread"]!.GetValue<bool>());
        Assert.Equal("DIGITAL_POST_APP", after["firstRead"]!["platform"]!.GetValue<string>());
        Assert.False(after["firstRead"]!["byDelegate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_delegates_first_read_is_marked_as_by_a_delegate()
    {
        var owner = await fixture.CreateCitizenAsync("Ejer", "Delegering");
        var helper = await fixture.CreateCitizenAsync("Hjælper", "Delegering");
        await fixture.GrantAccessAsync(owner, helper, AccessLevel.Read);
        var letter = await fixture.SendLetterAsync(owner.Mailbox, new LetterSpec("Til ejeren"));

        (await fixture.PostAsAsync(helper.Subject, "e-boks", Content, new { id = MessageId(letter) })).RequireData();
        var summary = (await fixture.PostAsAsync(owner.Subject, "borger.dk", Summary, new { id = MessageId(letter) })).RequireData()["message"]!;

        Assert.True(summary["firstRead"]!["byDelegate"]!.GetValue<bool>());
        Assert.Equal("E_BOKS", summary["firstRead"]!["platform"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_legal_notification_is_served_on_the_first_open()
    {
        var citizen = await fixture.CreateCitizenAsync("Forkyndt", "Borger");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Afgørelse") { LegalNotification = true });

        var before = (await fixture.PostAsAsync(citizen.Subject, "borger.dk", Summary, new { id = MessageId(letter) })).RequireData()["message"]!;
        (await fixture.PostAsAsync(citizen.Subject, "borger.dk", Content, new { id = MessageId(letter) })).RequireData();
        var after = (await fixture.PostAsAsync(citizen.Subject, "borger.dk", Summary, new { id = MessageId(letter) })).RequireData()["message"]!;

        Assert.True(before["legalNotification"]!.GetValue<bool>());
        Assert.Null(before["servedAt"]);
        Assert.NotNull(after["servedAt"]);
    }

    [Fact]
    public async Task Content_maps_documents_files_and_the_appointment()
    {
        var citizen = await fixture.CreateCitizenAsync("Indhold", "Borger");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Indkaldelse") { Attachments = ["bilag.txt"], WithAppointment = true, Body = "Mød op." });

        var content = (await fixture.PostAsAsync(citizen.Subject, "borger.dk", Content, new { id = MessageId(letter) })).RequireData()["message"]!["content"]!;

        var main = content["mainDocument"]!;
        var file = main["files"]![0]!;
        Assert.Equal("brev.txt", file["filename"]!.GetValue<string>());
        Assert.Equal("text/plain", file["encodingFormat"]!.GetValue<string>());
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("Mød op."), file["sizeBytes"]!.GetValue<long>());
        Assert.StartsWith(fixture.BaseAddress.ToString().TrimEnd('/') + "/graphql/files/", file["downloadUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        var action = main["actions"]![0]!;
        Assert.Equal("AFTALE", action["code"]!.GetValue<string>());
        Assert.Equal("Østbanegade 123, 2100 København Ø", action["reservation"]!["location"]!.GetValue<string>());
        Assert.Contains("/graphql/calendar/", action["calendarUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("personlig-skat", content["contactPoint"]!.GetValue<string>());
        Assert.Equal("bilag.txt", content["additionalDocuments"]![0]!["files"]![0]!["filename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_citizen_cannot_reach_another_persons_message_by_its_id_and_cannot_tell_it_from_an_unknown_one()
    {
        var world = fixture.World;
        var theirs = MessageId(world.OwnerNormal);
        var unknown = GlobalId.Message(world.Owner.Mailbox, Guid.NewGuid());
        var ownMailboxUnknown = GlobalId.Message(world.Stranger.Mailbox, Guid.NewGuid());

        var summary = await fixture.PostAsAsync(world.Stranger.Subject, "borger.dk", "query($id: ID!) { message(id: $id) { label } }", new { id = theirs });
        var content = await fixture.PostAsAsync(world.Stranger.Subject, "borger.dk", Content, new { id = theirs });
        var node = await fixture.PostAsAsync(world.Stranger.Subject, "borger.dk", "query($id: ID!) { node(id: $id) { id } }", new { id = theirs });
        var unknownAnswer = await fixture.PostAsAsync(world.Stranger.Subject, "borger.dk", "query($id: ID!) { message(id: $id) { label } }", new { id = unknown });
        var ownUnknown = await fixture.PostAsAsync(world.Stranger.Subject, "borger.dk", "query($id: ID!) { message(id: $id) { label } }", new { id = ownMailboxUnknown });

        Assert.Equal("NOT_FOUND", summary.RequireSingleErrorCode());
        Assert.Equal("NOT_FOUND", content.RequireSingleErrorCode());
        Assert.Equal("NOT_FOUND", node.RequireSingleErrorCode());
        Assert.Equal(summary.Errors[0]["message"]!.GetValue<string>(), unknownAnswer.Errors[0]["message"]!.GetValue<string>());
        Assert.Equal(summary.Errors[0]["message"]!.GetValue<string>(), ownUnknown.Errors[0]["message"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", unknownAnswer.RequireSingleErrorCode());
        Assert.Equal("NOT_FOUND", ownUnknown.RequireSingleErrorCode());
    }

    [Fact]
    public async Task A_message_resolves_as_a_node_for_its_owner()
    {
        var world = fixture.World;

        var node = await fixture.PostAsAsync(world.Owner.Subject, "borger.dk", "query($id: ID!) { node(id: $id) { id ... on Message { label } } }", new { id = MessageId(world.OwnerNormal) });

        Assert.Equal(world.OwnerNormal.Label, node.RequireData()["node"]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Thread_lists_a_reply_with_its_original_oldest_first_and_the_sent_reply_has_receipts()
    {
        var citizen = await fixture.CreateCitizenAsync("Tråd", "Borger");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Spørgsmål") { Replyable = true, ReplyBy = fixture.Time.GetUtcNow().AddDays(5) });
        var reply = await fixture.Grains.GetGrain<ICitizenMailboxGrain>(citizen.Mailbox.Value)
            .ReplyAsync(ActorContext.Person(citizen.Cpr, Platform.BorgerDk), new ReplyRequest(letter.MessageUuid, "Svar", []));
        var replyId = GlobalId.Message(citizen.Mailbox, reply.MessageUuid);

        var answer = await fixture.PostAsAsync(citizen.Subject, "borger.dk", """
            query($id: ID!) { message(id: $id) { direction thread { label direction } receipts { status messageUuid } } }
            """, new { id = replyId });

        var message = answer.RequireData()["message"]!;
        Assert.Equal("SENT", message["direction"]!.GetValue<string>());
        Assert.Equal(["Spørgsmål", "Sv: Spørgsmål"], message["thread"]!.AsArray().Select(m => m!["label"]!.GetValue<string>()));
        Assert.Contains(message["receipts"]!.AsArray(), r => r!["status"]!.GetValue<string>() == "RECEIVED");
    }
}
