using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.GraphQLGateway.Messages.Content;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

public sealed class MessageContentMapperTests
{
    private static readonly MailboxId Mailbox = MailboxId.Parse("cpr:0101901234");

    [Fact]
    public void Header_texts_the_contact_point_the_answered_message_and_the_forward_origin_are_mapped()
    {
        var content = MessageContentMapper.Map(Mailbox, Letters.Full());

        Assert.Equal("Du har fået en plads", content.Notification);
        Assert.Equal("Svar inden fredag", content.AdditionalNotification);
        Assert.Equal(Letters.Starts.AddDays(-10), content.CreatedAt);
        Assert.Equal("Dagtilbud", content.ContactPoint);
        Assert.Equal(Letters.Answered, content.InReplyToUuid);
        Assert.Equal("Skattestyrelsen", content.ForwardedFrom);
        Assert.Equal(Mailbox, content.Mailbox);
    }

    [Fact]
    public void Documents_keep_their_kind_and_files_are_numbered_across_documents_in_link_order()
    {
        var message = Letters.Full();
        var content = MessageContentMapper.Map(Mailbox, message);

        Assert.Equal("main-1", content.MainDocument.DocumentId);
        Assert.Equal("Bilag", Assert.Single(content.AdditionalDocuments).Label);
        Assert.Equal("Data", Assert.Single(content.TechnicalDocuments).Label);
        FileView[] files = [.. content.MainDocument.Files, .. content.AdditionalDocuments[0].Files, .. content.TechnicalDocuments[0].Files];
        Assert.Equal([0, 1, 2, 3], files.Select(f => f.Index));
        Assert.Equal(["brev.pdf", "brev.txt", "bilag.pdf", "data.xml"], files.Select(f => f.Filename));
        Assert.Equal([4L, 5L, 5L, 4L], files.Select(f => f.SizeBytes));
        foreach (var file in files)
        {
            Assert.True(MessageContentIndex.FileAt(message, file.Index, out var found));
            Assert.Equal(file.Filename, found.Filename);
            Assert.Equal(Letters.Uuid, file.MessageUuid);
        }

        Assert.False(MessageContentIndex.FileAt(message, 4, out _));
        Assert.False(MessageContentIndex.FileAt(message, -1, out _));
    }

    [Fact]
    public void Actions_map_entry_points_and_aftale_reservations_and_only_an_aftale_has_a_calendar()
    {
        var message = Letters.Full();
        var actions = MessageContentMapper.Map(Mailbox, message).MainDocument.Actions;

        var link = actions[0];
        var meeting = actions[1];
        Assert.Equal(MeMoActionCode.Selvbetjening, link.Code);
        Assert.Equal("https://example.dk/svar", link.EntryPointUrl);
        Assert.Null(link.Reservation);
        Assert.False(link.HasCalendar);
        Assert.Equal(MeMoActionCode.Aftale, meeting.Code);
        Assert.True(meeting.HasCalendar);
        Assert.Equal(Letters.Starts, meeting.StartsAt);
        Assert.Equal(
            new ReservationView(Letters.Reservation, "Opstartsmøde", "Mød op i børnehaven", "Børnehaven Solsikken", Letters.Starts, Letters.Starts.AddHours(1), "Pædagog Hansen", "hansen@example.dk"),
            meeting.Reservation);
        Assert.True(MessageContentIndex.ActionAt(message, meeting.Index, out var found));
        Assert.Equal(MeMoActionCode.Aftale, found.ActionCode);
        Assert.False(MessageContentIndex.ActionAt(message, 2, out _));
    }

    [Fact]
    public void Without_reply_forward_or_contact_point_those_fields_are_null()
    {
        var full = Letters.Full();
        var plain = full with
        {
            Header = full.Header with { ReplyData = [], ForwardData = null, Sender = full.Header.Sender with { ContactPoint = null } },
        };

        var content = MessageContentMapper.Map(Mailbox, plain);

        Assert.Null(content.InReplyToUuid);
        Assert.Null(content.ForwardedFrom);
        Assert.Null(content.ContactPoint);
    }

    [Fact]
    public void A_contact_point_without_a_label_shows_its_id()
    {
        var header = Letters.Full().Header;
        var unlabelled = header with { Sender = header.Sender with { ContactPoint = new MeMoContactPoint { ContactPointId = "dagtilbud" } } };

        Assert.Equal("dagtilbud", MessageContentMapper.ContactPointOf(unlabelled));
    }
}
