using System.Text;
using System.Xml.Linq;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

public sealed class MeMoReaderValidationTests
{
    [Theory]
    [InlineData("MessageHeader", "/Message/MessageHeader")]
    [InlineData("MessageHeader/messageType", "/Message/MessageHeader/messageType")]
    [InlineData("MessageHeader/messageUUID", "/Message/MessageHeader/messageUUID")]
    [InlineData("MessageHeader/label", "/Message/MessageHeader/label")]
    [InlineData("MessageHeader/Sender", "/Message/MessageHeader/Sender")]
    [InlineData("MessageHeader/Recipient", "/Message/MessageHeader/Recipient")]
    [InlineData("MessageHeader/Sender/senderID", "/Message/MessageHeader/Sender/senderID")]
    [InlineData("MessageHeader/Sender/idType", "/Message/MessageHeader/Sender/idType")]
    [InlineData("MessageHeader/Sender/label", "/Message/MessageHeader/Sender/label")]
    [InlineData("MessageHeader/Sender/AttentionData/EMail/emailAddress", "/Message/MessageHeader/Sender/AttentionData/EMail/emailAddress")]
    [InlineData("MessageHeader/Sender/AttentionData/Telephone/telephoneNumber", "/Message/MessageHeader/Sender/AttentionData/Telephone/telephoneNumber")]
    [InlineData("MessageHeader/Sender/AttentionData/GeneratingSystem/generatingSystemID", "/Message/MessageHeader/Sender/AttentionData/GeneratingSystem/generatingSystemID")]
    [InlineData("MessageHeader/Sender/ContactPoint/contactPointID", "/Message/MessageHeader/Sender/ContactPoint/contactPointID")]
    [InlineData("MessageHeader/Sender/ContactPoint/ContactInfo[2]/label", "/Message/MessageHeader/Sender/ContactPoint/ContactInfo[2]/label")]
    [InlineData("MessageHeader/Sender/ContactPoint/ContactInfo[1]/value", "/Message/MessageHeader/Sender/ContactPoint/ContactInfo[1]/value")]
    [InlineData("MessageHeader/Sender/Representative/representativeID", "/Message/MessageHeader/Sender/Representative/representativeID")]
    [InlineData("MessageHeader/Sender/Representative/idType", "/Message/MessageHeader/Sender/Representative/idType")]
    [InlineData("MessageHeader/Recipient/recipientID", "/Message/MessageHeader/Recipient/recipientID")]
    [InlineData("MessageHeader/Recipient/idType", "/Message/MessageHeader/Recipient/idType")]
    [InlineData("MessageHeader/ContentData/CaseID/caseID", "/Message/MessageHeader/ContentData/CaseID/caseID")]
    [InlineData("MessageHeader/ContentData/CaseID/caseSystem", "/Message/MessageHeader/ContentData/CaseID/caseSystem")]
    [InlineData("MessageHeader/ContentData/AdditionalContentData[2]/contentDataName", "/Message/MessageHeader/ContentData/AdditionalContentData[2]/contentDataName")]
    [InlineData("MessageHeader/ContentData/AdditionalContentData[1]/contentDataValue", "/Message/MessageHeader/ContentData/AdditionalContentData[1]/contentDataValue")]
    [InlineData("MessageHeader/ForwardData/messageUUID", "/Message/MessageHeader/ForwardData/messageUUID")]
    [InlineData("MessageHeader/ForwardData/originalMessageDateTime", "/Message/MessageHeader/ForwardData/originalMessageDateTime")]
    [InlineData("MessageHeader/ForwardData/originalSender", "/Message/MessageHeader/ForwardData/originalSender")]
    [InlineData("MessageHeader/ReplyData[2]/messageUUID", "/Message/MessageHeader/ReplyData[2]/messageUUID")]
    [InlineData("MessageHeader/ReplyData[1]/AdditionalReplyData[2]/label", "/Message/MessageHeader/ReplyData[1]/AdditionalReplyData[2]/label")]
    [InlineData("MessageHeader/ReplyData[1]/AdditionalReplyData[1]/value", "/Message/MessageHeader/ReplyData[1]/AdditionalReplyData[1]/value")]
    [InlineData("MessageBody", "/Message/MessageBody")]
    [InlineData("MessageBody/createdDateTime", "/Message/MessageBody/createdDateTime")]
    [InlineData("MessageBody/MainDocument", "/Message/MessageBody/MainDocument")]
    [InlineData("MessageBody/MainDocument/File[*]", "/Message/MessageBody/MainDocument/File")]
    [InlineData("MessageBody/AdditionalDocument[2]/File[*]", "/Message/MessageBody/AdditionalDocument[2]/File")]
    [InlineData("MessageBody/MainDocument/File[1]/encodingFormat", "/Message/MessageBody/MainDocument/File[1]/encodingFormat")]
    [InlineData("MessageBody/MainDocument/File[2]/filename", "/Message/MessageBody/MainDocument/File[2]/filename")]
    [InlineData("MessageBody/MainDocument/File[1]/language", "/Message/MessageBody/MainDocument/File[1]/language")]
    [InlineData("MessageBody/TechnicalDocument[1]/File[1]/content", "/Message/MessageBody/TechnicalDocument[1]/File[1]/content")]
    [InlineData("MessageBody/MainDocument/Action[1]/label", "/Message/MessageBody/MainDocument/Action[1]/label")]
    [InlineData("MessageBody/MainDocument/Action[2]/actionCode", "/Message/MessageBody/MainDocument/Action[2]/actionCode")]
    [InlineData("MessageBody/MainDocument/Action[1]/EntryPoint/url", "/Message/MessageBody/MainDocument/Action[1]/EntryPoint/url")]
    [InlineData("MessageBody/MainDocument/Action[2]/Reservation/description", "/Message/MessageBody/MainDocument/Action[2]/Reservation/description")]
    [InlineData("MessageBody/MainDocument/Action[2]/Reservation/reservationUUID", "/Message/MessageBody/MainDocument/Action[2]/Reservation/reservationUUID")]
    [InlineData("MessageBody/MainDocument/Action[2]/Reservation/abstract", "/Message/MessageBody/MainDocument/Action[2]/Reservation/abstract")]
    [InlineData("MessageBody/MainDocument/Action[2]/Reservation/location", "/Message/MessageBody/MainDocument/Action[2]/Reservation/location")]
    [InlineData("MessageBody/AdditionalDocument[1]/Action[2]/Reservation/startDateTime", "/Message/MessageBody/AdditionalDocument[1]/Action[2]/Reservation/startDateTime")]
    [InlineData("MessageBody/AdditionalDocument[1]/Action[2]/Reservation/endDateTime", "/Message/MessageBody/AdditionalDocument[1]/Action[2]/Reservation/endDateTime")]
    public void Missing_required_element_is_reported_at_its_path(string remove, string expectedPath)
    {
        var result = MeMoTestData.Read(MeMoTestData.Without(MeMoTestData.FullExample, remove));

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(expectedPath, error.Path);
        Assert.StartsWith("required element is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_memo_version_is_reported()
    {
        var xml = MeMoTestData.Modify(MeMoTestData.FullExample, doc => doc.Root!.Attribute("memoVersion")!.Remove());

        var error = Assert.Single(MeMoTestData.Read(xml).Errors);
        Assert.Equal("/Message/@memoVersion: required attribute is missing", error.ToString());
    }

    [Fact]
    public void Memo_version_1_1_is_read_and_other_versions_are_refused()
    {
        var v11 = MeMoTestData.Modify(MeMoTestData.FullExample, doc => doc.Root!.SetAttributeValue("memoVersion", "1.1"));
        var v20 = MeMoTestData.Modify(MeMoTestData.FullExample, doc => doc.Root!.SetAttributeValue("memoVersion", "2.0"));

        Assert.Equal("1.1", MeMoTestData.ReadValid(v11).MemoVersion);
        Assert.Equal("/Message/@memoVersion: unsupported version '2.0'; expected 1.1 or 1.2", Assert.Single(MeMoTestData.Read(v20).Errors).ToString());
    }

    [Fact]
    public void Omitted_mandatory_and_legal_notification_read_as_false()
    {
        var xml = MeMoTestData.Without(MeMoTestData.Without(MeMoTestData.FullExample, "MessageHeader/mandatory"), "MessageHeader/legalNotification");

        var header = MeMoTestData.ReadValid(xml).Header;

        Assert.False(header.Mandatory);
        Assert.False(header.LegalNotification);
    }

    [Fact]
    public void Legal_notification_true_is_read()
    {
        var xml = MeMoTestData.WithValue(MeMoTestData.FullExample, "MessageHeader/legalNotification", "1");

        Assert.True(MeMoTestData.ReadValid(xml).Header.LegalNotification);
    }

    [Theory]
    [InlineData("MessageHeader/messageUUID", "not-a-uuid", "/Message/MessageHeader/messageUUID: 'not-a-uuid' is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)")]
    [InlineData("MessageHeader/ReplyData[2]/replyUUID", "8C2EA15D61FB4BA9936642F8B194C114", "/Message/MessageHeader/ReplyData[2]/replyUUID: '8C2EA15D61FB4BA9936642F8B194C114' is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)")]
    [InlineData("MessageHeader/mandatory", "yes", "/Message/MessageHeader/mandatory: 'yes' is not a boolean (true, false, 1 or 0)")]
    [InlineData("MessageHeader/reply", "True", "/Message/MessageHeader/reply: 'True' is not a boolean (true, false, 1 or 0)")]
    [InlineData("MessageHeader/doNotDeliverUntilDate", "2025-02-30", "/Message/MessageHeader/doNotDeliverUntilDate: '2025-02-30' is not a date (yyyy-MM-dd)")]
    [InlineData("MessageHeader/doNotDeliverUntilDate", "15-09-2025", "/Message/MessageHeader/doNotDeliverUntilDate: '15-09-2025' is not a date (yyyy-MM-dd)")]
    [InlineData("MessageHeader/replyByDateTime", "2025-13-30T12:00:00Z", "/Message/MessageHeader/replyByDateTime: '2025-13-30T12:00:00Z' is not a dateTime with a time zone (e.g. 2025-09-30T12:00:00Z)")]
    [InlineData("MessageHeader/replyByDateTime", "2025-09-30T12:00:00", "/Message/MessageHeader/replyByDateTime: '2025-09-30T12:00:00' is not a dateTime with a time zone (e.g. 2025-09-30T12:00:00Z)")]
    [InlineData("MessageHeader/replyByDateTime", "2025-02-29T12:00:00Z", "/Message/MessageHeader/replyByDateTime: '2025-02-29T12:00:00Z' is not a dateTime with a time zone (e.g. 2025-09-30T12:00:00Z)")]
    [InlineData("MessageHeader/replyByDateTime", "2025-09-30T24:00:00Z", "/Message/MessageHeader/replyByDateTime: '2025-09-30T24:00:00Z' is not a dateTime with a time zone (e.g. 2025-09-30T12:00:00Z)")]
    [InlineData("MessageBody/createdDateTime", "yesterday", "/Message/MessageBody/createdDateTime: 'yesterday' is not a dateTime with a time zone (e.g. 2025-09-30T12:00:00Z)")]
    [InlineData("MessageHeader/messageType", "BREV", "/Message/MessageHeader/messageType: 'BREV' is not a message type (DIGITALPOST or NEMSMS)")]
    [InlineData("MessageBody/MainDocument/Action[1]/actionCode", "RING", "/Message/MessageBody/MainDocument/Action[1]/actionCode: 'RING' is not an action code (AFTALE, SELVBETJENING, BETALING, INFORMATION, UNDERSKRIV, BEKRAEFT, FORBEREDELSE, TILMELDING)")]
    public void Wrong_type_is_reported_with_path_and_value(string path, string value, string expected)
    {
        var result = MeMoTestData.Read(MeMoTestData.WithValue(MeMoTestData.FullExample, path, value));

        Assert.Equal(expected, Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Date_time_with_offset_is_read_as_the_same_instant_in_utc()
    {
        var xml = MeMoTestData.WithValue(MeMoTestData.FullExample, "MessageHeader/replyByDateTime", "2025-09-30T14:00:00+02:00");

        var replyBy = MeMoTestData.ReadValid(xml).Header.ReplyByDateTime;

        Assert.Equal(new DateTimeOffset(2025, 9, 30, 12, 0, 0, TimeSpan.Zero), replyBy);
        Assert.Equal(TimeSpan.Zero, replyBy!.Value.Offset);
    }

    [Fact]
    public void Date_time_with_fractional_seconds_is_read()
    {
        var xml = MeMoTestData.WithValue(MeMoTestData.FullExample, "MessageHeader/replyByDateTime", "2025-09-30T12:00:00.250Z");

        Assert.Equal(new DateTimeOffset(2025, 9, 30, 12, 0, 0, 250, TimeSpan.Zero), MeMoTestData.ReadValid(xml).Header.ReplyByDateTime);
    }

    [Theory]
    [InlineData("MessageHeader/label", 256, "/Message/MessageHeader/label: longer than 256 characters (257)")]
    [InlineData("MessageHeader/notification", 150, "/Message/MessageHeader/notification: longer than 150 characters (151)")]
    [InlineData("MessageHeader/additionalNotification", 256, "/Message/MessageHeader/additionalNotification: longer than 256 characters (257)")]
    [InlineData("MessageHeader/Sender/label", 256, "/Message/MessageHeader/Sender/label: longer than 256 characters (257)")]
    [InlineData("MessageHeader/ForwardData/comment", 512, "/Message/MessageHeader/ForwardData/comment: longer than 512 characters (513)")]
    [InlineData("MessageBody/MainDocument/File[1]/language", 2, "/Message/MessageBody/MainDocument/File[1]/language: longer than 2 characters (3)")]
    public void Text_over_its_limit_is_reported_and_text_at_the_limit_is_accepted(string path, int limit, string expected)
    {
        // Danish letters count as one character each, as the schema's maxLength does.
        var atLimit = MeMoTestData.WithValue(MeMoTestData.FullExample, path, Text(limit));
        var overLimit = MeMoTestData.WithValue(MeMoTestData.FullExample, path, Text(limit + 1));

        Assert.True(MeMoTestData.Read(atLimit).IsValid);
        Assert.Equal(expected, Assert.Single(MeMoTestData.Read(overLimit).Errors).ToString());
    }

    [Fact]
    public void NemSms_text_over_150_characters_is_reported()
    {
        var ok = MeMoTestData.WithValue(MeMoTestData.NemSms, "MessageHeader/notification", Text(150));
        var tooLong = MeMoTestData.WithValue(MeMoTestData.NemSms, "MessageHeader/notification", Text(151));

        Assert.True(MeMoTestData.Read(ok).IsValid);
        Assert.Equal(
            "/Message/MessageHeader/notification: NemSMS text longer than 150 characters (151)",
            Assert.Single(MeMoTestData.Read(tooLong).Errors).ToString());
    }

    [Fact]
    public void NemSms_limit_is_its_own_option()
    {
        var options = MeMoReaderOptions.Default with { MaxNemSmsTextLength = 20 };
        var xml = MeMoTestData.WithValue(MeMoTestData.NemSms, "MessageHeader/notification", Text(21));

        Assert.Equal(
            "/Message/MessageHeader/notification: NemSMS text longer than 20 characters (21)",
            Assert.Single(MeMoTestData.Read(xml, options).Errors).ToString());
    }

    [Fact]
    public void NemSms_without_text_is_reported()
    {
        var result = MeMoTestData.Read(MeMoTestData.Without(MeMoTestData.NemSms, "MessageHeader/notification"));

        Assert.Equal(
            "/Message/MessageHeader/notification: required element is missing (it is the text of a NEMSMS message)",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Every_error_is_collected_not_only_the_first()
    {
        var xml = MeMoTestData.Modify(MeMoTestData.FullExample, doc =>
        {
            MeMoTestData.Select(doc, "MessageHeader/label").Single().Remove();
            MeMoTestData.Select(doc, "MessageHeader/messageUUID").Single().Value = "x";
            MeMoTestData.Select(doc, "MessageBody/MainDocument/Action[2]/actionCode").Single().Value = "RING";
            MeMoTestData.Select(doc, "MessageBody/TechnicalDocument[1]/File[1]/filename").Single().Remove();
        });

        var result = MeMoTestData.Read(xml);

        Assert.Equal(
            [
                "/Message/MessageHeader/messageUUID",
                "/Message/MessageHeader/label",
                "/Message/MessageBody/MainDocument/Action[2]/actionCode",
                "/Message/MessageBody/TechnicalDocument[1]/File[1]/filename",
            ],
            result.Errors.Select(e => e.Path).ToArray());
        Assert.False(result.ErrorsTruncated);
    }

    [Fact]
    public void Error_list_is_bounded_by_the_configured_maximum()
    {
        // 40 empty AdditionalReplyData: each lacks label and value, and the count is over 4.
        var xml = MeMoTestData.Modify(MeMoTestData.FullExample, doc =>
        {
            var reply = MeMoTestData.Select(doc, "MessageHeader/ReplyData[1]").Single();
            for (var i = 0; i < 40; i++)
            {
                reply.Add(new XElement(MeMoTestData.Memo + "AdditionalReplyData"));
            }
        });

        var result = MeMoTestData.Read(xml, MeMoReaderOptions.Default with { MaxErrors = 5 });

        Assert.Equal(5, result.Errors.Count);
        Assert.True(result.ErrorsTruncated);
        Assert.Equal("/Message/MessageHeader/ReplyData[1]/AdditionalReplyData[3]/label", result.Errors[0].Path);
        var ex = Assert.Throws<MeMoFormatException>(result.GetMessageOrThrow);
        Assert.Equal(5, ex.Errors.Count);
        Assert.Contains("more errors not listed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_contact_infos_are_reported()
    {
        var xml = MeMoTestData.Modify(MeMoTestData.FullExample, doc =>
            MeMoTestData.Select(doc, "MessageHeader/Sender/ContactPoint").Single().Add(
                new XElement(MeMoTestData.Memo + "ContactInfo", new XElement(MeMoTestData.Memo + "label", "a"), new XElement(MeMoTestData.Memo + "value", "b"))));

        Assert.Equal("/Message/MessageHeader/Sender/ContactPoint: more than 2 ContactInfo elements", Assert.Single(MeMoTestData.Read(xml).Errors).ToString());
    }

    [Fact]
    public void Repeated_single_element_is_reported()
    {
        var xml = MeMoTestData.Modify(MeMoTestData.FullExample, doc =>
            MeMoTestData.Select(doc, "MessageHeader/label").Single().AddAfterSelf(new XElement(MeMoTestData.Memo + "label", "second")));

        Assert.Equal("/Message/MessageHeader/label: appears more than once", Assert.Single(MeMoTestData.Read(xml).Errors).ToString());
    }

    [Fact]
    public void Reservation_ending_before_it_starts_is_reported()
    {
        var xml = MeMoTestData.WithValue(MeMoTestData.FullExample, "MessageBody/MainDocument/Action[2]/Reservation/endDateTime", "2018-11-10T08:00:00Z");

        Assert.Equal(
            "/Message/MessageBody/MainDocument/Action[2]/Reservation/endDateTime: is before startDateTime",
            Assert.Single(MeMoTestData.Read(xml).Errors).ToString());
    }

    [Fact]
    public void Wrong_root_element_is_reported()
    {
        var xml = Encoding.UTF8.GetBytes("<Message xmlns=\"urn:other\" memoVersion=\"1.2\"/>");

        var error = Assert.Single(MeMoTestData.Read(xml).Errors);
        Assert.Equal("/", error.Path);
        Assert.Contains("root element must be Message in namespace https://DigitalPost.dk/MeMo-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_is_reported_at_the_element_being_read()
    {
        var text = MeMoTestData.Text(MeMoTestData.NemSms).Replace("</memo:label>", "</memo:labl>", StringComparison.Ordinal);

        var error = Assert.Single(MeMoTestData.Read(Encoding.UTF8.GetBytes(text)).Errors);
        Assert.Equal("/Message/MessageHeader/label", error.Path);
        Assert.StartsWith("not well-formed XML:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dtd_is_refused()
    {
        var xml = Encoding.UTF8.GetBytes("<!DOCTYPE m [<!ENTITY x \"y\">]>" + MeMoTestData.Text(MeMoTestData.NemSms));

        Assert.StartsWith("not well-formed XML:", Assert.Single(MeMoTestData.Read(xml).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_memo_element_is_kept_by_default_and_refused_when_configured()
    {
        var xml = MeMoTestData.Modify(MeMoTestData.FullExample, doc =>
            MeMoTestData.Select(doc, "MessageHeader/postType").Single().AddAfterSelf(new XElement(MeMoTestData.Memo + "futureField", "v")));

        var kept = MeMoTestData.ReadValid(xml);
        var refused = MeMoTestData.Read(xml, MeMoReaderOptions.Default with { UnknownMeMoElements = MeMoUnknownElementHandling.Reject });

        var extension = Assert.Single(kept.Header.Extensions);
        Assert.Equal(13, extension.Position);
        Assert.Equal("futureField", extension.Element.Name.LocalName);
        Assert.Contains("<memo:futureField>v</memo:futureField>", MeMoTestData.Text(MeMoWriter.Default.WriteToArray(kept)), StringComparison.Ordinal);
        Assert.Equal("/Message/MessageHeader/futureField: unknown MeMo element", Assert.Single(refused.Errors).ToString());
    }

    private static string Text(int length) => string.Concat(Enumerable.Repeat("æøå", (length / 3) + 1))[..length];
}
