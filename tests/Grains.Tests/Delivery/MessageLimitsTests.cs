using DigitalPost.Grains.Delivery;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Delivery;

public sealed class MessageLimitsTests
{
    private static readonly MailboxId s_recipient = MailboxId.Parse("cpr:0101801234");
    private static readonly MailboxOptions s_small = new() { MaxSenderMessageBytes = 1000, MaxToAuthorityBytes = 500, MaxToAuthorityBytesCitizenCeiling = 900, MaxToAuthorityBytesBusinessCeiling = 700 };

    [Fact]
    public void A_message_from_an_authority_over_the_size_limit_is_refused_naming_the_limit()
    {
        var violation = MessageLimits.CheckFromSender(TestLetters.Letter(s_recipient, mainBytes: 1001), s_small);
        Assert.Equal(MailboxErrorCode.AttachmentTooLarge, violation!.Code);
        Assert.Contains("1000", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eleven_attachments_are_refused_and_ten_are_accepted()
    {
        var ten = Enumerable.Range(1, 10).Select(i => ($"bilag{i}.pdf", 1)).ToList();
        Assert.Null(MessageLimits.CheckFromSender(TestLetters.Letter(s_recipient, attachments: ten), new MailboxOptions()));
        var eleven = Enumerable.Range(1, 11).Select(i => ($"bilag{i}.pdf", 1)).ToList();
        Assert.Equal(MailboxErrorCode.TooManyAttachments, MessageLimits.CheckFromSender(TestLetters.Letter(s_recipient, attachments: eleven), new MailboxOptions())!.Code);
    }

    [Fact]
    public void A_file_type_not_on_the_allowed_list_is_refused()
    {
        var violation = MessageLimits.CheckFromSender(TestLetters.Letter(s_recipient, attachments: [("virus.exe", 10)]), new MailboxOptions());
        Assert.Equal(MailboxErrorCode.FileTypeNotAllowed, violation!.Code);
        Assert.Contains("'exe'", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contact_point_raises_the_limit_to_authorities_but_never_above_the_ceiling_for_the_sender_kind()
    {
        var message = TestLetters.Letter(s_recipient, mainBytes: 800);
        Assert.NotNull(MessageLimits.CheckToAuthority(message, fromBusiness: false, contactPointLimit: null, s_small));
        Assert.Null(MessageLimits.CheckToAuthority(message, fromBusiness: false, contactPointLimit: 10_000, s_small));
        Assert.NotNull(MessageLimits.CheckToAuthority(message, fromBusiness: true, contactPointLimit: 10_000, s_small));
    }

    [Fact]
    public void The_default_limits_are_99_5_MB_from_senders_and_10_60_40_MB_to_authorities()
    {
        var options = new MailboxOptions();
        Assert.Equal(104_333_312, options.MaxSenderMessageBytes);
        Assert.Equal(10 * 1024 * 1024, options.MaxToAuthorityBytes);
        Assert.Equal(60 * 1024 * 1024, options.MaxToAuthorityBytesCitizenCeiling);
        Assert.Equal(40 * 1024 * 1024, options.MaxToAuthorityBytesBusinessCeiling);
    }
}
