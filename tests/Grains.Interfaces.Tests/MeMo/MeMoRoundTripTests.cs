using System.Xml.Linq;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

public sealed class MeMoRoundTripTests
{
    public static TheoryData<string> Samples => new() { "full", "nemsms" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_write_read_gives_an_equal_model(string sample)
    {
        var original = MeMoTestData.ReadValid(Sample(sample));

        var written = MeMoWriter.Default.WriteToArray(original);
        var reread = MeMoTestData.ReadValid(written);

        Assert.Equal(original, reread);
        Assert.Equal(written, MeMoWriter.Default.WriteToArray(reread));
    }

    [Fact]
    public void A_changed_field_makes_models_unequal()
    {
        // Guards the equality the round trip relies on: it must be able to fail.
        var original = MeMoTestData.ReadValid(MeMoTestData.FullExample);
        var files = original.Body!.MainDocument.Files;
        var changedContent = original with
        {
            Body = original.Body with
            {
                MainDocument = original.Body.MainDocument with
                {
                    Files = [files[0] with { Content = MeMoContent.FromBytes("This is a tesT"u8.ToArray()) }, files[1]],
                },
            },
        };
        var changedForeign = MeMoTestData.ReadValid(MeMoTestData.Modify(MeMoTestData.FullExample, doc =>
            doc.Descendants(XName.Get("city", "https://data.gov.dk/model/core/")).First().Value = "Aarhus"));

        Assert.NotEqual(original, changedContent);
        Assert.NotEqual(original, changedForeign);
    }

    [Fact]
    public void Written_full_example_keeps_every_element_in_the_senders_order()
    {
        var original = MeMoTestData.Parse(MeMoTestData.FullExample);
        var written = MeMoTestData.Parse(MeMoWriter.Default.WriteToArray(MeMoTestData.ReadValid(MeMoTestData.FullExample)));

        // The sample is already in schema order, so the writer must reproduce its element sequence
        // exactly, foreign blocks included (values differ only in formatting: UUID case, etc.).
        Assert.Equal(ElementNames(original), ElementNames(written));
        Assert.Equal(MeMoNamespaces.MeMo, written.Root!.Name.NamespaceName);
        Assert.Equal("memo", written.Root.GetPrefixOfNamespace(MeMoNamespaces.MeMo));
        Assert.Equal("grd", written.Root.GetPrefixOfNamespace("https://data.gov.dk/model/core/"));
    }

    [Fact]
    public void Foreign_blocks_are_written_back_unchanged()
    {
        var original = MeMoTestData.Parse(MeMoTestData.FullExample);
        var written = MeMoTestData.Parse(MeMoWriter.Default.WriteToArray(MeMoTestData.ReadValid(MeMoTestData.FullExample)));

        var before = Foreign(original);
        var after = Foreign(written);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(22, before.Count); // 7 in each AttentionData, 8 in ContentData
        for (var i = 0; i < before.Count; i++)
        {
            Assert.True(XNode.DeepEquals(Normalize(before[i]), Normalize(after[i])), $"{before[i].Name} differs:\n{before[i]}\n{after[i]}");
        }
    }

    [Fact]
    public void Omitted_flags_are_written_as_false_because_the_schema_requires_them()
    {
        var written = MeMoTestData.Text(MeMoWriter.Default.WriteToArray(MeMoTestData.ReadValid(MeMoTestData.NemSms)));

        Assert.Contains("<memo:mandatory>false</memo:mandatory>", written, StringComparison.Ordinal);
        Assert.Contains("<memo:legalNotification>false</memo:legalNotification>", written, StringComparison.Ordinal);
    }

    private static byte[] Sample(string name) => name == "full" ? MeMoTestData.FullExample : MeMoTestData.NemSms;

    private static string[] ElementNames(XDocument doc) => doc.Descendants().Select(e => e.Name.ToString()).ToArray();

    private static List<XElement> Foreign(XDocument doc) =>
        doc.Descendants().Where(e => e.Name.NamespaceName != MeMoNamespaces.MeMo && e.Parent?.Name.NamespaceName == MeMoNamespaces.MeMo).ToList();

    private static XElement Normalize(XElement e) =>
        new(e.Name, e.Attributes().Where(a => !a.IsNamespaceDeclaration), e.Nodes().Select(n => n is XElement c ? Normalize(c) : n is XText t ? new XText(t.Value.Trim()) : n));
}
