using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DigitalPost.Silo.Tests.EndToEnd.Settings;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Administration;

/// <summary>Authorities, municipality staff and the agency through the gateway.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class AdministrationEndToEndTests(EndToEndFixture fixture)
{
    private const string Platform = "borger.dk";

    private const string SendMeMo = """
        mutation($xml: String!) {
          sendMeMo(input: { memo: $xml }) { delivery { messageUuid outcome receiptStatus reason detail duplicate } }
        }
        """;

    private const string RegisterExemption = """
        mutation($cpr: String!) {
          registerExemption(input: { citizenCpr: $cpr, criterion: LIMITED_COMMAND_OF_DANISH, discloseCriterion: true,
                                     forwardUnopenedPostToPrint: false, exceptionSenders: ["udbetaling-danmark"] }) {
            exemption { criterion registeredAt exceptionSenders municipality { authorityId } }
          }
        }
        """;

    [Fact]
    public async Task Staff_of_another_municipality_cannot_register_an_exemption_and_it_looks_like_an_unknown_citizen()
    {
        // Fresh citizens are born in 1985 and registered in Aarhus (751); the world's municipality is København (101).
        var citizen = await fixture.CreateCitizenAsync("Frederik", "Fritaget");
        var otherStaff = fixture.World.Municipality.StaffSubject;

        var refused = await fixture.PostAsAsync(otherStaff, Platform, RegisterExemption, new { cpr = citizen.Cpr.Value });
        var unknown = await fixture.PostAsAsync(otherStaff, Platform, RegisterExemption, new { cpr = "0101019999" });

        Assert.Equal("NOT_FOUND", refused.RequireSingleErrorCode());
        Assert.Equal(unknown.Errors[0].ToJsonString(), refused.Errors[0].ToJsonString());
        var status = await fixture.PostAsAsync(citizen.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { status exemption { criterion } } }",
            new { m = SettingsEndToEndTests.MailboxGlobalId(citizen.Mailbox) });
        Assert.Equal("ACTIVE", status.RequireData()["mailbox"]!["status"]!.GetValue<string>());
        Assert.Null(status.RequireData()["mailbox"]!["exemption"]);
    }

    [Fact]
    public async Task Staff_of_the_citizens_municipality_register_an_exemption_which_the_citizen_sees_and_revokes()
    {
        var citizen = await fixture.CreateCitizenAsync("Frida", "Fritaget");
        var registered = await fixture.PostAsAsync("staff:751", Platform, RegisterExemption, new { cpr = citizen.Cpr.Value });

        var exemption = registered.RequireData()["registerExemption"]!["exemption"]!;
        Assert.Equal("LIMITED_COMMAND_OF_DANISH", exemption["criterion"]!.GetValue<string>());
        Assert.Equal("aarhus-kommune", exemption["municipality"]!["authorityId"]!.GetValue<string>());
        Assert.Equal(["udbetaling-danmark"], exemption["exceptionSenders"]!.AsArray().Select(s => s!.GetValue<string>()));

        var mailboxId = SettingsEndToEndTests.MailboxGlobalId(citizen.Mailbox);
        var seen = await fixture.PostAsAsync(citizen.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { status exemption { criterion } } }", new { m = mailboxId });
        Assert.Equal("EXEMPT", seen.RequireData()["mailbox"]!["status"]!.GetValue<string>());

        (await fixture.PostAsAsync(citizen.Subject, Platform, "mutation($m: ID!) { revokeExemption(input: { mailboxId: $m }) { mailbox { status } } }", new { m = mailboxId })).RequireData();
        var again = await fixture.PostAsAsync(citizen.Subject, Platform, "mutation($m: ID!) { revokeExemption(input: { mailboxId: $m }) { mailbox { status } } }", new { m = mailboxId });
        Assert.Equal("VALIDATION", again.RequireSingleErrorCode());
    }

    [Fact]
    public async Task An_authority_sends_the_sample_memo_and_sees_its_receipt()
    {
        var citizen = await fixture.CreateCitizenAsync("Mette", "Modtager");
        var authority = fixture.World.Authority;
        var uuid = Guid.NewGuid();
        var xml = MeMoSamples.FullExampleFor(citizen.Cpr.Value, authority.Cvr.Value, uuid, "2025-09-15");

        var sent = await fixture.PostAsAsync(authority.Subject, Platform, SendMeMo, new { xml });

        var delivery = sent.RequireData()["sendMeMo"]!["delivery"]!;
        Assert.Equal(uuid.ToString("D"), delivery["messageUuid"]!.GetValue<string>());
        Assert.Equal("DELIVERED", delivery["outcome"]!.GetValue<string>());
        Assert.Equal("RECEIVED", delivery["receiptStatus"]!.GetValue<string>());
        Assert.False(delivery["duplicate"]!.GetValue<bool>());

        var receipts = await fixture.PostAsAsync(authority.Subject, Platform, """
            query($m: ID!, $u: UUID!) { mailbox(id: $m) { sentReceipts(messageUuid: $u) { messageUuid recipient status reason createdAt } } }
            """, new { m = SettingsEndToEndTests.MailboxGlobalId(authority.Mailbox), u = uuid });
        var receipt = receipts.RequireData()["mailbox"]!["sentReceipts"]!.AsArray().Single()!;
        Assert.Equal("RECEIVED", receipt["status"]!.GetValue<string>());
        Assert.Equal(citizen.Mailbox.Value, receipt["recipient"]!.GetValue<string>());

        var again = await fixture.PostAsAsync(authority.Subject, Platform, SendMeMo, new { xml });
        Assert.True(again.RequireData()["sendMeMo"]!["delivery"]!["duplicate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_authority_sends_the_memo_as_a_file_of_a_graphql_multipart_request()
    {
        var citizen = await fixture.CreateCitizenAsync("Ulla", "Upload");
        var authority = fixture.World.Authority;
        var uuid = Guid.NewGuid();
        var xml = MeMoSamples.FullExampleFor(citizen.Cpr.Value, authority.Cvr.Value, uuid, "2025-09-15");
        var operations = new JsonObject
        {
            ["query"] = "mutation($f: Upload!) { sendMeMo(input: { memoFile: $f }) { delivery { messageUuid outcome } } }",
            ["variables"] = new JsonObject { ["f"] = null },
        };
        using var content = new MultipartFormDataContent
        {
            { new StringContent(operations.ToJsonString(), Encoding.UTF8), "operations" },
            { new StringContent("""{"0": ["variables.f"]}""", Encoding.UTF8), "map" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        content.Add(file, "0", "memo.xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, fixture.GraphQLEndpoint) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await fixture.DevTokenAsync(authority.Subject, Platform));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await fixture.Http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Null(body["errors"]);
        Assert.Equal(uuid.ToString("D"), body["data"]!["sendMeMo"]!["delivery"]!["messageUuid"]!.GetValue<string>());
        Assert.Equal("DELIVERED", body["data"]!["sendMeMo"]!["delivery"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_memo_that_is_not_memo_gives_an_invalid_delivery_with_the_reason()
    {
        var sent = await fixture.PostAsAsync(fixture.World.Authority.Subject, Platform, SendMeMo, new { xml = "<not-memo/>" });

        var delivery = sent.RequireData()["sendMeMo"]!["delivery"]!;
        Assert.Equal("INVALID", delivery["outcome"]!.GetValue<string>());
        Assert.Equal("INVALID", delivery["receiptStatus"]!.GetValue<string>());
        Assert.Equal("message.invalid", delivery["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_message_held_for_its_date_is_recalled_once_before_that_date()
    {
        var citizen = await fixture.CreateCitizenAsync("Rasmus", "Tilbagekaldt");
        var authority = fixture.World.Authority;
        var uuid = Guid.NewGuid();
        var later = fixture.Time.GetUtcNow().AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var sent = await fixture.PostAsAsync(authority.Subject, Platform, SendMeMo, new { xml = MeMoSamples.FullExampleFor(citizen.Cpr.Value, authority.Cvr.Value, uuid, later) });
        Assert.Equal("HELD", sent.RequireData()["sendMeMo"]!["delivery"]!["outcome"]!.GetValue<string>());

        const string Recall = "mutation($u: UUID!, $r: String!) { recallMessage(input: { messageUuid: $u, recipient: $r }) { recalled } }";
        var otherAuthority = await fixture.PostAsAsync("authority:udbetaling-danmark", Platform, Recall, new { u = uuid, r = citizen.Mailbox.Value });
        Assert.False(otherAuthority.RequireData()["recallMessage"]!["recalled"]!.GetValue<bool>());

        var recalled = await fixture.PostAsAsync(authority.Subject, Platform, Recall, new { u = uuid, r = citizen.Mailbox.Value });
        Assert.True(recalled.RequireData()["recallMessage"]!["recalled"]!.GetValue<bool>());
        var twice = await fixture.PostAsAsync(authority.Subject, Platform, Recall, new { u = uuid, r = citizen.Mailbox.Value });
        Assert.False(twice.RequireData()["recallMessage"]!["recalled"]!.GetValue<bool>());

        var inbox = await fixture.PostAsAsync(citizen.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { unreadCount } }", new { m = SettingsEndToEndTests.MailboxGlobalId(citizen.Mailbox) });
        Assert.Equal(0, inbox.RequireData()["mailbox"]!["unreadCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_an_authority_sends_memos_and_a_citizen_is_forbidden()
    {
        var citizen = fixture.World.Stranger;

        var refused = await fixture.PostAsAsync(citizen.Subject, Platform, SendMeMo, new { xml = "<x/>" });

        Assert.Equal("FORBIDDEN", refused.RequireSingleErrorCode());
    }

    [Fact]
    public async Task The_agency_grants_estate_access_which_the_administrator_can_use_and_no_one_else_may_grant()
    {
        var administrator = await fixture.CreateCitizenAsync("Bent", "Bobestyrer");
        var deceased = fixture.World.Deceased;
        const string Grant = """
            mutation($d: String!, $a: String!) {
              grantEstateAccess(input: { deceasedCpr: $d, administratorCpr: $a }) { grant { id level kind delegateCpr } }
            }
            """;

        var byAuthority = await fixture.PostAsAsync(fixture.World.Authority.Subject, Platform, Grant, new { d = deceased.Cpr.Value, a = administrator.Cpr.Value });
        Assert.Equal("FORBIDDEN", byAuthority.RequireSingleErrorCode());

        var granted = await fixture.PostAsAsync("authority:digitaliseringsstyrelsen", Platform, Grant, new { d = deceased.Cpr.Value, a = administrator.Cpr.Value });
        var grant = granted.RequireData()["grantEstateAccess"]!["grant"]!;
        Assert.Equal("ESTATE", grant["kind"]!.GetValue<string>());
        Assert.Equal("READ", grant["level"]!.GetValue<string>());

        var opened = await fixture.PostAsAsync(administrator.Subject, Platform, "query($m: ID!) { mailbox(id: $m) { access status } }",
            new { m = SettingsEndToEndTests.MailboxGlobalId(deceased.Mailbox) });
        Assert.Equal("READ", opened.RequireData()["mailbox"]!["access"]!.GetValue<string>());

        var notDeceased = await fixture.PostAsAsync("authority:digitaliseringsstyrelsen", Platform, Grant, new { d = fixture.World.Stranger.Cpr.Value, a = administrator.Cpr.Value });
        Assert.Equal("VALIDATION", notDeceased.RequireSingleErrorCode());
    }
}
