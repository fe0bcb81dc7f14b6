using DigitalPost.Runtime.Postgres.Provisioning;

namespace DigitalPost.Runtime.Tests.Postgres.Provisioning;

/// <summary>The private cluster's default shared_buffers: a quarter of the process's memory, between 128MB and 2GB.</summary>
public sealed class SharedBuffersDefaultTests
{
    [Theory]
    [InlineData(24L * 1024 * 1024 * 1024, "2048MB")]
    [InlineData(8L * 1024 * 1024 * 1024, "2048MB")]
    [InlineData(6L * 1024 * 1024 * 1024, "1536MB")]
    [InlineData(3L * 1024 * 1024 * 1024, "768MB")]
    [InlineData(256L * 1024 * 1024, "128MB")]
    public void A_quarter_of_the_memory_within_the_bounds(long availableBytes, string expected)
    {
        Assert.Equal(expected, PrivatePostgresServer.SharedBuffersFor(availableBytes));
    }
}
