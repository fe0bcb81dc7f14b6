using System.Xml.Linq;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

public sealed class MeMoWriterTests
{
    private static readonly XNamespace Kle = "http://kle-online.dk/";

    [Fact]
    public void Message_built_in_code_is_written_with_the_memo_prefix_and_reads_back_equal()
    {
        var message = Letter();

        var written = MeMoWriter.Default.WriteToArray(message);
        var reread = MeMoTestData.ReadValid(written);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", MeMoTestData.Text(written), StringComparison.Ordinal);
        Assert.Equal("memo", MeMoTestData.Parse(written).Root!.GetPrefixOfNamespace(MeMoNamespaces.MeMo));
        Assert.Equal(message, reread with { Namespaces = MeMoList<MeMoNamespaceDeclaration>.Empty });
    }

    [Fact]
    public void Extension_elements_are_placed_by_position_among_the_typed_children()
    {
        var kle = new XElement(Kle + "KLEdata", new XElement(Kle + "subjectKey", "00.00.00"));
        var message = Letter() with
        {
            Header = Letter().Header with
            {
                ContentData = new MeMoContentData
                {
                    CaseId = new MeMoCaseId { CaseId = "SAG-1", CaseSystem = "ESDH" },
                    AdditionalContentData = [new MeMoAdditionalContentData { ContentDataName = "n", ContentDataValue = "v" }],
                    Extensions = [new MeMoExtensionElement(0, kle), new MeMoExtensionElement(2, new XElement(kle))],
                },
            },
        };

        var doc = MeMoTestData.Parse(MeMoWriter.Default.WriteToArray(message));

        var contentData = MeMoTestData.Select(doc, "MessageHeader/ContentData").Single();
        Assert.Equal(["KLEdata", "CaseID", "KLEdata", "AdditionalContentData"], contentData.Elements().Select(e => e.Name.LocalName).ToArray());
        Assert.Equal("kle", contentData.Elements().First().GetPrefixOfNamespace(Kle));
    }

    [Fact]
    public void Unindented_output_has_no_whitespace_between_elements()
    {
        var text = MeMoTestData.Text(new MeMoWriter(MeMoWriterOptions.Default with { Indent = false, WriteXmlDeclaration = false }).WriteToArray(Letter()));

        Assert.StartsWith("<memo:Message ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("> <", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunk_size_that_is_not_a_multiple_of_three_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new MeMoWriter(MeMoWriterOptions.Default with { ContentChunkSize = 1000 }));
    }

    private static MeMoMessage Letter() => new()
    {
        MemoVersion = "1.2",
        Header = new MeMoMessageHeader
        {
            MessageType = MeMoMessageType.DigitalPost,
            MessageUuid = Guid.Parse("0b7c6a59-0d3e-4c55-9a61-1f3d2b6c7e80"),
            Label = "Afgørelse om boligstøtte",
            LegalNotification = true,
            Sender = new MeMoSender { SenderId = "29189854", IdType = "CVR", Label = "Aalborg Kommune" },
            Recipient = new MeMoRecipient { RecipientId = "0101901234", IdType = "CPR" },
        },
        Body = new MeMoMessageBody
        {
            CreatedDateTime = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            MainDocument = new MeMoDocument
            {
                Label = "Afgørelse",
                Files = [new MeMoFile { EncodingFormat = "application/pdf", Filename = "afgoerelse.pdf", Language = "da", Content = MeMoContent.FromBytes("%PDF-1.7"u8.ToArray()) }],
                Actions = [new MeMoAction { Label = "Klag", ActionCode = MeMoActionCode.Selvbetjening, EntryPoint = new MeMoEntryPoint { Url = "https://aalborg.dk/klage" } }],
            },
        },
    };
}
