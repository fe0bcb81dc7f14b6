using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Settings;

namespace DigitalPost.GraphQLGateway.Tests.Settings;

public sealed class NemSmsStatusTests
{
    [Fact]
    public void No_registration_is_not_registered_without_number()
    {
        var status = NemSmsStatus.Of(null);

        Assert.False(status.Registered);
        Assert.Null(status.PhoneNumber);
        Assert.Null(status.RegisteredAt);
    }

    [Fact]
    public void A_registration_shows_its_number_and_time_but_never_in_ToString()
    {
        var at = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

        var status = NemSmsStatus.Of(new NemSmsRegistration("+4512345678", at));

        Assert.True(status.Registered);
        Assert.Equal("+4512345678", status.PhoneNumber);
        Assert.Equal(at, status.RegisteredAt);
        Assert.DoesNotContain("12345678", status.ToString(), StringComparison.Ordinal);
    }
}
