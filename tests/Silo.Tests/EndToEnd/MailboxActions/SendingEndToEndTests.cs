using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using DomainPlatform = DigitalPost.Grains.Interfaces.Mailboxes.Platform;

namespace DigitalPost.Silo.Tests.EndToEnd.MailboxActions;

/// <summary>Replies, new messages to an authority (attachments by multipart and by upload id), forwards, and the limits that refuse them with nothing stored.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SendingEndToEndTests(EndToEndFixture fixture)
{
    private const string Platform = "borger.dk";
    private const string SendSelection = "message { id label folder { folderId } fileCount } delivery { outcome receiptStatus duplicate } clientMutationId";

    private const string SendToAuthority = $$"""
        mutation($input: SendMessageToAuthorityInput!) { sendMessageToAuthority(input: $input) { {{SendSelection}} } }
        """;

    [Fact]
    public async Task A_reply_to_a_replyable_message_is_delivered_and_kept_in_sent()
    {
        var citizen = await fixture.CreateCitizenAsync("Svend", "Svarer");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Høring") { Replyable = true, ReplyBy = fixture.Time.GetUtcNow().AddDays(10) });

        var response = await fixture.PostAsAsync(citizen.Subject, Platform,
            $"mutation($input: ReplyToMessageInput!) {{ replyToMessage(input: $input) {{ {SendSelection} }} }}",
            new JsonObject { ["input"] = new JsonObject { ["messageId"] = ActionIds.Message(citizen.Mailbox, letter.MessageUuid), ["body"] = "Tak for brevet.", ["clientMutationId"] = "s1" } });

        var payload = response.RequireData()["replyToMessage"]!;
        Assert.Equal("DELIVERED", payload["delivery"]!["outcome"]!.GetValue<string>());
        Assert.Equal("RECEIVED", payload["delivery"]!["receiptStatus"]!.GetValue<string>());
        Assert.Equal("Sv: Høring", payload["message"]!["label"]!.GetValue<string>());
        Assert.Equal(SystemFolders.Sent, payload["message"]!["folder"]!["folderId"]!.GetValue<string>());
        Assert.Equal("s1", payload["clientMutationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reply_to_a_message_that_allows_none_is_not_replyable_and_stores_nothing()
    {
        var citizen = await fixture.CreateCitizenAsync("Nina", "Nej");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Kun til orientering"));

        var response = await fixture.PostAsAsync(citizen.Subject, Platform,
            $"mutation($input: ReplyToMessageInput!) {{ replyToMessage(input: $input) {{ {SendSelection} }} }}",
            new JsonObject { ["input"] = new JsonObject { ["messageId"] = ActionIds.Message(citizen.Mailbox, letter.MessageUuid), ["body"] = "Svar" } });

        Assert.Equal("NOT_REPLYABLE", response.RequireSingleErrorCode());
        Assert.Empty(await SentAsync(citizen));
        Assert.Empty(await AuthorityMessagesAsync("Sv: Kun til orientering"));
    }

    [Fact]
    public async Task A_new_message_to_an_authority_carries_files_sent_in_a_multipart_request()
    {
        var citizen = await fixture.CreateCitizenAsync("Mette", "Multipart");
        var subject = "Ansøgning " + Guid.NewGuid().ToString("N")[..8];

        var response = await MultipartRequests.SendWithAttachmentsAsync(fixture, citizen.Subject, SendToAuthority, NewMessage(citizen, subject),
            new MultipartRequests.FilePart("ansoegning.pdf", "application/pdf", Encoding.UTF8.GetBytes("%PDF-1.4 test")), new MultipartRequests.FilePart("bilag.txt", "text/plain", Encoding.UTF8.GetBytes("bilag")));

        var payload = response.RequireData()["sendMessageToAuthority"]!;
        Assert.Equal("DELIVERED", payload["delivery"]!["outcome"]!.GetValue<string>());
        Assert.Equal(subject, payload["message"]!["label"]!.GetValue<string>());
        Assert.Equal(3, payload["message"]!["fileCount"]!.GetValue<int>());
        Assert.Single(await AuthorityMessagesAsync(subject));
    }

    [Fact]
    public async Task A_new_message_to_an_authority_carries_files_uploaded_before_and_an_upload_is_used_once()
    {
        var citizen = await fixture.CreateCitizenAsync("Ulla", "Upload");
        var uploaded = await MultipartRequests.UploadAsync(fixture, citizen.Subject, new MultipartRequests.FilePart("kvittering.pdf", "application/pdf", Encoding.UTF8.GetBytes("%PDF-1.4 kvittering")));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var upload = uploaded.Body!["uploads"]![0]!;
        Assert.Equal("kvittering.pdf", upload["filename"]!.GetValue<string>());
        var uploadId = upload["id"]!.GetValue<string>();
        var subject = "Kvittering " + Guid.NewGuid().ToString("N")[..8];

        var input = NewMessage(citizen, subject);
        input["attachments"] = new JsonArray(new JsonObject { ["uploadId"] = uploadId });
        var sent = await fixture.PostAsAsync(citizen.Subject, Platform, SendToAuthority, new JsonObject { ["input"] = input });
        var again = NewMessage(citizen, subject + " igen");
        again["attachments"] = new JsonArray(new JsonObject { ["uploadId"] = uploadId });
        var reused = await fixture.PostAsAsync(citizen.Subject, Platform, SendToAuthority, new JsonObject { ["input"] = again });

        Assert.Equal(2, sent.RequireData()["sendMessageToAuthority"]!["message"]!["fileCount"]!.GetValue<int>());
        Assert.Equal("NOT_FOUND", reused.RequireSingleErrorCode());
        Assert.Empty(await AuthorityMessagesAsync(subject + " igen"));
    }

    [Fact]
    public async Task Another_persons_upload_id_is_not_found()
    {
        var owner = await fixture.CreateCitizenAsync("Olivia", "Ophav");
        var other = await fixture.CreateCitizenAsync("Otto", "Anden");
        var uploaded = await MultipartRequests.UploadAsync(fixture, owner.Subject, new MultipartRequests.FilePart("a.pdf", "application/pdf", [1, 2, 3]));
        var input = NewMessage(other, "Lånt fil");
        input["attachments"] = new JsonArray(new JsonObject { ["uploadId"] = uploaded.Body!["uploads"]![0]!["id"]!.GetValue<string>() });

        var response = await fixture.PostAsAsync(other.Subject, Platform, SendToAuthority, new JsonObject { ["input"] = input });

        Assert.Equal("NOT_FOUND", response.RequireSingleErrorCode());
    }

    [Fact]
    public async Task A_forbidden_file_type_is_limit_exceeded_and_nothing_is_sent()
    {
        var citizen = await fixture.CreateCitizenAsync("Frans", "Filtype");
        var subject = "Program " + Guid.NewGuid().ToString("N")[..8];

        var response = await MultipartRequests.SendWithAttachmentsAsync(fixture, citizen.Subject, SendToAuthority, NewMessage(citizen, subject),
            new MultipartRequests.FilePart("setup.exe", "application/octet-stream", [0x4D, 0x5A]));

        Assert.Equal("LIMIT_EXCEEDED", response.RequireSingleErrorCode());
        Assert.Contains("exe", response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await SentAsync(citizen));
        Assert.Empty(await AuthorityMessagesAsync(subject));
    }

    [Fact]
    public async Task Files_over_the_contact_points_size_limit_are_limit_exceeded_and_nothing_is_sent()
    {
        var citizen = await fixture.CreateCitizenAsync("Sofus", "Stor");
        var subject = "Stor fil " + Guid.NewGuid().ToString("N")[..8];

        // 11 MiB: within the gateway's request limit (61 MiB), over the default 10 MB per message to an authority.
        var response = await MultipartRequests.SendWithAttachmentsAsync(fixture, citizen.Subject, SendToAuthority, NewMessage(citizen, subject),
            new MultipartRequests.FilePart("stor.pdf", "application/pdf", new byte[11 * 1024 * 1024]));

        Assert.Equal("LIMIT_EXCEEDED", response.RequireSingleErrorCode());
        Assert.Empty(await SentAsync(citizen));
        Assert.Empty(await AuthorityMessagesAsync(subject));
    }

    [Fact]
    public async Task More_files_than_a_request_may_carry_are_refused_at_the_edge_with_413()
    {
        var citizen = await fixture.CreateCitizenAsync("Mange", "Filer");
        var subject = "Mange filer " + Guid.NewGuid().ToString("N")[..8];
        var files = Enumerable.Range(0, 12).Select(i => new MultipartRequests.FilePart($"bilag{i}.txt", "text/plain", [1])).ToArray();

        var response = await MultipartRequests.SendWithAttachmentsAsync(fixture, citizen.Subject, SendToAuthority, NewMessage(citizen, subject), files);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("LIMIT_EXCEEDED", response.RequireSingleErrorCode());
        Assert.Empty(await AuthorityMessagesAsync(subject));
    }

    [Fact]
    public async Task More_attachments_than_a_message_may_have_are_limit_exceeded()
    {
        var citizen = await fixture.CreateCitizenAsync("Alma", "Bilag");
        var files = Enumerable.Range(0, 11).Select(i => new MultipartRequests.FilePart($"bilag{i}.txt", "text/plain", [1])).ToArray();

        var response = await MultipartRequests.SendWithAttachmentsAsync(fixture, citizen.Subject, SendToAuthority, NewMessage(citizen, "For mange bilag"), files);

        Assert.Equal("LIMIT_EXCEEDED", response.RequireSingleErrorCode());
        Assert.Contains("input.attachments", response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await SentAsync(citizen));
    }

    [Fact]
    public async Task A_body_over_the_configured_length_is_a_validation_error_naming_the_field()
    {
        var citizen = await fixture.CreateCitizenAsync("Lars", "Lang");
        var input = NewMessage(citizen, "Lang tekst");
        input["body"] = new string('x', 100_001);

        var response = await fixture.PostAsAsync(citizen.Subject, Platform, SendToAuthority, new JsonObject { ["input"] = input });

        Assert.Equal("VALIDATION", response.RequireSingleErrorCode());
        Assert.Contains("input.body", response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_contact_point_is_a_validation_error()
    {
        var citizen = await fixture.CreateCitizenAsync("Kurt", "Kontakt");
        var input = NewMessage(citizen, "Forkert sted");
        input["contactPointId"] = "findes-ikke";

        var response = await fixture.PostAsAsync(citizen.Subject, Platform, SendToAuthority, new JsonObject { ["input"] = input });

        Assert.Equal("VALIDATION", response.RequireSingleErrorCode());
        Assert.Contains("input.contactPointId", response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forward_reaches_the_other_person_and_a_bad_address_is_a_validation_error()
    {
        var citizen = await fixture.CreateCitizenAsync("Vera", "Videre");
        var friend = await fixture.CreateCitizenAsync("Vilhelm", "Modtager");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Vigtigt brev"));
        var messageId = ActionIds.Message(citizen.Mailbox, letter.MessageUuid);
        const string forward = $"mutation($input: ForwardMessageInput!) {{ forwardMessage(input: $input) {{ {SendSelection} }} }}";

        var response = await fixture.PostAsAsync(citizen.Subject, Platform, forward,
            new JsonObject { ["input"] = new JsonObject { ["messageId"] = messageId, ["to"] = friend.Subject, ["comment"] = "Se her" } });
        var bad = await fixture.PostAsAsync(citizen.Subject, Platform, forward,
            new JsonObject { ["input"] = new JsonObject { ["messageId"] = messageId, ["to"] = "0101901234" } });

        var payload = response.RequireData()["forwardMessage"]!;
        Assert.Equal("DELIVERED", payload["delivery"]!["outcome"]!.GetValue<string>());
        Assert.Equal("Vs: Vigtigt brev", payload["message"]!["label"]!.GetValue<string>());
        var received = await fixture.Grains.GetGrain<ICitizenMailboxGrain>(friend.Mailbox.Value)
            .ListMessagesAsync(ActorContext.Person(friend.Cpr, DomainPlatform.BorgerDk), new MessageQuery());
        Assert.Contains(received.Items, m => m.Label == "Vs: Vigtigt brev");
        Assert.Equal("VALIDATION", bad.RequireSingleErrorCode());
        Assert.Contains("input.to", bad.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_write_delegate_writes_to_an_authority_on_the_owners_behalf_but_a_read_delegate_may_not()
    {
        var owner = await fixture.CreateCitizenAsync("Olga", "Skriver");
        var writer = await fixture.CreateCitizenAsync("Werner", "Skrivedelegat");
        var reader = await fixture.CreateCitizenAsync("Rita", "Læsedelegat");
        await fixture.GrantAccessAsync(owner, writer, AccessLevel.ReadWrite);
        await fixture.GrantAccessAsync(owner, reader, AccessLevel.Read);
        var subject = "På vegne af " + Guid.NewGuid().ToString("N")[..8];

        var written = await fixture.PostAsAsync(writer.Subject, Platform, SendToAuthority, new JsonObject { ["input"] = NewMessage(owner, subject) });
        var refused = await fixture.PostAsAsync(reader.Subject, Platform, SendToAuthority, new JsonObject { ["input"] = NewMessage(owner, subject + " nej") });

        Assert.Equal("DELIVERED", written.RequireData()["sendMessageToAuthority"]!["delivery"]!["outcome"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", refused.RequireSingleErrorCode());
        Assert.Empty(await AuthorityMessagesAsync(subject + " nej"));
    }

    private JsonObject NewMessage(WorldCitizen from, string subject) => new()
    {
        ["mailboxId"] = ActionIds.Mailbox(from.Mailbox),
        ["authorityId"] = ActionIds.Authority(fixture.World.Authority.Id),
        ["contactPointId"] = fixture.World.Authority.ContactPointId,
        ["subject"] = subject,
        ["body"] = "Hermed min henvendelse.",
    };

    private async Task<IReadOnlyList<MessageSummary>> SentAsync(WorldCitizen citizen) =>
        (await fixture.Grains.GetGrain<ICitizenMailboxGrain>(citizen.Mailbox.Value)
            .ListMessagesAsync(ActorContext.Person(citizen.Cpr, DomainPlatform.BorgerDk), new MessageQuery(FolderId: SystemFolders.Sent))).Items;

    private async Task<IReadOnlyList<MessageSummary>> AuthorityMessagesAsync(string label)
    {
        var authority = fixture.World.Authority;
        var page = await fixture.Grains.GetGrain<IAuthorityMailboxGrain>(authority.Mailbox.Value)
            .ListMessagesAsync(ActorContext.Authority(authority.Id), new MessageQuery(FolderId: null, Text: label, PageSize: 50));
        return [.. page.Items.Where(m => m.Label == label)];
    }
}
