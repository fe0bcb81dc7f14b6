using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Settings;

/// <summary>Grants, notification settings, NemSMS, mobile numbers and the access log through the gateway, as the platforms use them.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SettingsEndToEndTests(EndToEndFixture fixture)
{
    private const string Platform = "borger.dk";

    [Fact]
    public async Task A_grant_lets_the_delegate_open_the_mailbox_and_its_revocation_closes_it_again()
    {
        var owner = await fixture.CreateCitizenAsync("Grete", "Ejer");
        var delegatePerson = await fixture.CreateCitizenAsync("Dorte", "Delegeret");
        var mailboxId = MailboxGlobalId(owner.Mailbox);

        var granted = await fixture.PostAsAsync(owner.Subject, Platform, """
            mutation($m: ID!, $cpr: String!) {
              grantAccess(input: { mailboxId: $m, delegateCpr: $cpr, level: READ, clientMutationId: "g1" }) {
                grant { id delegateCpr level kind notifyDelegate } clientMutationId
              }
            }
            """, new { m = mailboxId, cpr = delegatePerson.Cpr.Value });
        var grant = granted.RequireData()["grantAccess"]!["grant"]!;
        Assert.Equal(delegatePerson.Cpr.Value, grant["delegateCpr"]!.GetValue<string>());
        Assert.Equal("READ", grant["level"]!.GetValue<string>());
        Assert.Equal("DELEGATE", grant["kind"]!.GetValue<string>());
        Assert.Equal("g1", granted.RequireData()["grantAccess"]!["clientMutationId"]!.GetValue<string>());

        Assert.Contains(mailboxId, await OpenableAsync(delegatePerson));
        var opened = await fixture.PostAsAsync(delegatePerson.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { id access } }", new { m = mailboxId });
        Assert.Equal("READ", opened.RequireData()["mailbox"]!["access"]!.GetValue<string>());

        var listed = await fixture.PostAsAsync(owner.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { grantsGiven { id delegateCpr } } }", new { m = mailboxId });
        Assert.Equal(grant["id"]!.GetValue<string>(), listed.RequireData()["mailbox"]!["grantsGiven"]!.AsArray().Single()!["id"]!.GetValue<string>());

        var revoked = await fixture.PostAsAsync(owner.Subject, Platform,
            "mutation($g: ID!) { revokeAccess(input: { grantId: $g }) { revokedGrantId } }", new { g = grant["id"]!.GetValue<string>() });
        Assert.Equal(grant["id"]!.GetValue<string>(), revoked.RequireData()["revokeAccess"]!["revokedGrantId"]!.GetValue<string>());

        Assert.DoesNotContain(mailboxId, await OpenableAsync(delegatePerson));
        var closed = await fixture.PostAsAsync(delegatePerson.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { id } }", new { m = mailboxId });
        Assert.Equal("NOT_FOUND", closed.RequireSingleErrorCode());
    }

    [Fact]
    public async Task A_delegate_may_give_up_their_own_grant_but_an_owner_only_field_is_forbidden_to_them()
    {
        var owner = await fixture.CreateCitizenAsync("Gitte", "Ejer");
        var delegatePerson = await fixture.CreateCitizenAsync("Dan", "Delegeret");
        var grant = await fixture.GrantAccessAsync(owner, delegatePerson, AccessLevel.Read);
        var mailboxId = MailboxGlobalId(owner.Mailbox);

        var settings = await fixture.PostAsAsync(delegatePerson.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { notificationSettings { emails } } }", new { m = mailboxId });
        Assert.Equal("FORBIDDEN", settings.RequireSingleErrorCode());

        var grantId = GrantGlobalId(owner.Mailbox, grant.GrantId);
        var givenUp = await fixture.PostAsAsync(delegatePerson.Subject, Platform, "mutation($g: ID!) { revokeAccess(input: { grantId: $g }) { revokedGrantId } }", new { g = grantId });
        givenUp.RequireData();
        Assert.DoesNotContain(mailboxId, await OpenableAsync(delegatePerson));
    }

    [Fact]
    public async Task NemSms_with_a_foreign_number_is_refused_with_a_validation_error_naming_the_field()
    {
        var citizen = await fixture.CreateCitizenAsync("Nanna", "Sms");
        var mailboxId = MailboxGlobalId(citizen.Mailbox);

        var refused = await fixture.PostAsAsync(citizen.Subject, Platform,
            "mutation($m: ID!) { registerNemSms(input: { mailboxId: $m, phoneNumber: \"+46701234567\" }) { nemSms { registered } } }", new { m = mailboxId });

        Assert.Equal("VALIDATION", refused.RequireSingleErrorCode());
        var error = refused.Errors[0];
        Assert.Equal("phoneNumber", error["extensions"]!["field"]!.GetValue<string>());
        Assert.Contains("phoneNumber", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("+45", error["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var status = await fixture.PostAsAsync(citizen.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { nemSms { registered } } }", new { m = mailboxId });
        Assert.False(status.RequireData()["mailbox"]!["nemSms"]!["registered"]!.GetValue<bool>());
    }

    [Fact]
    public async Task NemSms_registers_a_danish_number_in_canonical_form_and_unregisters()
    {
        var citizen = await fixture.CreateCitizenAsync("Nikolaj", "Sms");
        var mailboxId = MailboxGlobalId(citizen.Mailbox);

        var registered = await fixture.PostAsAsync(citizen.Subject, Platform,
            "mutation($m: ID!) { registerNemSms(input: { mailboxId: $m, phoneNumber: \"20 30 40 50\" }) { nemSms { registered phoneNumber registeredAt } } }", new { m = mailboxId });
        var nemSms = registered.RequireData()["registerNemSms"]!["nemSms"]!;
        Assert.True(nemSms["registered"]!.GetValue<bool>());
        Assert.Equal("+4520304050", nemSms["phoneNumber"]!.GetValue<string>());

        var unregistered = await fixture.PostAsAsync(citizen.Subject, Platform,
            "mutation($m: ID!) { unregisterNemSms(input: { mailboxId: $m }) { nemSms { registered phoneNumber } } }", new { m = mailboxId });
        Assert.False(unregistered.RequireData()["unregisterNemSms"]!["nemSms"]!["registered"]!.GetValue<bool>());
        var status = await fixture.PostAsAsync(citizen.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { nemSms { registered } } }", new { m = mailboxId });
        Assert.False(status.RequireData()["mailbox"]!["nemSms"]!["registered"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Notification_settings_are_stored_normalised_and_a_bad_entry_names_its_index()
    {
        var citizen = await fixture.CreateCitizenAsync("Naja", "Notifikation");
        var mailboxId = MailboxGlobalId(citizen.Mailbox);
        const string Mutation = """
            mutation($m: ID!, $e: [String!]!, $p: [String!]!) {
              updateNotificationSettings(input: { mailboxId: $m, emails: $e, phoneNumbers: $p, pushDevices: [] }) {
                notificationSettings { emails phoneNumbers pushDevices }
              }
            }
            """;

        var updated = await fixture.PostAsAsync(citizen.Subject, Platform, Mutation, new { m = mailboxId, e = new[] { "Naja@Example.DK" }, p = new[] { "+45 21 22 23 24", "21222324" } });
        var stored = updated.RequireData()["updateNotificationSettings"]!["notificationSettings"]!;
        Assert.Equal(["Naja@example.dk"], stored["emails"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(["+4521222324"], stored["phoneNumbers"]!.AsArray().Select(p => p!.GetValue<string>()));

        var refused = await fixture.PostAsAsync(citizen.Subject, Platform, Mutation, new { m = mailboxId, e = Array.Empty<string>(), p = new[] { "+4521222324", "+4721222324" } });
        Assert.Equal("VALIDATION", refused.RequireSingleErrorCode());
        Assert.Equal("phoneNumbers[1]", refused.Errors[0]["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Declaring_a_mobile_number_removes_it_from_another_persons_nemsms()
    {
        var previousHolder = await fixture.CreateCitizenAsync("Per", "Tidligere");
        var declarant = await fixture.CreateCitizenAsync("Dagny", "Ejer");
        var holderMailbox = MailboxGlobalId(previousHolder.Mailbox);
        (await fixture.PostAsAsync(previousHolder.Subject, Platform,
            "mutation($m: ID!) { registerNemSms(input: { mailboxId: $m, phoneNumber: \"+4531323334\" }) { nemSms { registered } } }", new { m = holderMailbox })).RequireData();

        var declared = await fixture.PostAsAsync(declarant.Subject, Platform,
            "mutation { declareMobileNumber(input: { phoneNumber: \"31 32 33 34\" }) { phoneNumber removedFromOthers } }");

        var payload = declared.RequireData()["declareMobileNumber"]!;
        Assert.Equal("+4531323334", payload["phoneNumber"]!.GetValue<string>());
        Assert.Equal(1, payload["removedFromOthers"]!.GetValue<int>());
        var status = await fixture.PostAsAsync(previousHolder.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { nemSms { registered } } }", new { m = holderMailbox });
        Assert.False(status.RequireData()["mailbox"]!["nemSms"]!["registered"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_access_log_pages_newest_first_with_cursors()
    {
        var citizen = await fixture.CreateCitizenAsync("Lone", "Log");
        var mailboxId = MailboxGlobalId(citizen.Mailbox);
        foreach (var cvr in new[] { "11111111", "22222222", "33333333" })
        {
            (await fixture.PostAsAsync(citizen.Subject, Platform,
                "mutation($m: ID!, $c: String!) { giveConsent(input: { mailboxId: $m, senderCvr: $c }) { mailbox { id } } }", new { m = mailboxId, c = cvr })).RequireData();
        }

        const string Query = """
            query($m: ID!, $after: String) {
              mailbox(id: $m) {
                consents { senderCvr }
                accessLog(first: 2, after: $after) {
                  edges { cursor node { action actorKind actor onBehalf platform detail } }
                  pageInfo { hasNextPage hasPreviousPage endCursor }
                }
              }
            }
            """;
        var first = (await fixture.PostAsAsync(citizen.Subject, Platform, Query, new { m = mailboxId, after = (string?)null })).RequireData()["mailbox"]!;
        Assert.Equal(3, first["consents"]!.AsArray().Count);
        var firstEdges = first["accessLog"]!["edges"]!.AsArray();
        Assert.Equal(2, firstEdges.Count);
        Assert.All(firstEdges, edge => Assert.Equal("CONSENT_GIVEN", edge!["node"]!["action"]!.GetValue<string>()));
        Assert.Equal("PERSON", firstEdges[0]!["node"]!["actorKind"]!.GetValue<string>());
        Assert.Equal(citizen.Cpr.Value, firstEdges[0]!["node"]!["actor"]!.GetValue<string>());
        Assert.False(firstEdges[0]!["node"]!["onBehalf"]!.GetValue<bool>());
        Assert.Equal("BORGER_DK", firstEdges[0]!["node"]!["platform"]!.GetValue<string>());
        Assert.True(first["accessLog"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var endCursor = first["accessLog"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await fixture.PostAsAsync(citizen.Subject, Platform, Query, new { m = mailboxId, after = endCursor })).RequireData()["mailbox"]!["accessLog"]!;
        var secondEdges = second["edges"]!.AsArray();
        Assert.NotEmpty(secondEdges);
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        var seen = firstEdges.Concat(secondEdges).Select(edge => edge!["cursor"]!.GetValue<string>()).ToList();
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    private async Task<List<string>> OpenableAsync(WorldCitizen person)
    {
        var response = await fixture.PostAsAsync(person.Subject, Platform, "{ viewer { openableMailboxes { mailbox { id } } } }");
        return [.. response.RequireData()["viewer"]!["openableMailboxes"]!.AsArray().Select(entry => entry!["mailbox"]!["id"]!.GetValue<string>())];
    }

    internal static string MailboxGlobalId(MailboxId mailbox) => GlobalIds.Encode("Mailbox", mailbox.Value);

    internal static string GrantGlobalId(MailboxId mailbox, Guid grantId) => GlobalIds.Encode("Grant", mailbox.Value + "/" + grantId.ToString("D"));
}
