using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Silo.Tests.EndToEnd.Settings;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using static DigitalPost.Silo.Tests.EndToEnd.Authorization.MatrixRole;

namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>
/// For every operation that takes an id, the answer to a caller who may not see the object and the answer for an object
/// that does not exist are the same bytes (status, message, code, extensions, path, data), so ids cannot be probed.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class UnknownVersusDeniedTests(EndToEndFixture fixture)
{
    private static readonly MailboxId UnknownMailbox = MailboxId.ForCitizen(Cpr.Parse("0101019999"));

    /// <summary>Row name, who asks, the document, and the variables for the real (denied) and the unknown object.</summary>
    private static readonly Dictionary<string, Func<MatrixWorld, MatrixScene, (MatrixRole Role, string Query, object Denied, object Unknown)>> Cases = new(StringComparer.Ordinal)
    {
        ["Query.node"] = (_, s) => (Stranger, "query($id: ID!) { node(id: $id) { id } }", new { id = Message(s) }, new { id = UnknownMessage(s) }),
        ["Query.nodes"] = (_, s) => (Stranger, "query($id: ID!) { nodes(ids: [$id]) { id } }", new { id = Message(s) }, new { id = UnknownMessage(s) }),
        ["Query.mailbox"] = (_, s) => (Stranger, "query($id: ID!) { mailbox(id: $id) { id } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Query.message"] = (_, s) => (Stranger, "query($id: ID!) { message(id: $id) { id } }", new { id = Message(s) }, new { id = UnknownMessage(s) }),
        ["Query.massSendJob"] = (w, _) => (AuthorityOther, "query($id: ID!) { massSendJob(id: $id) { status } }", new { id = w.MassSendJobGlobalId }, new { id = UnknownMassSendJob() }),
        ["Query.node [mass-send job]"] = (w, _) => (AuthorityOther, "query($id: ID!) { node(id: $id) { id } }", new { id = w.MassSendJobGlobalId }, new { id = UnknownMassSendJob() }),
        ["Query.node [mass-send job, agency]"] = (w, _) => (Agency, "query($id: ID!) { node(id: $id) { id } }", new { id = w.MassSendJobGlobalId }, new { id = UnknownMassSendJob() }),
        ["Query.citizenExemptionStatus"] = (_, s) => (StaffOtherMunicipality, "query($c: String!) { citizenExemptionStatus(citizenCpr: $c) { exempt } }",
            new { c = s.Owner.Cpr.Value }, new { c = "0101019999" }),
        ["Mailbox.notificationSettings"] = (_, s) => (Stranger, "query($id: ID!) { mailbox(id: $id) { notificationSettings { emails } } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mailbox.accessLog"] = (_, s) => (Stranger, "query($id: ID!) { mailbox(id: $id) { accessLog { pageInfo { hasNextPage } } } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.markMessageRead"] = (_, s) => (Stranger, "mutation($id: ID!) { markMessageRead(input: { messageId: $id }) { clientMutationId } }", new { id = Message(s) }, new { id = UnknownMessage(s) }),
        ["Mutation.markMessageUnread"] = (_, s) => (Stranger, "mutation($id: ID!) { markMessageUnread(input: { messageId: $id }) { clientMutationId } }", new { id = Message(s) }, new { id = UnknownMessage(s) }),
        ["Mutation.moveMessage"] = (_, s) => (Stranger, "mutation($id: ID!, $f: ID!) { moveMessage(input: { messageId: $id, folderId: $f }) { clientMutationId } }",
            new { id = Message(s), f = Folder(s.Owner.Mailbox, s.FolderId) }, new { id = UnknownMessage(s), f = Folder(s.Owner.Mailbox, s.FolderId) }),
        ["Mutation.deleteMessage"] = (_, s) => (Stranger, "mutation($id: ID!) { deleteMessage(input: { messageId: $id }) { clientMutationId } }", new { id = Message(s) }, new { id = UnknownMessage(s) }),
        ["Mutation.restoreMessage"] = (_, s) => (Stranger, "mutation($id: ID!) { restoreMessage(input: { messageId: $id }) { clientMutationId } }",
            new { id = GlobalIds.Encode("Message", $"{s.Owner.Mailbox.Value}/{s.DeletedLetter.MessageUuid:D}") }, new { id = UnknownMessage(s) }),
        ["Mutation.createFolder"] = (_, s) => (Stranger, "mutation($id: ID!) { createFolder(input: { mailboxId: $id, name: \"X\" }) { clientMutationId } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.renameFolder"] = (_, s) => (Stranger, "mutation($id: ID!) { renameFolder(input: { folderId: $id, name: \"X\" }) { clientMutationId } }",
            new { id = Folder(s.Owner.Mailbox, s.FolderId) }, new { id = Folder(s.Owner.Mailbox, "f999") }),
        ["Mutation.deleteFolder"] = (_, s) => (Stranger, "mutation($id: ID!) { deleteFolder(input: { folderId: $id }) { clientMutationId } }",
            new { id = Folder(s.Owner.Mailbox, s.FolderId) }, new { id = Folder(s.Owner.Mailbox, "f999") }),
        ["Mutation.replyToMessage"] = (_, s) => (Stranger, "mutation($id: ID!) { replyToMessage(input: { messageId: $id, body: \"x\" }) { clientMutationId } }", new { id = Message(s) }, new { id = UnknownMessage(s) }),
        ["Mutation.sendMessageToAuthority"] = (w, s) => (Stranger, "mutation($id: ID!, $a: ID!, $cp: String!) { sendMessageToAuthority(input: { mailboxId: $id, authorityId: $a, contactPointId: $cp, subject: \"x\", body: \"x\" }) { clientMutationId } }",
            new { id = Mailbox(s.Owner.Mailbox), a = GlobalIds.Encode("Authority", w.World.Authority.Id.Value), cp = w.World.Authority.ContactPointId },
            new { id = Mailbox(UnknownMailbox), a = GlobalIds.Encode("Authority", w.World.Authority.Id.Value), cp = w.World.Authority.ContactPointId }),
        ["Mutation.forwardMessage"] = (_, s) => (Stranger, "mutation($id: ID!) { forwardMessage(input: { messageId: $id, to: \"cpr:0101019999\" }) { clientMutationId } }", new { id = Message(s) }, new { id = UnknownMessage(s) }),
        ["Mutation.grantAccess"] = (_, s) => (Stranger, "mutation($id: ID!) { grantAccess(input: { mailboxId: $id, delegateCpr: \"0101019999\", level: READ }) { clientMutationId } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.revokeAccess"] = (_, s) => (Stranger, "mutation($id: ID!) { revokeAccess(input: { grantId: $id }) { clientMutationId } }",
            new { id = SettingsEndToEndTests.GrantGlobalId(s.Owner.Mailbox, s.ReadGrant.GrantId) }, new { id = SettingsEndToEndTests.GrantGlobalId(s.Owner.Mailbox, Guid.NewGuid()) }),
        ["Mutation.revokeAccess [another delegate's grant]"] = (_, s) => (ReadDelegate, "mutation($id: ID!) { revokeAccess(input: { grantId: $id }) { clientMutationId } }",
            new { id = SettingsEndToEndTests.GrantGlobalId(s.Owner.Mailbox, s.ReadWriteGrant.GrantId) }, new { id = SettingsEndToEndTests.GrantGlobalId(s.Owner.Mailbox, Guid.NewGuid()) }),
        ["Mutation.setDelegateNotifications"] = (_, s) => (Stranger, "mutation($id: ID!) { setDelegateNotifications(input: { mailboxId: $id, notify: true }) { clientMutationId } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.updateNotificationSettings"] = (_, s) => (Stranger, "mutation($id: ID!) { updateNotificationSettings(input: { mailboxId: $id, emails: [], phoneNumbers: [], pushDevices: [] }) { clientMutationId } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.registerNemSms"] = (_, s) => (Stranger, "mutation($id: ID!) { registerNemSms(input: { mailboxId: $id, phoneNumber: \"+4540404040\" }) { clientMutationId } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.unregisterNemSms"] = (_, s) => (Stranger, "mutation($id: ID!) { unregisterNemSms(input: { mailboxId: $id }) { clientMutationId } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.giveConsent"] = (_, s) => (Stranger, "mutation($id: ID!) { giveConsent(input: { mailboxId: $id, senderCvr: \"12345678\" }) { clientMutationId } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.withdrawConsent"] = (_, s) => (Stranger, "mutation($id: ID!) { withdrawConsent(input: { mailboxId: $id, senderCvr: \"12345678\" }) { clientMutationId } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.revokeExemption"] = (_, s) => (Stranger, "mutation($id: ID!) { revokeExemption(input: { mailboxId: $id }) { clientMutationId } }", new { id = Mailbox(s.Owner.Mailbox) }, new { id = Mailbox(UnknownMailbox) }),
        ["Mutation.recallMessage"] = (_, s) => (AuthorityOther, "mutation($u: UUID!, $r: String!) { recallMessage(input: { messageUuid: $u, recipient: $r }) { recalled } }",
            new { u = s.HeldMessageUuid, r = s.Owner.Mailbox.Value }, new { u = Guid.NewGuid(), r = s.Owner.Mailbox.Value }),
        ["Mutation.registerExemption"] = (_, s) => (StaffOtherMunicipality, "mutation($c: String!) { registerExemption(input: { citizenCpr: $c, criterion: OTHER_SPECIAL_CIRCUMSTANCES, discloseCriterion: false, forwardUnopenedPostToPrint: false }) { clientMutationId } }",
            new { c = s.Owner.Cpr.Value }, new { c = "0101019999" }),
    };

    /// <summary>Rows whose refusal is an ordinary answer: a null node, or "not recalled" (the same as for a message never held).</summary>
    private static readonly HashSet<string> AnswerWithoutError = new(StringComparer.Ordinal) { "Query.nodes", "Mutation.recallMessage" };

    public static TheoryData<string> Rows => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task A_denied_object_and_an_unknown_object_give_the_same_bytes(string row)
    {
        var world = await MatrixWorld.ForAsync(fixture);
        var scene = await world.SharedSceneAsync();
        var runner = new MatrixRunner(world);
        var (role, query, denied, unknown) = Cases[row](world, scene);

        var deniedResponse = await runner.PostRawAsync(role, scene, new MatrixRequest(query, denied, "-"));
        var unknownResponse = await runner.PostRawAsync(role, scene, new MatrixRequest(query, unknown, "-"));

        if (!AnswerWithoutError.Contains(row))
        {
            Assert.NotEmpty(deniedResponse.Errors);
        }

        Assert.Equal(unknownResponse.StatusCode, deniedResponse.StatusCode);
        Assert.Equal(unknownResponse.Text, deniedResponse.Text);
    }

    [Fact]
    public async Task A_subscription_to_a_denied_mailbox_and_to_an_unknown_one_end_with_the_same_error()
    {
        var world = await MatrixWorld.ForAsync(fixture);
        var scene = await world.SharedSceneAsync();
        await using var socket = await fixture.ConnectWebSocketAsAsync(fixture.World.Stranger.Subject, "borger.dk");
        const string Query = "subscription($m: ID!) { mailboxEvents(mailboxId: $m) { kind } }";

        var denied = await (await socket.SubscribeAsync(Query, new { m = Mailbox(scene.Owner.Mailbox) })).WaitForEndAsync();
        var unknown = await (await socket.SubscribeAsync(Query, new { m = Mailbox(UnknownMailbox) })).WaitForEndAsync();

        Assert.Equal("error", denied.Type);
        Assert.Equal(unknown.Type, denied.Type);
        Assert.Equal(unknown.Payload?.ToJsonString(), denied.Payload?.ToJsonString());
    }

    [Fact]
    public async Task A_progress_subscription_to_another_authoritys_job_and_to_an_unknown_one_end_with_the_same_error()
    {
        var world = await MatrixWorld.ForAsync(fixture);
        await using var socket = await fixture.ConnectWebSocketAsAsync(world.OtherAuthority.Subject, "borger.dk");
        const string Query = "subscription($id: ID!) { massSendProgress(jobId: $id) { job { status } } }";

        var denied = await (await socket.SubscribeAsync(Query, new { id = world.MassSendJobGlobalId })).WaitForEndAsync();
        var unknown = await (await socket.SubscribeAsync(Query, new { id = UnknownMassSendJob() })).WaitForEndAsync();

        Assert.Equal("error", denied.Type);
        Assert.Equal(unknown.Type, denied.Type);
        Assert.Equal(unknown.Payload?.ToJsonString(), denied.Payload?.ToJsonString());
    }

    private static string UnknownMassSendJob() => GlobalIds.Encode("MassSendJob", Guid.NewGuid().ToString("D"));

    private static string Mailbox(MailboxId mailbox) => SettingsEndToEndTests.MailboxGlobalId(mailbox);

    private static string Message(MatrixScene scene) => GlobalIds.Encode("Message", $"{scene.Owner.Mailbox.Value}/{scene.Letter.MessageUuid:D}");

    private static string UnknownMessage(MatrixScene scene) => GlobalIds.Encode("Message", $"{scene.Owner.Mailbox.Value}/{Guid.NewGuid():D}");

    private static string Folder(MailboxId mailbox, string folderId) => GlobalIds.Encode("Folder", $"{mailbox.Value}/{folderId}");
}
