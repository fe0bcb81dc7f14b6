using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

/// <summary>The published MeMo samples (TestData/MeMo, see SOURCE.md there) and helpers to derive broken variants.</summary>
internal static partial class MeMoTestData
{
    public static readonly XNamespace Memo = MeMoNamespaces.MeMo;

    public static byte[] FullExample { get; } = Load("MeMo_Full_Example.xml");

    public static byte[] NemSms { get; } = Load("MeMo_NemSMS.xml");

    public static MeMoReadResult Read(byte[] xml, MeMoReaderOptions? options = null, IMeMoContentSink? sink = null)
    {
        using var stream = new MemoryStream(xml);
        return new MeMoReader(options, sink).Read(stream);
    }

    public static MeMoMessage ReadValid(byte[] xml)
    {
        var result = Read(xml);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Message;
    }

    /// <summary>A copy of <paramref name="xml"/> changed by <paramref name="change"/> on its DOM.</summary>
    public static byte[] Modify(byte[] xml, Action<XDocument> change)
    {
        using var input = new MemoryStream(xml);
        var doc = XDocument.Load(input);
        change(doc);
        using var output = new MemoryStream();
        doc.Save(output);
        return output.ToArray();
    }

    /// <summary>Elements at a MeMo path relative to the root, e.g. <c>MessageHeader/Sender/ContactPoint/ContactInfo[1]/label</c>; <c>[*]</c> selects all.</summary>
    public static IEnumerable<XElement> Select(XDocument doc, string path)
    {
        IEnumerable<XElement> current = [doc.Root!];
        foreach (var step in path.Split('/'))
        {
            var match = StepPattern().Match(step);
            var name = Memo + match.Groups["name"].Value;
            var index = match.Groups["index"].Value;
            current = current.SelectMany(e =>
            {
                var children = e.Elements(name);
                return index switch
                {
                    "" => children.Take(1),
                    "*" => children,
                    _ => children.Skip(int.Parse(index, System.Globalization.CultureInfo.InvariantCulture) - 1).Take(1),
                };
            }).ToList();
        }

        return current;
    }

    public static byte[] Without(byte[] xml, string path) => Modify(xml, doc =>
    {
        var targets = Select(doc, path).ToList();
        Assert.NotEmpty(targets);
        targets.ForEach(t => t.Remove());
    });

    public static byte[] WithValue(byte[] xml, string path, string value) => Modify(xml, doc =>
    {
        var target = Assert.Single(Select(doc, path));
        target.Value = value;
    });

    public static string Text(byte[] xml) => Encoding.UTF8.GetString(xml).TrimStart('\uFEFF');

    public static XDocument Parse(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        return XDocument.Load(stream);
    }

    private static byte[] Load(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "MeMo", name));

    [GeneratedRegex(@"^(?<name>[A-Za-z]+)(\[(?<index>\d+|\*)\])?$")]
    private static partial Regex StepPattern();
}
