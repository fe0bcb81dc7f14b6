using DigitalPost.Silo.Tests.EndToEnd.Settings;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Administration;

/// <summary>Municipality staff read a citizen's exemption status (<c>Query.citizenExemptionStatus</c>) and nothing else of the mailbox.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class CitizenExemptionStatusEndToEndTests(EndToEndFixture fixture)
{
    private const string Platform = "borger.dk";

    private const string Status = """
        query($c: String!) {
          citizenExemptionStatus(citizenCpr: $c) { exempt exemption { criterion exceptionSenders municipality { authorityId } } }
        }
        """;

    private const string Register = """
        mutation($c: String!) {
          registerExemption(input: { citizenCpr: $c, criterion: NO_INTERNET_CONNECTION_OF_AT_LEAST_512_KBITS, discloseCriterion: true,
                                     forwardUnopenedPostToPrint: false }) { exemption { registeredAt } }
        }
        """;

    [Fact]
    public async Task Staff_of_the_citizens_municipality_see_the_status_follow_registration_and_revocation()
    {
        // Fresh citizens are registered in Aarhus (751).
        var citizen = await fixture.CreateCitizenAsync("Sofie", "Status");

        var before = await fixture.PostAsAsync("staff:751", Platform, Status, new { c = citizen.Cpr.Value });
        (await fixture.PostAsAsync("staff:751", Platform, Register, new { c = citizen.Cpr.Value })).RequireData();
        var registered = await fixture.PostAsAsync("staff:751", Platform, Status, new { c = citizen.Cpr.Value });
        (await fixture.PostAsAsync(citizen.Subject, Platform, "mutation($m: ID!) { revokeExemption(input: { mailboxId: $m }) { mailbox { status } } }",
            new { m = SettingsEndToEndTests.MailboxGlobalId(citizen.Mailbox) })).RequireData();
        var revoked = await fixture.PostAsAsync("staff:751", Platform, Status, new { c = citizen.Cpr.Value });

        Assert.False(before.RequireData()["citizenExemptionStatus"]!["exempt"]!.GetValue<bool>());
        Assert.Null(before.RequireData()["citizenExemptionStatus"]!["exemption"]);
        var status = registered.RequireData()["citizenExemptionStatus"]!;
        Assert.True(status["exempt"]!.GetValue<bool>());
        Assert.Equal("NO_INTERNET_CONNECTION_OF_AT_LEAST_512_KBITS", status["exemption"]!["criterion"]!.GetValue<string>());
        Assert.Equal("aarhus-kommune", status["exemption"]!["municipality"]!["authorityId"]!.GetValue<string>());
        Assert.False(revoked.RequireData()["citizenExemptionStatus"]!["exempt"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Jurisdiction_follows_the_citizens_address_not_the_municipality_that_registered_the_exemption()
    {
        // The world's exempt citizen lives in Aarhus (751); København's staff (101) registered the exemption while seeding.
        var exempt = fixture.World.Exempt;
        var home = await fixture.PostAsAsync("staff:751", Platform, Status, new { c = exempt.Cpr.Value });
        var registrar = await fixture.PostAsAsync(fixture.World.Municipality.StaffSubject, Platform, Status, new { c = exempt.Cpr.Value });
        var unknown = await fixture.PostAsAsync(fixture.World.Municipality.StaffSubject, Platform, Status, new { c = "0101019999" });

        Assert.True(home.RequireData()["citizenExemptionStatus"]!["exempt"]!.GetValue<bool>());
        Assert.Equal(fixture.World.Municipality.Id.Value, home.RequireData()["citizenExemptionStatus"]!["exemption"]!["municipality"]!["authorityId"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", registrar.RequireSingleErrorCode());
        Assert.Equal(unknown.StatusCode, registrar.StatusCode);
        Assert.Equal(unknown.Text, registrar.Text);
    }

    [Fact]
    public async Task Staff_reach_nothing_else_of_the_mailbox_of_a_citizen_of_their_municipality()
    {
        var citizen = await fixture.CreateCitizenAsync("Søren", "Skærmet");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Kun til borgeren"));
        var mailboxId = SettingsEndToEndTests.MailboxGlobalId(citizen.Mailbox);
        var messageId = GlobalIds.Encode("Message", $"{citizen.Mailbox.Value}/{letter.MessageUuid:D}");

        var mailbox = await fixture.PostAsAsync("staff:751", Platform, "query($m: ID!) { mailbox(id: $m) { exemption { registeredAt } notificationSettings { emails } } }", new { m = mailboxId });
        var message = await fixture.PostAsAsync("staff:751", Platform, "query($id: ID!) { message(id: $id) { label } }", new { id = messageId });
        var node = await fixture.PostAsAsync("staff:751", Platform, "query($id: ID!) { node(id: $id) { id } }", new { id = messageId });
        var openable = await fixture.PostAsAsync("staff:751", Platform, "{ viewer { openableMailboxes { access } } }");

        Assert.Equal("NOT_FOUND", mailbox.RequireSingleErrorCode());
        Assert.Equal("NOT_FOUND", message.RequireSingleErrorCode());
        Assert.Equal("NOT_FOUND", node.RequireSingleErrorCode());
        Assert.Empty(openable.RequireData()["viewer"]!["openableMailboxes"]!.AsArray());
    }
}
