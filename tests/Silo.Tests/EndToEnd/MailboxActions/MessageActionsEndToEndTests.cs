using System.Text.Json.Nodes;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using DomainPlatform = DigitalPost.Grains.Interfaces.Mailboxes.Platform;

namespace DigitalPost.Silo.Tests.EndToEnd.MailboxActions;

/// <summary>Mark read/unread, move, delete/restore and folders through the gateway, with the grains' authorisation behind them.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class MessageActionsEndToEndTests(EndToEndFixture fixture)
{
    private const string Platform = "borger.dk";
    private const string MessageFields = "message { id unread label folder { folderId } deletedAt }";

    [Fact]
    public async Task Mark_read_and_unread_change_the_message_and_echo_the_client_mutation_id()
    {
        var citizen = await fixture.CreateCitizenAsync("Rikke", "Læser");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Læs mig"));
        var id = ActionIds.Message(citizen.Mailbox, letter.MessageUuid);

        var read = await Mutate(citizen.Subject, "markMessageRead", "MarkMessageReadInput", new JsonObject { ["messageId"] = id, ["clientMutationId"] = "r1" });
        Assert.False(read["message"]!["unread"]!.GetValue<bool>());
        Assert.Equal(id, read["message"]!["id"]!.GetValue<string>());
        Assert.Equal("r1", read["clientMutationId"]!.GetValue<string>());

        var unread = await Mutate(citizen.Subject, "markMessageUnread", "MarkMessageUnreadInput", new JsonObject { ["messageId"] = id });
        Assert.True(unread["message"]!["unread"]!.GetValue<bool>());
        Assert.Null(unread["clientMutationId"]);
    }

    [Fact]
    public async Task A_message_moves_to_a_new_folder_and_back_and_the_folder_can_be_renamed_and_deleted()
    {
        var citizen = await fixture.CreateCitizenAsync("Mads", "Mapper");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Til arkivet"));
        var messageId = ActionIds.Message(citizen.Mailbox, letter.MessageUuid);

        var created = await Mutate(citizen.Subject, "createFolder", "CreateFolderInput",
            new JsonObject { ["mailboxId"] = ActionIds.Mailbox(citizen.Mailbox), ["name"] = "  Skat  " }, "folder { id folderId name system }");
        var folder = created["folder"]!;
        Assert.Equal("Skat", folder["name"]!.GetValue<string>());
        Assert.False(folder["system"]!.GetValue<bool>());
        var folderId = folder["id"]!.GetValue<string>();

        var moved = await Mutate(citizen.Subject, "moveMessage", "MoveMessageInput", new JsonObject { ["messageId"] = messageId, ["folderId"] = folderId });
        Assert.Equal(folder["folderId"]!.GetValue<string>(), moved["message"]!["folder"]!["folderId"]!.GetValue<string>());

        var renamed = await Mutate(citizen.Subject, "renameFolder", "RenameFolderInput", new JsonObject { ["folderId"] = folderId, ["name"] = "Skat 2026" }, "folder { id name }");
        Assert.Equal("Skat 2026", renamed["folder"]!["name"]!.GetValue<string>());
        Assert.Equal(folderId, renamed["folder"]!["id"]!.GetValue<string>());

        var deleted = await Mutate(citizen.Subject, "deleteFolder", "DeleteFolderInput", new JsonObject { ["folderId"] = folderId }, "deletedFolderId mailbox { id }");
        Assert.Equal(folderId, deleted["deletedFolderId"]!.GetValue<string>());
        Assert.Equal(ActionIds.Mailbox(citizen.Mailbox), deleted["mailbox"]!["id"]!.GetValue<string>());

        // The deleted folder's message is back in the inbox.
        var back = await Mutate(citizen.Subject, "markMessageRead", "MarkMessageReadInput", new JsonObject { ["messageId"] = messageId });
        Assert.Equal(SystemFolders.Inbox, back["message"]!["folder"]!["folderId"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_or_too_long_folder_name_is_a_validation_error_naming_the_field()
    {
        var citizen = await fixture.CreateCitizenAsync("Tom", "Navn");
        var mailboxId = ActionIds.Mailbox(citizen.Mailbox);

        var empty = await MutateRaw(citizen.Subject, "createFolder", "CreateFolderInput", new JsonObject { ["mailboxId"] = mailboxId, ["name"] = "   " }, "folder { id }");
        var tooLong = await MutateRaw(citizen.Subject, "createFolder", "CreateFolderInput", new JsonObject { ["mailboxId"] = mailboxId, ["name"] = new string('x', 101) }, "folder { id }");

        Assert.Equal("VALIDATION", empty.RequireSingleErrorCode());
        Assert.Contains("input.name", empty.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("VALIDATION", tooLong.RequireSingleErrorCode());
        Assert.Contains("at most 100 characters", tooLong.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_deletes_and_restores_a_message()
    {
        var citizen = await fixture.CreateCitizenAsync("Dagny", "Sletter");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Slet mig"));
        var id = ActionIds.Message(citizen.Mailbox, letter.MessageUuid);

        var deleted = await Mutate(citizen.Subject, "deleteMessage", "DeleteMessageInput", new JsonObject { ["messageId"] = id });
        Assert.Equal(SystemFolders.Deleted, deleted["message"]!["folder"]!["folderId"]!.GetValue<string>());
        Assert.NotNull(deleted["message"]!["deletedAt"]);

        var restored = await Mutate(citizen.Subject, "restoreMessage", "RestoreMessageInput", new JsonObject { ["messageId"] = id });
        Assert.Equal(SystemFolders.Inbox, restored["message"]!["folder"]!["folderId"]!.GetValue<string>());
        Assert.Null(restored["message"]!["deletedAt"]);
    }

    [Fact]
    public async Task A_read_delegate_may_mark_and_move_but_deleting_is_forbidden_and_changes_nothing()
    {
        var owner = await fixture.CreateCitizenAsync("Olga", "Ejer");
        var reader = await fixture.CreateCitizenAsync("Rasmus", "Læsedelegat");
        await fixture.GrantAccessAsync(owner, reader, AccessLevel.Read);
        var letter = await fixture.SendLetterAsync(owner.Mailbox, new LetterSpec("Til Olga"));
        var id = ActionIds.Message(owner.Mailbox, letter.MessageUuid);

        var read = await Mutate(reader.Subject, "markMessageRead", "MarkMessageReadInput", new JsonObject { ["messageId"] = id });
        Assert.False(read["message"]!["unread"]!.GetValue<bool>());
        var moved = await Mutate(reader.Subject, "moveMessage", "MoveMessageInput",
            new JsonObject { ["messageId"] = id, ["folderId"] = ActionIds.Folder(owner.Mailbox, SystemFolders.Archive) });
        Assert.Equal(SystemFolders.Archive, moved["message"]!["folder"]!["folderId"]!.GetValue<string>());

        var refused = await MutateRaw(reader.Subject, "deleteMessage", "DeleteMessageInput", new JsonObject { ["messageId"] = id }, MessageFields);

        Assert.Equal("FORBIDDEN", refused.RequireSingleErrorCode());
        var stored = await fixture.Grains.GetGrain<ICitizenMailboxGrain>(owner.Mailbox.Value)
            .ListMessagesAsync(ActorContext.Person(owner.Cpr, DomainPlatform.BorgerDk), new(FolderId: SystemFolders.Archive));
        Assert.Contains(stored.Items, m => m.MessageUuid == letter.MessageUuid && m.DeletedAt is null);
    }

    [Fact]
    public async Task Someone_elses_message_is_not_found_the_same_as_an_unknown_one()
    {
        var owner = await fixture.CreateCitizenAsync("Else", "Ejer");
        var stranger = await fixture.CreateCitizenAsync("Frede", "Fremmed");
        var letter = await fixture.SendLetterAsync(owner.Mailbox, new LetterSpec("Privat"));

        var foreign = await MutateRaw(stranger.Subject, "markMessageRead", "MarkMessageReadInput",
            new JsonObject { ["messageId"] = ActionIds.Message(owner.Mailbox, letter.MessageUuid) }, MessageFields);
        var unknown = await MutateRaw(owner.Subject, "markMessageRead", "MarkMessageReadInput",
            new JsonObject { ["messageId"] = ActionIds.Message(owner.Mailbox, Guid.NewGuid()) }, MessageFields);

        Assert.Equal("NOT_FOUND", foreign.RequireSingleErrorCode());
        Assert.Equal("NOT_FOUND", unknown.RequireSingleErrorCode());
        Assert.Equal(foreign.Errors[0]["message"]!.GetValue<string>(), unknown.Errors[0]["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Moving_a_legal_notification_serves_it()
    {
        var citizen = await fixture.CreateCitizenAsync("Lise", "Forkyndelse");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Afgørelse") { LegalNotification = true });

        var moved = await Mutate(citizen.Subject, "moveMessage", "MoveMessageInput",
            new JsonObject { ["messageId"] = ActionIds.Message(citizen.Mailbox, letter.MessageUuid), ["folderId"] = ActionIds.Folder(citizen.Mailbox, SystemFolders.Archive) },
            "message { legalNotification servedAt folder { folderId } }");

        Assert.True(moved["message"]!["legalNotification"]!.GetValue<bool>());
        Assert.NotNull(moved["message"]!["servedAt"]);
    }

    [Fact]
    public async Task Private_post_cannot_be_acted_on_from_another_platform()
    {
        var world = fixture.World;
        var id = ActionIds.Message(world.OwnerPrivatePost.Mailbox, world.OwnerPrivatePost.MessageUuid);

        var refused = await MutateRaw(world.Owner.Subject, "markMessageRead", "MarkMessageReadInput", new JsonObject { ["messageId"] = id }, MessageFields);

        Assert.Equal("NOT_FOUND", refused.RequireSingleErrorCode());
    }

    private async Task<JsonObject> Mutate(string subject, string field, string inputType, JsonObject input, string selection = MessageFields + " clientMutationId")
    {
        var response = await MutateRaw(subject, field, inputType, input, selection);
        return (JsonObject)response.RequireData()[field]!;
    }

    private Task<GraphQLResponse> MutateRaw(string subject, string field, string inputType, JsonObject input, string selection) =>
        fixture.PostAsAsync(subject, Platform, $"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} }} }}", new JsonObject { ["input"] = input });
}
