using System.Text.Json;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.MailboxActions.Uploads;
using DigitalPost.GraphQLGateway.Tests.Core;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>The mutation resolvers over fake grains: input checks before any grain call, access before the action, refusals translated.</summary>
public sealed class MutationResolverTests : IAsyncLifetime
{
    private static readonly Cpr Person = Cpr.Parse(Viewers.CitizenCpr);
    private static readonly MailboxId Own = MailboxId.ForCitizen(Person);
    private static readonly MailboxId Other = MailboxId.ForCitizen(Cpr.Parse(Viewers.OtherCpr));
    private static readonly Guid Uuid = Guid.Parse("11111111-2222-4333-8444-555555555555");

    private MutationHarness _harness = null!;

    public Task InitializeAsync()
    {
        _harness = new MutationHarness();
        _harness.Openable(Person, (Own, AccessLevel.Owner), (Other, AccessLevel.Read));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task An_empty_folder_name_is_refused_before_any_grain_is_asked()
    {
        var result = await _harness.RunAsync(Viewers.Citizen(), """mutation { createFolder(input: { mailboxId: "MAILBOX", name: " " }) { folder { id } } }""".Replace("MAILBOX", GlobalId.Mailbox(Own), StringComparison.Ordinal));

        Assert.Equal("VALIDATION", Code(result));
        Assert.Contains("input.name", Message(result), StringComparison.Ordinal);
        Assert.Empty(_harness.Grains.Calls);
    }

    [Fact]
    public async Task A_mailbox_the_viewer_cannot_open_is_not_found_and_its_grain_is_never_called()
    {
        var hidden = MailboxId.ForCitizen(Cpr.Parse("0303030303"));

        var result = await MarkReadAsync(GlobalId.Message(hidden, Uuid));

        Assert.Equal("NOT_FOUND", Code(result));
        Assert.Empty(_harness.ActionCalls);
    }

    [Fact]
    public async Task A_grain_refusal_for_lack_of_level_is_forbidden()
    {
        _harness.Grains.Handle(Other.Value, nameof(IMailboxGrain.DeleteMessageAsync), _ =>
            Task.FromException(new MailboxActionException(MailboxErrorCode.NotAuthorised, "A read delegate cannot delete.")));

        var result = await _harness.RunAsync(Viewers.Citizen(), $$"""mutation { deleteMessage(input: { messageId: "{{GlobalId.Message(Other, Uuid)}}" }) { message { id } } }""");

        Assert.Equal("FORBIDDEN", Code(result));
    }

    [Fact]
    public async Task A_reply_the_grain_refuses_is_not_replyable()
    {
        _harness.Grains.Handle(Own.Value, nameof(IMailboxGrain.ReplyAsync), _ =>
            Task.FromException<SendResult>(new MailboxActionException(MailboxErrorCode.ReplyNotAllowed, "This message does not allow replies.")));

        var result = await _harness.RunAsync(Viewers.Citizen(), $$"""mutation { replyToMessage(input: { messageId: "{{GlobalId.Message(Own, Uuid)}}", body: "Svar" }) { delivery { outcome } } }""");

        Assert.Equal("NOT_REPLYABLE", Code(result));
    }

    [Fact]
    public async Task Two_actions_on_one_message_in_one_request_each_return_the_state_after_themselves()
    {
        var unread = true;
        _harness.Grains.Handle(Own.Value, nameof(IMailboxGrain.MarkReadAsync), _ =>
        {
            unread = false;
            return Task.CompletedTask;
        });
        _harness.Grains.Handle(Own.Value, nameof(IMailboxGrain.MarkUnreadAsync), _ =>
        {
            unread = true;
            return Task.CompletedTask;
        });
        _harness.Grains.Handle(Own.Value, nameof(IMailboxGrain.ListMessagesAsync), args =>
        {
            var query = (MessageQuery)args[1]!;
            Assert.Null(query.FolderId);
            Assert.Equal([Uuid], query.MessageUuids);
            return Task.FromResult(new MessagePage([MutationHarness.Summary(Uuid, unread: unread)], null));
        });
        var id = GlobalId.Message(Own, Uuid);

        var result = await _harness.RunAsync(Viewers.Citizen(), $$"""
            mutation {
              read: markMessageRead(input: { messageId: "{{id}}" }) { message { id unread } }
              unread: markMessageUnread(input: { messageId: "{{id}}" }) { message { id unread } }
            }
            """);

        var data = result.GetProperty("data");
        Assert.False(data.GetProperty("read").GetProperty("message").GetProperty("unread").GetBoolean());
        Assert.True(data.GetProperty("unread").GetProperty("message").GetProperty("unread").GetBoolean());
        Assert.Equal(id, data.GetProperty("read").GetProperty("message").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Moving_to_a_folder_of_another_mailbox_is_not_found_and_moving_to_deleted_items_is_refused()
    {
        var foreignFolder = await _harness.RunAsync(Viewers.Citizen(), $$"""
            mutation { moveMessage(input: { messageId: "{{GlobalId.Message(Own, Uuid)}}", folderId: "{{GlobalId.Folder(Other, "archive")}}" }) { message { id } } }
            """);
        var deleted = await _harness.RunAsync(Viewers.Citizen(), $$"""
            mutation { moveMessage(input: { messageId: "{{GlobalId.Message(Own, Uuid)}}", folderId: "{{GlobalId.Folder(Own, "deleted")}}" }) { message { id } } }
            """);

        Assert.Equal("NOT_FOUND", Code(foreignFolder));
        Assert.Equal("VALIDATION", Code(deleted));
        Assert.Contains("deleteMessage", Message(deleted), StringComparison.Ordinal);
        Assert.Empty(_harness.ActionCalls);
    }

    [Fact]
    public async Task Someone_elses_upload_id_is_not_found_and_nothing_is_sent()
    {
        var store = (UploadStore)_harness.Services.GetService(typeof(UploadStore))!;
        var storage = (UploadTempStorage)_harness.Services.GetService(typeof(UploadTempStorage))!;
        using var source = new MemoryStream([1, 2, 3]);
        var file = (await storage.WriteAsync(source, "a.pdf", "application/pdf", 100, CancellationToken.None))!;
        await store.TryAddAsync("cpr:" + Viewers.OtherCpr, [file]);

        var result = await _harness.RunAsync(Viewers.Citizen(), $$"""
            mutation { replyToMessage(input: { messageId: "{{GlobalId.Message(Own, Uuid)}}", body: "Svar", attachments: [{ uploadId: "{{GlobalId.Upload(file.Id)}}" }] }) { delivery { outcome } } }
            """);

        Assert.Equal("NOT_FOUND", Code(result));
        Assert.Empty(_harness.ActionCalls);
    }

    [Fact]
    public async Task An_upload_used_by_a_successful_send_is_deleted_and_the_delivery_is_reported()
    {
        var store = (UploadStore)_harness.Services.GetService(typeof(UploadStore))!;
        var storage = (UploadTempStorage)_harness.Services.GetService(typeof(UploadTempStorage))!;
        using var source = new MemoryStream("vedhæftet"u8.ToArray());
        var file = (await storage.WriteAsync(source, "bilag.txt", "text/plain", 100, CancellationToken.None))!;
        await store.TryAddAsync("cpr:" + Viewers.CitizenCpr, [file]);
        var sentUuid = Guid.NewGuid();
        ReplyRequest? sent = null;
        _harness.Grains.Handle(Own.Value, nameof(IMailboxGrain.ReplyAsync), args =>
        {
            sent = (ReplyRequest)args[1]!;
            return Task.FromResult(new SendResult(sentUuid, new DeliveryResult(sentUuid, DeliveryOutcome.Delivered, ReceiptStatus.Received, null, null)));
        });
        _harness.Grains.Handle(Own.Value, nameof(IMailboxGrain.ListMessagesAsync), _ =>
            Task.FromResult(new MessagePage([MutationHarness.Summary(sentUuid, SystemFolders.Sent, unread: false, label: "Sv: Brev")], null)));

        var result = await _harness.RunAsync(Viewers.Citizen(), $$"""
            mutation { replyToMessage(input: { messageId: "{{GlobalId.Message(Own, Uuid)}}", body: "Svar", attachments: [{ uploadId: "{{GlobalId.Upload(file.Id)}}" }] }) {
              message { label } delivery { outcome receiptStatus duplicate messageUuid } } }
            """);

        var payload = result.GetProperty("data").GetProperty("replyToMessage");
        Assert.Equal("DELIVERED", payload.GetProperty("delivery").GetProperty("outcome").GetString());
        Assert.Equal("RECEIVED", payload.GetProperty("delivery").GetProperty("receiptStatus").GetString());
        Assert.Equal(sentUuid.ToString(), payload.GetProperty("delivery").GetProperty("messageUuid").GetString());
        Assert.Equal("Sv: Brev", payload.GetProperty("message").GetProperty("label").GetString());
        var attachment = Assert.Single(sent!.Attachments);
        Assert.Equal("bilag.txt", attachment.Filename);
        Assert.Equal("vedhæftet"u8.ToArray(), attachment.Content.ToArray());
        Assert.Null(store.Find("cpr:" + Viewers.CitizenCpr, file.Id));
        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public async Task More_attachments_than_configured_are_limit_exceeded_before_any_grain_call()
    {
        var attachments = string.Join(", ", Enumerable.Range(0, 11).Select(_ => $$"""{ uploadId: "{{GlobalId.Upload(Guid.NewGuid())}}" }"""));

        var result = await _harness.RunAsync(Viewers.Citizen(), $$"""
            mutation { replyToMessage(input: { messageId: "{{GlobalId.Message(Own, Uuid)}}", body: "Svar", attachments: [{{attachments}}] }) { delivery { outcome } } }
            """);

        Assert.Equal("LIMIT_EXCEEDED", Code(result));
        Assert.Empty(_harness.Grains.Calls);
    }

    private Task<JsonElement> MarkReadAsync(string messageId) =>
        _harness.RunAsync(Viewers.Citizen(), $$"""mutation { markMessageRead(input: { messageId: "{{messageId}}" }) { message { id } } }""");

    private static string? Code(JsonElement result) => CoreHarness.FirstErrorCode(result);

    private static string Message(JsonElement result) => result.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
