using System.Buffers.Text;
using System.Text;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Messages.Files;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

public sealed class MessageLinkProtectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static MessageLink Link(DateTimeOffset? expires = null) => new(
        MessageLinkKind.File,
        "cpr:0101901234",
        Platform.EBoks,
        MailboxId.Parse("cpr:0101901234"),
        Guid.Parse("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"),
        3,
        expires ?? Now.AddMinutes(5));

    [Fact]
    public void A_protected_link_reads_back_unchanged_before_it_expires()
    {
        var protector = new MessageLinkProtector(Key);
        var link = Link();

        var token = protector.Protect(link);

        Assert.True(protector.TryUnprotect(token, Now.AddMinutes(4), out var read));
        Assert.Equal(link, read);
    }

    [Fact]
    public void A_link_stops_working_at_its_expiry()
    {
        var protector = new MessageLinkProtector(Key);
        var token = protector.Protect(Link(Now.AddMinutes(5)));

        Assert.False(protector.TryUnprotect(token, Now.AddMinutes(5), out _));
        Assert.False(protector.TryUnprotect(token, Now.AddHours(1), out _));
    }

    [Fact]
    public void Changing_any_byte_of_a_token_makes_it_worthless()
    {
        var protector = new MessageLinkProtector(Key);
        var bytes = Base64Url.DecodeFromChars(protector.Protect(Link()));

        for (var i = 0; i < bytes.Length; i++)
        {
            var tampered = (byte[])bytes.Clone();
            tampered[i] ^= 0x01;
            Assert.False(protector.TryUnprotect(Base64Url.EncodeToString(tampered), Now, out _), $"byte {i} changed and still accepted");
        }
    }

    [Fact]
    public void A_token_signed_with_another_key_is_refused()
    {
        var token = new MessageLinkProtector(Key).Protect(Link());
        var other = new MessageLinkProtector(Enumerable.Repeat((byte)7, 32).ToArray());

        Assert.False(other.TryUnprotect(token, Now, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("not base64 at all!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Garbage_is_refused(string token) =>
        Assert.False(new MessageLinkProtector(Key).TryUnprotect(token, Now, out _));

    [Fact]
    public void A_truncated_or_extended_token_is_refused()
    {
        var protector = new MessageLinkProtector(Key);
        var token = protector.Protect(Link());

        Assert.False(protector.TryUnprotect(token[..^4], Now, out _));
        Assert.False(protector.TryUnprotect(token + "AAAA", Now, out _));
    }

    [Fact]
    public void The_token_does_not_show_the_cpr_number_it_carries()
    {
        var token = new MessageLinkProtector(Key).Protect(Link());
        var decoded = Encoding.Latin1.GetString(Base64Url.DecodeFromChars(token));

        Assert.DoesNotContain("0101901234", token, StringComparison.Ordinal);
        Assert.DoesNotContain("0101901234", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_links_for_the_same_file_differ_so_tokens_cannot_be_compared()
    {
        var protector = new MessageLinkProtector(Key);

        Assert.NotEqual(protector.Protect(Link()), protector.Protect(Link()));
    }

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new MessageLinkProtector(new byte[31]));
        Assert.Throws<InvalidOperationException>(() => MessageLinkProtector.FromConfiguredKey(Convert.ToBase64String(new byte[16])));
        Assert.Throws<InvalidOperationException>(() => MessageLinkProtector.FromConfiguredKey("%%%"));
    }

    [Fact]
    public void A_configured_key_is_used_as_is_and_no_key_gives_a_random_one()
    {
        var configured = MessageLinkProtector.FromConfiguredKey(Convert.ToBase64String(Key));
        var token = new MessageLinkProtector(Key).Protect(Link());

        Assert.True(configured.TryUnprotect(token, Now, out _));
        Assert.False(MessageLinkProtector.FromConfiguredKey(null).TryUnprotect(token, Now, out _));
    }

    [Fact]
    public void The_log_form_of_a_link_names_no_cpr()
    {
        Assert.DoesNotContain("0101901234", Link().ToString(), StringComparison.Ordinal);
    }
}
