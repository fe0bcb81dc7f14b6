using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Silo.Tests.EndToEnd.Administration;
using DigitalPost.Silo.Tests.EndToEnd.Settings;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using static DigitalPost.Silo.Tests.EndToEnd.Authorization.MatrixExpectations;
using static DigitalPost.Silo.Tests.EndToEnd.Authorization.MatrixOutcome;
using static DigitalPost.Silo.Tests.EndToEnd.Authorization.MatrixRole;

namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>
/// Every row of the matrix. Targets are a scene's objects unless a row's variant says otherwise. A new root field or
/// owner-only <c>Mailbox</c> field without a row here fails <see cref="AuthorizationMatrixTests"/>.
/// </summary>
public static class MatrixOperations
{
    /// <summary><c>Mailbox</c> fields only the owner may read: FORBIDDEN to others who can open the mailbox, NOT_FOUND to the rest.</summary>
    public static readonly IReadOnlySet<string> OwnerOnlyMailboxFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "notificationSettings", "nemSms", "exemption", "grantsGiven", "consents", "accessLog", "sentReceipts", "counters",
    };

    /// <summary><c>Mailbox</c> fields anyone who can open the mailbox may read (covered by the <c>Query.mailbox</c> rows).</summary>
    public static readonly IReadOnlySet<string> OpenerMailboxFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "kind", "address", "displayAddress", "access", "status", "unreadCount", "folders", "folder", "messages", "senderRegistrations",
    };

    public static IReadOnlyList<MatrixOperation> All { get; } = Build();

    public static MatrixOperation Get(string key) => All.Single(operation => operation.Key == key);

    private static string Mailbox(MailboxId mailbox) => SettingsEndToEndTests.MailboxGlobalId(mailbox);

    private static string Message(WorldMessage message) => GlobalIds.Encode("Message", $"{message.Mailbox.Value}/{message.MessageUuid:D}");

    private static string Folder(MatrixScene scene) => GlobalIds.Encode("Folder", $"{scene.Owner.Mailbox.Value}/{scene.FolderId}");

    private static string Grant(MatrixScene scene, Guid grantId) => SettingsEndToEndTests.GrantGlobalId(scene.Owner.Mailbox, grantId);

    private static string Authority(WorldAuthority authority) => GlobalIds.Encode("Authority", authority.Id.Value);

    private static MatrixRequest Q(string query, object? variables, string probe) => new(query, variables, probe);

    private static List<MatrixOperation> Build()
    {
        var rows = new List<MatrixOperation>();
        void Row(string coordinate, IReadOnlyDictionary<MatrixRole, string> expected, Func<MatrixWorld, MatrixScene, MatrixRole, MatrixRequest> request,
            bool changesState = false, Func<MatrixWorld, MatrixScene, Task>? prepare = null, Func<MatrixWorld, MatrixScene, MatrixRole, Task>? trigger = null, string? variant = null) =>
            rows.Add(new MatrixOperation(coordinate, variant, expected, request, changesState, prepare, trigger));

        // Queries.
        Row("Query.viewer", Expect(Allowed), (_, _, _) => Q("{ viewer { kind displayId } }", null, "viewer"));
        Row("Query.node", Expect(NotFound, (Allowed, Openers)), (_, s, _) => Q("query($id: ID!) { node(id: $id) { id } }", new { id = Message(s.Letter) }, "node"));
        Row("Query.nodes", Expect(Null, (Allowed, Openers)), (_, s, _) => Q("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { Message(s.Letter) } }, "nodes.0"));
        Row("Query.mailbox", Expect(NotFound, (Allowed, Openers)), (_, s, _) => Q("query($m: ID!) { mailbox(id: $m) { id access } }", new { m = Mailbox(s.Owner.Mailbox) }, "mailbox"));
        Row("Query.mailbox", Expect(NotFound, (Allowed, [CompanyRepresentativeOwn])),
            (w, _, _) => Q("query($m: ID!) { mailbox(id: $m) { id access } }", new { m = Mailbox(w.World.Company.Mailbox) }, "mailbox"), variant: "company mailbox");
        Row("Query.mailbox", Expect(NotFound, (Allowed, [EstateAdministrator])),
            (w, _, _) => Q("query($m: ID!) { mailbox(id: $m) { id access } }", new { m = Mailbox(w.World.Deceased.Mailbox) }, "mailbox"), variant: "deceased person's mailbox");
        Row("Query.message", Expect(NotFound, (Allowed, Openers)), (_, s, _) => Q("query($id: ID!) { message(id: $id) { id label } }", new { id = Message(s.Letter) }, "message"));
        Row("Query.message", Expect(NotFound, (Allowed, [CompanyRepresentativeOwn])),
            (w, _, _) => Q("query($id: ID!) { message(id: $id) { id label } }", new { id = Message(w.World.CompanyLetter) }, "message"), variant: "company letter");
        Row("Query.authorities", Expect(Allowed), (_, _, _) => Q("{ authorities(search: \"skat\", first: 1) { totalCount } }", null, "authorities"));
        // Mass sends: an authority's own jobs only; the agency is no sender (it only grants estate access).
        Row("Query.massSendJob", Expect(Forbidden, (Allowed, [AuthoritySender]), (NotFound, [AuthorityOther])),
            (w, _, _) => Q("query($id: ID!) { massSendJob(id: $id) { id jobId status } }", new { id = w.MassSendJobGlobalId }, "massSendJob"));
        Row("Query.massSendJobs", Expect(Forbidden, (Allowed, Authorities)),
            (_, _, _) => Q("{ massSendJobs(first: 1) { pageInfo { hasNextPage } } }", null, "massSendJobs"));
        Row("Query.node", Expect(NotFound, (Allowed, [AuthoritySender])),
            (w, _, _) => Q("query($id: ID!) { node(id: $id) { id ... on MassSendJob { jobId status } } }", new { id = w.MassSendJobGlobalId }, "node"), variant: "mass-send job");
        Row("Query.nodes", Expect(Null, (Allowed, [AuthoritySender])),
            (w, _, _) => Q("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { w.MassSendJobGlobalId } }, "nodes.0"), variant: "mass-send job");

        // Municipality staff: the exemption status of a citizen of their municipality, nothing else of the mailbox.
        Row("Query.citizenExemptionStatus", Expect(Forbidden, (Allowed, [StaffOwnMunicipality]), (NotFound, [StaffOtherMunicipality])),
            (_, s, _) => Q("query($c: String!) { citizenExemptionStatus(citizenCpr: $c) { exempt exemption { registeredAt } } }", new { c = s.Owner.Cpr.Value }, "citizenExemptionStatus"));
        Row("Query.authority", Expect(Allowed), (w, _, _) => Q("query($id: ID!) { authority(id: $id) { name } }", new { id = Authority(w.World.Authority) }, "authority"));

        // Owner-only fields of Mailbox.
        foreach (var (field, selection, probeField) in new[]
        {
            ("notificationSettings", "notificationSettings { emails }", true),
            ("nemSms", "nemSms { registered }", true),
            ("exemption", "exemption { registeredAt }", false),
            ("grantsGiven", "grantsGiven { id }", true),
            ("consents", "consents { senderCvr }", true),
            ("accessLog", "accessLog(first: 5) { pageInfo { hasNextPage } }", true),
            ("sentReceipts", "sentReceipts(first: 5) { status }", true),
            ("counters", "counters { delivered }", true),
        })
        {
            var probe = probeField ? "mailbox." + field : "mailbox";
            Row("Mailbox." + field, Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
                (_, s, _) => Q($"query($m: ID!) {{ mailbox(id: $m) {{ {selection} }} }}", new { m = Mailbox(s.Owner.Mailbox) }, probe));
        }

        Row("Mailbox.notificationSettings", Expect(NotFound, (Allowed, [CompanyRepresentativeOwn])),
            (w, _, _) => Q("query($m: ID!) { mailbox(id: $m) { notificationSettings { emails } } }", new { m = Mailbox(w.World.Company.Mailbox) }, "mailbox.notificationSettings"),
            variant: "company mailbox");
        Row("Mailbox.notificationSettings", Expect(NotFound, (Forbidden, [EstateAdministrator])),
            (w, _, _) => Q("query($m: ID!) { mailbox(id: $m) { notificationSettings { emails } } }", new { m = Mailbox(w.World.Deceased.Mailbox) }, "mailbox.notificationSettings"),
            variant: "deceased person's mailbox");
        Row("Mailbox.sentReceipts", Expect(NotFound, (Allowed, [AuthoritySender])),
            (w, _, _) => Q("query($m: ID!) { mailbox(id: $m) { sentReceipts(first: 5) { status } } }", new { m = Mailbox(w.World.Authority.Mailbox) }, "mailbox.sentReceipts"),
            variant: "authority mailbox");

        // Mailbox actions.
        Row("Mutation.markMessageRead", Expect(NotFound, (Allowed, Openers)),
            (_, s, _) => Q("mutation($id: ID!) { markMessageRead(input: { messageId: $id }) { message { id } } }", new { id = Message(s.Letter) }, "markMessageRead"), changesState: true);
        Row("Mutation.markMessageUnread", Expect(NotFound, (Allowed, Openers)),
            (_, s, _) => Q("mutation($id: ID!) { markMessageUnread(input: { messageId: $id }) { message { id } } }", new { id = Message(s.Letter) }, "markMessageUnread"), changesState: true);
        Row("Mutation.moveMessage", Expect(NotFound, (Allowed, Openers)),
            (_, s, _) => Q("mutation($id: ID!, $f: ID!) { moveMessage(input: { messageId: $id, folderId: $f }) { message { id } } }", new { id = Message(s.Letter), f = Folder(s) }, "moveMessage"),
            changesState: true);
        Row("Mutation.deleteMessage", Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
            (_, s, _) => Q("mutation($id: ID!) { deleteMessage(input: { messageId: $id }) { message { id } } }", new { id = Message(s.Letter) }, "deleteMessage"), changesState: true);
        Row("Mutation.restoreMessage", Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
            (_, s, _) => Q("mutation($id: ID!) { restoreMessage(input: { messageId: $id }) { message { id } } }", new { id = Message(s.DeletedLetter) }, "restoreMessage"), changesState: true);
        Row("Mutation.createFolder", Expect(NotFound, (Allowed, Openers)),
            (_, s, _) => Q("mutation($m: ID!) { createFolder(input: { mailboxId: $m, name: \"Ny mappe\" }) { folder { id } } }", new { m = Mailbox(s.Owner.Mailbox) }, "createFolder"),
            changesState: true);
        Row("Mutation.renameFolder", Expect(NotFound, (Allowed, Openers)),
            (_, s, _) => Q("mutation($f: ID!) { renameFolder(input: { folderId: $f, name: \"Omdøbt\" }) { folder { id } } }", new { f = Folder(s) }, "renameFolder"), changesState: true);
        Row("Mutation.deleteFolder", Expect(NotFound, (Allowed, Openers)),
            (_, s, _) => Q("mutation($f: ID!) { deleteFolder(input: { folderId: $f }) { deletedFolderId } }", new { f = Folder(s) }, "deleteFolder"), changesState: true);
        Row("Mutation.replyToMessage", Expect(NotFound, (Allowed, Writers), (Forbidden, [ReadDelegate])),
            (_, s, _) => Q("mutation($id: ID!) { replyToMessage(input: { messageId: $id, body: \"Tak for brevet.\" }) { delivery { outcome } } }", new { id = Message(s.Letter) }, "replyToMessage"),
            changesState: true);
        Row("Mutation.sendMessageToAuthority", Expect(NotFound, (Allowed, Writers), (Forbidden, [ReadDelegate])),
            (w, s, _) => Q("""
                mutation($m: ID!, $a: ID!, $cp: String!) {
                  sendMessageToAuthority(input: { mailboxId: $m, authorityId: $a, contactPointId: $cp, subject: "Spørgsmål", body: "Hej." }) { delivery { outcome } }
                }
                """, new { m = Mailbox(s.Owner.Mailbox), a = Authority(w.World.Authority), cp = w.World.Authority.ContactPointId }, "sendMessageToAuthority"),
            changesState: true);
        Row("Mutation.forwardMessage", Expect(NotFound, (Allowed, Openers)),
            (w, s, _) => Q("mutation($id: ID!, $to: String!) { forwardMessage(input: { messageId: $id, to: $to }) { delivery { outcome } } }",
                new { id = Message(s.Letter), to = w.World.Stranger.Mailbox.Value }, "forwardMessage"),
            changesState: true);

        // Settings.
        Row("Mutation.grantAccess", Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
            (w, s, _) => Q("mutation($m: ID!, $c: String!) { grantAccess(input: { mailboxId: $m, delegateCpr: $c, level: READ }) { grant { id } } }",
                new { m = Mailbox(s.Owner.Mailbox), c = w.World.Stranger.Cpr.Value }, "grantAccess"),
            changesState: true);
        Row("Mutation.revokeAccess", Expect(NotFound, (Allowed, [Owner, ReadDelegate])),
            (_, s, _) => Q("mutation($g: ID!) { revokeAccess(input: { grantId: $g }) { revokedGrantId } }", new { g = Grant(s, s.ReadGrant.GrantId) }, "revokeAccess"), changesState: true);
        Row("Mutation.setDelegateNotifications", Expect(NotFound, (Allowed, Delegates), (Forbidden, [Owner])),
            (_, s, _) => Q("mutation($m: ID!) { setDelegateNotifications(input: { mailboxId: $m, notify: true }) { mailbox { id } } }", new { m = Mailbox(s.Owner.Mailbox) }, "setDelegateNotifications"),
            changesState: true);
        Row("Mutation.updateNotificationSettings", Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
            (_, s, _) => Q("""
                mutation($m: ID!) {
                  updateNotificationSettings(input: { mailboxId: $m, emails: ["matrix@example.dk"], phoneNumbers: [], pushDevices: [] }) { notificationSettings { emails } }
                }
                """, new { m = Mailbox(s.Owner.Mailbox) }, "updateNotificationSettings"),
            changesState: true);
        Row("Mutation.registerNemSms", Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
            (w, s, _) => Q("mutation($m: ID!, $n: String!) { registerNemSms(input: { mailboxId: $m, phoneNumber: $n }) { nemSms { registered } } }",
                new { m = Mailbox(s.Owner.Mailbox), n = w.NextMobileNumber() }, "registerNemSms"),
            changesState: true);
        Row("Mutation.unregisterNemSms", Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
            (_, s, _) => Q("mutation($m: ID!) { unregisterNemSms(input: { mailboxId: $m }) { nemSms { registered } } }", new { m = Mailbox(s.Owner.Mailbox) }, "unregisterNemSms"),
            changesState: true);
        Row("Mutation.giveConsent", Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
            (_, s, _) => Q("mutation($m: ID!) { giveConsent(input: { mailboxId: $m, senderCvr: \"12345678\" }) { mailbox { id } } }", new { m = Mailbox(s.Owner.Mailbox) }, "giveConsent"),
            changesState: true);
        Row("Mutation.withdrawConsent", Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
            (w, s, _) => Q("mutation($m: ID!, $c: String!) { withdrawConsent(input: { mailboxId: $m, senderCvr: $c }) { mailbox { id } } }",
                new { m = Mailbox(s.Owner.Mailbox), c = w.World.Company.Cvr.Value }, "withdrawConsent"),
            changesState: true);
        Row("Mutation.revokeExemption", Expect(NotFound, (Allowed, [Owner]), (Forbidden, Delegates)),
            (_, s, _) => Q("mutation($m: ID!) { revokeExemption(input: { mailboxId: $m }) { mailbox { id } } }", new { m = Mailbox(s.Owner.Mailbox) }, "revokeExemption"),
            changesState: true, prepare: (w, s) => w.ExemptOwnerAsync(s));
        Row("Mutation.declareMobileNumber", Expect(Forbidden, (Allowed, PersonsAsThemselves)),
            (w, _, _) => Q("mutation($n: String!) { declareMobileNumber(input: { phoneNumber: $n }) { phoneNumber } }", new { n = w.NextMobileNumber() }, "declareMobileNumber"));

        // Authorities, staff and the agency.
        Row("Mutation.sendMeMo", Expect(Forbidden, (Allowed, Authorities)),
            (w, s, role) => Q("mutation($xml: String!) { sendMeMo(input: { memo: $xml }) { delivery { outcome } } }",
                new { xml = MeMoSamples.FullExampleFor(s.Owner.Cpr.Value, (role == AuthorityOther ? w.OtherAuthority : w.World.Authority).Cvr.Value, Guid.NewGuid(), "2025-09-15") },
                "sendMeMo"));
        Row("Mutation.recallMessage", Expect(Forbidden, (Allowed, Authorities)),
            (_, s, _) => Q("mutation($u: UUID!, $r: String!) { recallMessage(input: { messageUuid: $u, recipient: $r }) { recalled } }",
                new { u = s.HeldMessageUuid, r = s.Owner.Mailbox.Value }, "recallMessage"),
            changesState: true);
        Row("Mutation.registerExemption", Expect(Forbidden, (Allowed, [StaffOwnMunicipality]), (NotFound, [StaffOtherMunicipality])),
            (_, s, _) => Q("""
                mutation($c: String!) {
                  registerExemption(input: { citizenCpr: $c, criterion: PHYSICAL_OR_MENTAL_DISABILITY, discloseCriterion: false, forwardUnopenedPostToPrint: false }) { exemption { registeredAt } }
                }
                """, new { c = s.Owner.Cpr.Value }, "registerExemption"),
            changesState: true);
        Row("Mutation.grantEstateAccess", Expect(Forbidden, (Allowed, [Agency])),
            (w, _, _) => Q("mutation($d: String!, $a: String!) { grantEstateAccess(input: { deceasedCpr: $d, administratorCpr: $a }) { grant { id } } }",
                new { d = w.World.Deceased.Cpr.Value, a = w.EstateCandidate.Cpr.Value }, "grantEstateAccess"));

        // Subscriptions.
        Row("Subscription.mailboxEvents", Expect(NotFound, (Allowed, Openers)),
            (_, s, _) => Q("subscription($m: ID!) { mailboxEvents(mailboxId: $m) { kind } }", new { m = Mailbox(s.Owner.Mailbox) }, "mailboxEvents"),
            trigger: (w, s, _) => w.Fixture.SendLetterAsync(s.Owner.Mailbox, new LetterSpec("Matrixbegivenhed")));
        Row("Subscription.massSendProgress", Expect(Forbidden, (Allowed, [AuthoritySender]), (NotFound, [AuthorityOther])),
            (w, _, _) => Q("subscription($id: ID!) { massSendProgress(jobId: $id) { job { id status } } }", new { id = w.MassSendJobGlobalId }, "massSendProgress"));
        Row("Subscription.receiptEvents", Expect(Forbidden, (Allowed, [.. Authorities, .. CompanyRepresentatives])),
            (_, _, _) => Q("subscription { receiptEvents { status } }", null, "receiptEvents"),
            trigger: (w, s, role) => role switch
            {
                AuthorityOther => w.Fixture.SendLetterAsync(s.Owner.Mailbox, new LetterSpec("Kvittering, anden myndighed"), w.OtherAuthority),
                CompanyRepresentativeOwn => w.SendPrivatePostAsync(w.World.Company, s),
                CompanyRepresentativeOther => w.SendPrivatePostAsync(w.OtherCompany, s),
                _ => w.Fixture.SendLetterAsync(s.Owner.Mailbox, new LetterSpec("Kvittering")),
            });

        return rows;
    }
}
