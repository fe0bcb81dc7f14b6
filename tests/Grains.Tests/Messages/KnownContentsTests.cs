using System.Security.Cryptography;
using DigitalPost.Grains.Messages;

namespace DigitalPost.Grains.Tests.Messages;

public sealed class KnownContentsTests
{
    private static byte[] Sha(int i) => SHA256.HashData(BitConverter.GetBytes(i));

    [Fact]
    public void An_added_content_is_known_and_a_forgotten_one_is_not()
    {
        var known = new KnownContents(8);
        known.Add(Sha(1));

        Assert.True(known.Contains(Sha(1)));
        Assert.False(known.Contains(Sha(2)));
        known.Forget(Sha(1));
        Assert.False(known.Contains(Sha(1)));
    }

    [Fact]
    public void With_capacity_zero_nothing_is_ever_known()
    {
        var known = new KnownContents(0);
        known.Add(Sha(1));

        Assert.False(known.Contains(Sha(1)));
        Assert.Equal(0, known.Count);
    }

    [Fact]
    public void A_full_set_starts_over_and_never_holds_more_than_its_capacity()
    {
        var known = new KnownContents(3);
        for (var i = 0; i < 3; i++)
        {
            known.Add(Sha(i));
        }

        known.Add(Sha(3));

        Assert.Equal(1, known.Count);
        Assert.True(known.Contains(Sha(3)));
        Assert.False(known.Contains(Sha(0)));
    }

    [Fact]
    public void Keys_that_are_not_sha256_are_never_known()
    {
        var known = new KnownContents(8);
        known.Add([1, 2, 3]);

        Assert.False(known.Contains([1, 2, 3]));
        Assert.Equal(0, known.Count);
    }

    [Fact]
    public void A_negative_capacity_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KnownContents(-1));
    }
}
