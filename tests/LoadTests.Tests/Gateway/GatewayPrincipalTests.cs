using DigitalPost.LoadTests.Gateway;

namespace DigitalPost.LoadTests.Tests.Gateway;

public sealed class GatewayPrincipalTests
{
    [Theory]
    [InlineData("cpr:0101901234@borger.dk", "cpr:0101901234", "borger.dk")]
    [InlineData("cvr:12345678/cpr:0101901234@mit.dk", "cvr:12345678/cpr:0101901234", "mit.dk")]
    [InlineData("authority:udbetaling-danmark@app", "authority:udbetaling-danmark", "app")]
    public void The_subject_at_platform_form_round_trips(string text, string subject, string platform)
    {
        var principal = GatewayPrincipal.Parse(text);

        Assert.Equal((subject, platform), (principal.Subject, principal.Platform));
        Assert.Equal(text, principal.ToString());
    }

    [Theory]
    [InlineData("cpr:0101901234")]
    [InlineData("@app")]
    [InlineData("cpr:0101901234@")]
    public void A_principal_without_both_parts_is_refused(string text) =>
        Assert.Throws<FormatException>(() => GatewayPrincipal.Parse(text));
}
