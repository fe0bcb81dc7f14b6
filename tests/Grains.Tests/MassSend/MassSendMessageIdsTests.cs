using DigitalPost.Grains.MassSend;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>The layout of a mass send's messageUUIDs: deterministic, distinct per recipient, sorted by job, slice and number.</summary>
public sealed class MassSendMessageIdsTests
{
    private static readonly Guid Job = new("0f6e2b1c-8d3a-4c59-9e7f-2a1b3c4d5e6f");

    [Fact]
    public void The_same_job_slice_and_recipient_give_the_same_uuid()
    {
        Assert.Equal(MassSendMessageIds.For(Job, 3, "cpr:0101901234"), MassSendMessageIds.For(Job, 3, "cpr:0101901234"));
    }

    [Fact]
    public void Different_recipients_and_jobs_give_different_uuids()
    {
        var ids = new[]
        {
            MassSendMessageIds.For(Job, 3, "cpr:0101901234"),
            MassSendMessageIds.For(Job, 3, "cpr:0101901235"),
            MassSendMessageIds.For(Job, 3, "cvr:01019012"),
            MassSendMessageIds.For(Job, 3, "cpr:0000001019"),
            MassSendMessageIds.For(Guid.NewGuid(), 3, "cpr:0101901234"),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void The_uuid_is_version_8_with_the_rfc_variant()
    {
        var bytes = MassSendMessageIds.For(Job, 4095, "cpr:9999999999").ToByteArray(bigEndian: true);

        Assert.Equal(0x80, bytes[6] & 0xF0);
        Assert.Equal(0x80, bytes[8] & 0xC0);
    }

    [Fact]
    public void A_jobs_uuids_share_their_prefix_and_sort_by_slice_then_number_as_postgresql_compares_them()
    {
        var inOrder = new[]
        {
            MassSendMessageIds.For(Job, 0, "cpr:3112999999"),
            MassSendMessageIds.For(Job, 1, "cpr:0101000001"),
            MassSendMessageIds.For(Job, 1, "cpr:0101000002"),
            MassSendMessageIds.For(Job, 1, "cpr:0201000001"),
            MassSendMessageIds.For(Job, 1, "cvr:00000001"),
            MassSendMessageIds.For(Job, 300, "cpr:0101000000"),
        };

        var bytes = inOrder.Select(id => id.ToByteArray(bigEndian: true)).ToList();
        Assert.All(bytes, b => Assert.Equal(bytes[0].AsSpan(0, 6).ToArray(), b.AsSpan(0, 6).ToArray()));
        for (var i = 1; i < bytes.Count; i++)
        {
            Assert.True(bytes[i - 1].AsSpan().SequenceCompareTo(bytes[i]) < 0, $"{inOrder[i - 1]} should sort before {inOrder[i]}");
        }
    }

    [Theory]
    [InlineData("authority:skat")]
    [InlineData("cpr:01019012")]
    [InlineData("cvr:0101901234")]
    [InlineData("cpr:01019O1234")]
    public void A_mailbox_that_is_not_a_cpr_or_cvr_mailbox_is_refused(string mailboxId)
    {
        Assert.Throws<ArgumentException>(() => MassSendMessageIds.For(Job, 0, mailboxId));
    }

    [Fact]
    public void A_slice_beyond_the_twelve_bits_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MassSendMessageIds.For(Job, MassSendMessageIds.MaxSlices, "cpr:0101901234"));
    }
}
