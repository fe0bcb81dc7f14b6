using System.Text;
using System.Xml;
using System.Xml.Linq;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

/// <summary>
/// Foreign blocks are captured by the reader's own element builder (for speed); it must build
/// the same tree <see cref="XNode.ReadFrom"/> builds, whatever the block holds.
/// </summary>
public sealed class MeMoForeignBlockCaptureTests
{
    private const string Block =
        "<x:Block xmlns:x=\"urn:example:x\" xmlns=\"urn:example:default\" x:kind=\"a&amp;b\" plain=\"1\">"
        + "<inner>text &lt;escaped&gt; <!-- a comment --><?pi some data?>more</inner>"
        + "<x:empty x:attr=\"v\"/>"
        + "<mixed>before<b>bold</b>after<![CDATA[<raw> & ]]></mixed>"
        + "<y:other xmlns:y=\"urn:example:y\"><y:deep><y:deeper>æøå</y:deeper></y:deep></y:other>"
        + "<spaced xml:space=\"preserve\">  <s/>  </spaced>"
        + "</x:Block>";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_foreign_block_is_captured_exactly_as_XNode_ReadFrom_builds_it(bool ignoreTrivia)
    {
        var xml = Encoding.UTF8.GetString(MeMoTestData.NemSms).Replace("</memo:MessageHeader>", Block + "</memo:MessageHeader>", StringComparison.Ordinal);
        var settings = new XmlReaderSettings
        {
            IgnoreComments = ignoreTrivia,
            IgnoreProcessingInstructions = ignoreTrivia,
            IgnoreWhitespace = ignoreTrivia,
            DtdProcessing = DtdProcessing.Prohibit,
        };

        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var result = MeMoReader.Default.Read(reader);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var captured = Assert.Single(result.Message.Header.Extensions).Element;
        var expected = ReadWithXNode(xml, settings);
        Assert.True(XNode.DeepEquals(expected, captured), $"expected {expected}{Environment.NewLine}captured {captured}");
        Assert.Equal(expected.ToString(SaveOptions.DisableFormatting), captured.ToString(SaveOptions.DisableFormatting));
    }

    [Fact]
    public void A_foreign_block_cut_off_by_the_end_of_the_document_is_reported_as_not_well_formed()
    {
        var xml = Encoding.UTF8.GetString(MeMoTestData.NemSms);
        var cut = xml[..xml.IndexOf("</memo:MessageHeader>", StringComparison.Ordinal)] + "<x:Block xmlns:x=\"urn:example:x\"><x:a>";

        var result = MeMoTestData.Read(Encoding.UTF8.GetBytes(cut));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.StartsWith("not well-formed XML", StringComparison.Ordinal));
    }

    private static XElement ReadWithXNode(string xml, XmlReaderSettings settings)
    {
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Block")
            {
                return (XElement)XNode.ReadFrom(reader);
            }
        }

        throw new InvalidOperationException("Block not found");
    }
}
