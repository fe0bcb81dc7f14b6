using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Settings;

namespace DigitalPost.GraphQLGateway.Tests.Settings;

public sealed class SettingsValuesTests
{
    [Theory]
    [InlineData(0L, 0)]
    [InlineData(1234L, 1234)]
    [InlineData(5_000_000_000L, int.MaxValue)]
    public void Counts_fit_a_graphql_int(long count, int expected) => Assert.Equal(expected, SettingsValues.ClampToInt(count));

    [Fact]
    public void An_unknown_platform_shows_as_internal_and_known_ones_unchanged()
    {
        Assert.Equal(Platform.Internal, SettingsValues.KnownPlatform(Platform.Unknown));
        Assert.Equal(Platform.EBoks, SettingsValues.KnownPlatform(Platform.EBoks));
    }
}
