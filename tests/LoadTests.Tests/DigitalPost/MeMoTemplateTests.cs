using System.Xml.Linq;
using DigitalPost.LoadTests.DigitalPost;

namespace DigitalPost.LoadTests.Tests.DigitalPost;

public sealed class MeMoTemplateTests
{
    private static readonly XNamespace MeMo = MeMoTemplate.MeMo;

    [Fact]
    public void Rendering_sets_uuid_sender_and_recipient_drops_the_delivery_date_and_keeps_the_rest()
    {
        var uuid = Guid.Parse("11111111-2222-8333-9444-555555555555");

        var bytes = MeMoTemplate.Default().RenderUtf8(uuid, "10200005", "0101901234", "Belastningstest 1");

        var document = XDocument.Load(new MemoryStream(bytes));
        var header = document.Root!.Element(MeMo + "MessageHeader")!;
        Assert.Equal("11111111-2222-8333-9444-555555555555", header.Element(MeMo + "messageUUID")!.Value.ToLowerInvariant());
        Assert.Equal("10200005", header.Element(MeMo + "Sender")!.Element(MeMo + "senderID")!.Value);
        Assert.Equal("0101901234", header.Element(MeMo + "Recipient")!.Element(MeMo + "recipientID")!.Value);
        Assert.Equal("Belastningstest 1", header.Element(MeMo + "label")!.Value);
        Assert.Null(header.Element(MeMo + "doNotDeliverUntilDate"));
        // A foreign-namespace block of the sample survives untouched.
        Assert.NotNull(document.Descendants(XNamespace.Get("https://data.gov.dk/model/core/") + "ProductionUnit").FirstOrDefault());
        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), "no byte-order mark");
        Assert.Contains("encoding=\"utf-8\"", System.Text.Encoding.UTF8.GetString(bytes.AsSpan(0, 60)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Stable_message_uuids_repeat_for_the_same_parts_and_differ_otherwise()
    {
        var first = MeMoTemplate.StableMessageUuid("inbox-storm", "0101901234", "0");

        Assert.Equal(first, MeMoTemplate.StableMessageUuid("inbox-storm", "0101901234", "0"));
        Assert.NotEqual(first, MeMoTemplate.StableMessageUuid("inbox-storm", "0101901234", "1"));
        Assert.NotEqual(first, MeMoTemplate.StableMessageUuid("live-sync", "0101901234", "0"));
        Assert.Equal('8', first.ToString()[14]);
    }

    [Fact]
    public void A_file_that_is_not_memo_is_refused_with_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllText(path, "<Message xmlns=\"urn:other\"/>");
        try
        {
            var failure = Assert.Throws<FormatException>(() => MeMoTemplate.FromFile(path));
            Assert.Contains(path, failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
