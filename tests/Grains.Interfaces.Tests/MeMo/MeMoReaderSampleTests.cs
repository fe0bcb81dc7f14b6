using System.Xml.Linq;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

public sealed class MeMoReaderSampleTests
{
    private static readonly XNamespace Grd = "https://data.gov.dk/model/core/";

    [Fact]
    public void Full_example_header_fields_are_read()
    {
        var m = MeMoTestData.ReadValid(MeMoTestData.FullExample);
        var h = m.Header;

        Assert.Equal("1.2", m.MemoVersion);
        Assert.Equal(MeMoMessageType.DigitalPost, h.MessageType);
        Assert.Equal(Guid.Parse("8C2EA15D-61FB-4BA9-9366-42F8B194C114"), h.MessageUuid);
        Assert.Equal("MSG-12345", h.MessageId);
        Assert.Equal("Pladsanvisning", h.MessageCode);
        Assert.Equal("Besked fra Børneforvaltningen", h.Label);
        Assert.Equal("Du har fået digitalpost fra Kommunen vedr. din ansøgning om børnehaveplads.", h.Notification);
        Assert.Equal("Du har fået digitalpost fra Kommunen vedr. din ansøgning om børnehaveplads til Emilie Hansen", h.AdditionalNotification);
        Assert.True(h.Reply);
        Assert.Equal(new DateTimeOffset(2025, 9, 30, 12, 0, 0, TimeSpan.Zero), h.ReplyByDateTime);
        Assert.Equal(new DateOnly(2025, 9, 15), h.DoNotDeliverUntilDate);
        Assert.True(h.Mandatory);
        Assert.False(h.LegalNotification);
        Assert.Equal("MYNDIGHEDSPOST", h.PostType);
    }

    [Fact]
    public void Full_example_sender_with_attention_data_contact_point_and_representative_is_read()
    {
        var s = MeMoTestData.ReadValid(MeMoTestData.FullExample).Header.Sender;

        Assert.Equal("12345678", s.SenderId);
        Assert.Equal("CVR", s.IdType);
        Assert.Equal("Kommunen", s.Label);
        var a = Assert.IsType<MeMoAttentionData>(s.AttentionData);
        Assert.Equal("9000001234", a.AttentionPerson?.PersonId);
        Assert.Equal("Hans Hansen", a.AttentionPerson?.Label);
        Assert.Equal("info@tusindfryd.dk", a.Email?.EmailAddress);
        Assert.Equal("Hans Hansen", a.Email?.RelatedAgent);
        Assert.Equal("12345678", a.Telephone?.TelephoneNumber);
        Assert.Equal("22334455", a.ContentResponsible?.ContentResponsibleId);
        Assert.Equal("Børnehaven, Tusindfryd", a.ContentResponsible?.Label);
        Assert.Equal("Sys-1234", a.GeneratingSystem?.GeneratingSystemId);
        Assert.Equal("KommunaltPostSystem", a.GeneratingSystem?.Label);

        // Foreign blocks kept in place: their index among AttentionData's children.
        Assert.Equal(
            [(1, "ProductionUnit"), (2, "GlobalLocationNumber"), (4, "SEnumber"), (6, "EID"), (9, "SORdata"), (10, "Address"), (11, "UnstructuredAddress")],
            a.Extensions.Select(e => (e.Position, e.Element.Name.LocalName)).ToArray());
        var address = a.Extensions.Single(e => e.Element.Name == Grd + "Address").Element;
        Assert.Equal("Aalborg", address.Element(Grd + "city")?.Value);
        Assert.Equal("557501.23", address.Element(Grd + "AddressPoint")?.Element(Grd + "geographicEastingMeasure")?.Value);

        var cp = Assert.IsType<MeMoContactPoint>(s.ContactPoint);
        Assert.Equal("22.33.44.55", cp.ContactGroup);
        Assert.Equal("241d39f6-998e-4929-b198-ccacbbf4b330", cp.ContactPointId);
        Assert.Equal("Kommunen, Pladsanvisningen", cp.Label);
        Assert.Equal([("Barnets CPR nummer", "2512169996"), ("Barnets navn", "Emilie Hansen")], cp.ContactInfo.Select(i => (i.Label, i.Value)).ToArray());

        var r = Assert.IsType<MeMoRepresentative>(s.Representative);
        Assert.Equal("87654321", r.RepresentativeId);
        Assert.Equal("CVR", r.IdType);
        Assert.Equal("Repræsentant Kommune", r.Label);
    }

    [Fact]
    public void Full_example_recipient_content_forward_and_reply_data_are_read()
    {
        var h = MeMoTestData.ReadValid(MeMoTestData.FullExample).Header;

        Assert.Equal("2211771212", h.Recipient.RecipientId);
        Assert.Equal("CPR", h.Recipient.IdType);
        Assert.Equal("Mette Hansen", h.Recipient.Label);
        Assert.Equal("m.hansen@gmail.com", h.Recipient.AttentionData?.Email?.EmailAddress);
        Assert.Equal(7, h.Recipient.AttentionData?.Extensions.Count);
        Assert.Equal(2, h.Recipient.ContactPoint?.ContactInfo.Count);

        var cd = Assert.IsType<MeMoContentData>(h.ContentData);
        Assert.Equal("SAG-12345", cd.CaseId?.CaseId);
        Assert.Equal("Sagssystem 1234", cd.CaseId?.CaseSystem);
        Assert.Equal(
            [("Liste A", "Navn 1", "Værdi 1"), ("Liste A", "Navn 2", "Værdi 2")],
            cd.AdditionalContentData.Select(d => (d.ContentDataType, d.ContentDataName, d.ContentDataValue)).ToArray());
        Assert.Equal(
            ["CPRdata", "CVRdata", "MotorVehicle", "PropertyNumber", "KLEdata", "FORMdata", "ProductionUnit", "Education"],
            cd.Extensions.Select(e => e.Element.Name.LocalName).ToArray());
        Assert.Equal("2512169996", cd.Extensions[0].Element.Element(Grd + "cprNumber")?.Value);

        var f = Assert.IsType<MeMoForwardData>(h.ForwardData);
        Assert.Equal(Guid.Parse("8C2EA15D-61FB-4BA9-9366-42F8B194C114"), f.MessageUuid);
        Assert.Equal(new DateTimeOffset(2021, 3, 15, 12, 0, 0, TimeSpan.Zero), f.OriginalMessageDateTime);
        Assert.Equal("Kommunen", f.OriginalSender);
        Assert.Equal("Børnehaven, Tusindfryd", f.OriginalContentResponsible);
        Assert.Equal("Repræsentant Kommune", f.OriginalRepresentative);
        Assert.Equal("241d39f6-998e-4929-b198-ccacbbf4b330", f.ContactPointId);
        Assert.Equal("kommentar til modtageren", f.Comment);

        Assert.Equal(2, h.ReplyData.Count);
        var second = h.ReplyData[1];
        Assert.Equal("MSG-12345", second.MessageId);
        Assert.Equal(Guid.Parse("8C2EA15D-61FB-4BA9-9366-42F8B194C657"), second.MessageUuid);
        Assert.Equal(Guid.Parse("8C2EA15D-61FB-4BA9-9366-42F8B194C114"), second.ReplyUuid);
        Assert.Equal("1234567890", second.SenderId);
        Assert.Equal("12345678", second.RecipientId);
        Assert.Equal("SAG-4567", second.CaseId);
        Assert.Equal("ABC-1234", second.GeneratingSystemId);
        Assert.Equal(["Intern note", "Intern reference", "Vedr", "Att"], second.AdditionalReplyData.Select(d => d.Label).ToArray());
        Assert.Null(h.ReplyData[0].ReplyUuid);
        Assert.Equal("Tilbud om børnehaveplads til Emilie Hansen", h.ReplyData[0].Comment);
    }

    [Fact]
    public void Full_example_body_documents_files_and_actions_are_read()
    {
        var b = MeMoTestData.ReadValid(MeMoTestData.FullExample).Body!;

        Assert.Equal(new DateTimeOffset(2018, 5, 3, 12, 0, 0, TimeSpan.Zero), b.CreatedDateTime);
        var main = b.MainDocument;
        Assert.Equal("456", main.DocumentId);
        Assert.Equal("Tilbud om børnehaveplads", main.Label);
        Assert.Equal([("application/pdf", "Pladsanvisning.pdf", "da"), ("text/plain", "Pladsanvisning.txt", "da")], main.Files.Select(f => (f.EncodingFormat, f.Filename, f.Language)).ToArray());
        var bytes = Assert.IsType<InMemoryMeMoContent>(main.Files[0].Content).Bytes.ToArray();
        Assert.Equal("This is a test"u8.ToArray(), bytes);

        Assert.Equal(2, main.Actions.Count);
        var link = main.Actions[0];
        Assert.Equal("Spørgeskema", link.Label);
        Assert.Equal(MeMoActionCode.Selvbetjening, link.ActionCode);
        Assert.Equal(new DateTimeOffset(2018, 11, 9, 12, 0, 0, TimeSpan.Zero), link.StartDateTime);
        Assert.Equal(new DateTimeOffset(2018, 12, 9, 12, 0, 0, TimeSpan.Zero), link.EndDateTime);
        Assert.Equal("https://www.tusindfryd.dk/spørgeskema.html", link.EntryPoint?.Url);
        Assert.Null(link.Reservation);

        var appointment = main.Actions[1];
        Assert.Equal(MeMoActionCode.Aftale, appointment.ActionCode);
        var r = Assert.IsType<MeMoReservation>(appointment.Reservation);
        Assert.Equal("Opstart Tusindfryd", r.Description);
        Assert.Equal(Guid.Parse("8C2EA15D-61FB-4BA9-9366-42F8B194D241"), r.ReservationUuid);
        Assert.Equal("Opstart", r.Abstract);
        Assert.Equal("Gl. Landevej 61, 9000 aalborg, Rød stue", r.Location);
        Assert.Equal(new DateTimeOffset(2018, 11, 10, 9, 0, 0, TimeSpan.Zero), r.StartDateTime);
        Assert.Equal(new DateTimeOffset(2018, 11, 10, 12, 0, 0, TimeSpan.Zero), r.EndDateTime);
        Assert.Equal("info@tusindfryd.dk", r.OrganizerMail);
        Assert.Equal("Jette Hansen", r.OrganizerName);

        Assert.Equal(["789", "678"], b.AdditionalDocuments.Select(d => d.DocumentId ?? string.Empty).ToArray());
        Assert.Equal("Praktiske oplysninger.doc", b.AdditionalDocuments[0].Files[1].Filename);
        Assert.Equal(MeMoActionCode.Information, b.AdditionalDocuments[0].Actions[0].ActionCode);
        Assert.Equal(
            "https://registration.nemhandel.dk/NemHandelRegisterWeb/public/participant/info?key=5798009811578&keytype=GLN",
            b.AdditionalDocuments[1].Actions[0].EntryPoint?.Url);
        var technical = Assert.Single(b.TechnicalDocuments);
        Assert.Equal("222555", technical.DocumentId);
        Assert.Equal("TekniskDokument.xml", Assert.Single(technical.Files).Filename);
        Assert.Empty(technical.Actions);
    }

    [Fact]
    public void NemSms_sample_is_read_without_a_body()
    {
        var m = MeMoTestData.ReadValid(MeMoTestData.NemSms);

        Assert.Equal(MeMoMessageType.NemSms, m.Header.MessageType);
        Assert.Equal(Guid.Parse("fcdcf318-59b6-427c-9879-4f0af833d593"), m.Header.MessageUuid);
        Assert.Equal("Label Text", m.Header.Label);
        Assert.Equal("Message Text", m.Header.Notification);
        Assert.Equal("Sender ID", m.Header.Sender.SenderId);
        Assert.Equal("Recipient Label", m.Header.Recipient.Label);
        Assert.Null(m.Body);

        // The sample omits mandatory and legalNotification: read leniently as false.
        Assert.False(m.Header.Mandatory);
        Assert.False(m.Header.LegalNotification);
    }

    [Fact]
    public void ToString_of_the_model_carries_no_personal_data()
    {
        var m = MeMoTestData.ReadValid(MeMoTestData.FullExample);

        Assert.Equal("MeMoMessage DIGITALPOST 8c2ea15d-61fb-4ba9-9366-42f8b194c114 (MeMo 1.2)", m.ToString());
        Assert.Equal("MeMoRecipient", m.Header.Recipient.ToString());
        Assert.DoesNotContain("2211771212", $"{m} {m.Header} {m.Header.Recipient} {m.Header.Sender.ContactPoint}", StringComparison.Ordinal);
    }
}
