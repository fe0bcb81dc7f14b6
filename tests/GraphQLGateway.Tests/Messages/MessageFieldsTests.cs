using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Messages;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

public sealed class MessageFieldsTests
{
    private static readonly MailboxId Citizen = MailboxId.Parse("cpr:0101901234");
    private static readonly DateTimeOffset ReadAt = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_message_never_opened_has_no_first_read() =>
        Assert.Null(MessageFields.FirstRead(Citizen, Summaries.Create()));

    [Fact]
    public void The_owner_opening_is_not_by_a_delegate_and_keeps_the_platform()
    {
        var read = MessageFields.FirstRead(Citizen, Summaries.Create(firstReadAt: ReadAt, firstReadBy: "0101901234", firstReadPlatform: Platform.MitDk));

        Assert.Equal(new FirstReadView(ReadAt, Platform.MitDk, false), read);
    }

    [Fact]
    public void Another_person_opening_a_citizens_message_is_by_a_delegate()
    {
        var read = MessageFields.FirstRead(Citizen, Summaries.Create(firstReadAt: ReadAt, firstReadBy: "0202801234", firstReadPlatform: Platform.Unknown));

        Assert.NotNull(read);
        Assert.True(read.ByDelegate);
        Assert.Null(read.Platform);
    }

    [Fact]
    public void In_a_business_mailbox_the_companys_people_are_owners_so_no_read_counts_as_a_delegates()
    {
        var read = MessageFields.FirstRead(MailboxId.Parse("cvr:12345678"), Summaries.Create(firstReadAt: ReadAt, firstReadBy: "0202801234"));

        Assert.False(read!.ByDelegate);
    }

    [Fact]
    public void The_sender_shows_the_authority_id_and_kind()
    {
        var sender = MessageFields.Sender(Summaries.Create(senderId: "authority:aalborg-kommune"));

        Assert.Equal(new MessagePartyView("aalborg-kommune", "Aalborg Kommune", SenderKind.Authority), sender);
    }

    [Fact]
    public void A_company_sender_shows_its_cvr_and_private_post_its_platform()
    {
        var summary = Summaries.Create(senderId: "cvr:12345678", senderKind: SenderKind.Company, privatePlatform: Platform.EBoks);

        Assert.Equal(new MessagePartyView("12345678", "Aalborg Kommune", SenderKind.Company), MessageFields.Sender(summary));
        Assert.Equal(Platform.EBoks, MessageFields.PrivatePlatform(summary));
        Assert.Null(MessageFields.PrivatePlatform(Summaries.Create()));
    }
}
