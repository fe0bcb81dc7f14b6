using System.Text.Json;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Registry;

namespace DigitalPost.GraphQLGateway.Tests.Administration;

/// <summary>
/// <c>Query.citizenExemptionStatus</c>: municipality staff read the exemption of a citizen of their municipality through
/// the grain's exemption-only call, and nothing else; every refusal happens before the grain is asked.
/// </summary>
public sealed class CitizenExemptionStatusTests
{
    private const string AarhusCitizen = "0101901234";
    private const string OdenseCitizen = "0202801234";
    private const string UnknownCitizen = "0303701234";
    private const string Query = "query($c: String!) { citizenExemptionStatus(citizenCpr: $c) { exempt exemption { criterion registeredAt exceptionSenders } } }";

    [Fact]
    public async Task Staff_of_the_citizens_municipality_read_the_exemption_through_the_exemption_only_grain_call()
    {
        await using var host = await StartAsync();
        var registeredAt = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);
        ActorContext? actor = null;
        host.Grains.Handle("cpr:" + AarhusCitizen, "GetExemptionAsync", args =>
        {
            actor = (ActorContext)args[0]!;
            return Task.FromResult<ExemptionRecord?>(new ExemptionRecord("municipality-751", ExemptionCriterion.LimitedCommandOfDanish, registeredAt, ["udbetaling-danmark"]));
        });

        var result = await host.PostAsync(Query, await host.DevTokenAsync("staff:751"), new { c = AarhusCitizen });

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var status = result.GetProperty("data").GetProperty("citizenExemptionStatus");
        Assert.True(status.GetProperty("exempt").GetBoolean());
        Assert.Equal("LIMITED_COMMAND_OF_DANISH", status.GetProperty("exemption").GetProperty("criterion").GetString());
        Assert.Equal("udbetaling-danmark", status.GetProperty("exemption").GetProperty("exceptionSenders")[0].GetString());
        Assert.Equal(ActorKind.MunicipalityStaff, actor!.Kind);
        Assert.Equal(["ICitizenMailboxGrain:cpr:" + AarhusCitizen + "/GetExemptionAsync"], host.Grains.Calls);
    }

    [Fact]
    public async Task A_citizen_without_an_exemption_is_not_exempt()
    {
        await using var host = await StartAsync();
        host.Grains.Handle("cpr:" + AarhusCitizen, "GetExemptionAsync", _ => Task.FromResult<ExemptionRecord?>(null));

        var result = await host.PostAsync(Query, await host.DevTokenAsync("staff:751"), new { c = AarhusCitizen });

        var status = result.GetProperty("data").GetProperty("citizenExemptionStatus");
        Assert.False(status.GetProperty("exempt").GetBoolean());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("exemption").ValueKind);
    }

    [Fact]
    public async Task Staff_of_another_municipality_get_the_same_response_as_for_an_unknown_cpr_and_the_grain_is_never_asked()
    {
        await using var host = await StartAsync();
        var token = await host.DevTokenAsync("staff:751");

        var elsewhere = await host.PostRawAsync(Query, token, new { c = OdenseCitizen });
        var unknown = await host.PostRawAsync(Query, token, new { c = UnknownCitizen });

        Assert.Equal(unknown, elsewhere);
        Assert.Contains("\"NOT_FOUND\"", elsewhere.Body, StringComparison.Ordinal);
        Assert.Empty(host.Grains.Calls);
    }

    [Theory]
    [InlineData("cpr:" + AarhusCitizen)]
    [InlineData("cvr:12345678/cpr:" + AarhusCitizen)]
    [InlineData("authority:aarhus-kommune")]
    [InlineData("authority:digitaliseringsstyrelsen")]
    public async Task Every_caller_that_is_not_municipality_staff_is_forbidden_before_the_cpr_is_looked_at(string subject)
    {
        await using var host = await StartAsync();

        var result = await host.PostAsync(Query, await host.DevTokenAsync(subject), new { c = AarhusCitizen });

        Assert.Equal("FORBIDDEN", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, host.Registry.Lookups);
        Assert.Empty(host.Grains.Calls);
    }

    [Fact]
    public async Task A_malformed_cpr_is_a_validation_error_that_does_not_repeat_the_input()
    {
        await using var host = await StartAsync();

        var result = await host.PostRawAsync(Query, await host.DevTokenAsync("staff:751"), new { c = "01019O1234" });

        Assert.Contains("\"VALIDATION\"", result.Body, StringComparison.Ordinal);
        Assert.Contains("\"citizenCpr\"", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("01019O1234", result.Body, StringComparison.Ordinal);
        Assert.Equal(0, host.Registry.Lookups);
    }

    [Fact]
    public async Task No_log_line_of_any_category_holds_the_cpr_whether_sent_as_a_variable_or_in_the_document()
    {
        await using var host = await StartAsync();
        host.Grains.Handle("cpr:" + AarhusCitizen, "GetExemptionAsync", _ => Task.FromResult<ExemptionRecord?>(null));
        var token = await host.DevTokenAsync("staff:751");

        await host.PostAsync(Query, token, new { c = AarhusCitizen });
        await host.PostAsync($"query Lookup{AarhusCitizen} {{ citizenExemptionStatus(citizenCpr: \"{AarhusCitizen}\") {{ exempt }} }}", token);
        await host.PostAsync(Query, token, new { c = OdenseCitizen });

        Assert.NotEmpty(host.Logs);
        Assert.All(host.Logs, line =>
        {
            Assert.DoesNotContain(AarhusCitizen, line, StringComparison.Ordinal);
            Assert.DoesNotContain(OdenseCitizen, line, StringComparison.Ordinal);
        });
    }

    private static async Task<StaffGatewayHost> StartAsync()
    {
        var host = await StaffGatewayHost.StartAsync([]);
        host.Registry.Add(Resident(AarhusCitizen, 751));
        host.Registry.Add(Resident(OdenseCitizen, 461));
        return host;
    }

    private static Person Resident(string cpr, int municipality) =>
        new(Cpr.Parse(cpr), "Test", "Borger", new DateOnly(1990, 1, 1), new Address("Vestergade", "1", "8000", "By", municipality), DigitalPost.Grains.Interfaces.Registry.Residence.Resident, null);
}
