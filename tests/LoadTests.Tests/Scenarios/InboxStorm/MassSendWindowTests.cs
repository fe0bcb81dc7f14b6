using DigitalPost.LoadTests.Scenarios.InboxStorm;

namespace DigitalPost.LoadTests.Tests.Scenarios.InboxStorm;

public sealed class MassSendWindowTests
{
    [Fact]
    public void Only_times_between_opening_and_closing_are_inside()
    {
        var window = new MassSendWindow();
        Assert.False(window.Contains(TimeSpan.FromSeconds(1)));

        window.Open(TimeSpan.FromSeconds(2));
        Assert.False(window.Contains(TimeSpan.FromSeconds(1)));
        Assert.True(window.Contains(TimeSpan.FromSeconds(100)));

        window.Close(TimeSpan.FromSeconds(5));
        Assert.True(window.Contains(TimeSpan.FromSeconds(5)));
        Assert.False(window.Contains(TimeSpan.FromSeconds(5.001)));
    }
}
