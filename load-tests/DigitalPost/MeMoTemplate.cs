using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DigitalPost.LoadTests.DigitalPost;

/// <summary>
/// A MeMo message the scenarios send, with the header fields that must differ per send filled in: the
/// <c>messageUUID</c> (delivery is idempotent per UUID), the sender's CVR (the signed-in authority's) and, for a
/// single send, the recipient's CPR. <c>doNotDeliverUntilDate</c> is removed so nothing is held for a date.
/// Everything else, unknown foreign-namespace blocks included, is sent as the template has it.
/// </summary>
public sealed class MeMoTemplate
{
    /// <summary>The MeMo namespace.</summary>
    public static readonly XNamespace MeMo = "https://DigitalPost.dk/MeMo-1";

    private const string DefaultResource = "DigitalPost.LoadTests.Templates.MeMo_Full_Example.xml";
    private readonly XDocument _document;

    private MeMoTemplate(XDocument document, string source)
    {
        var header = document.Root?.Element(MeMo + "MessageHeader");
        if (document.Root?.Name != MeMo + "Message" || header is null)
        {
            throw new FormatException($"{source} is not a MeMo message (expected memo:Message with a memo:MessageHeader in {MeMo}).");
        }

        _document = document;
        Source = source;
    }

    /// <summary>Where the template came from.</summary>
    public string Source { get; }

    /// <summary>The embedded sample (MeMo_Full_Example.xml, see Templates/SOURCE.md).</summary>
    public static MeMoTemplate Default()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded template {DefaultResource} is missing from the build.");
        return new MeMoTemplate(XDocument.Load(stream, LoadOptions.PreserveWhitespace), "the embedded MeMo_Full_Example.xml");
    }

    /// <summary>Reads a MeMo XML file.</summary>
    public static MeMoTemplate FromFile(string path) => new(XDocument.Load(path, LoadOptions.PreserveWhitespace), path);

    /// <summary>The template or the default when <paramref name="path"/> is null.</summary>
    public static MeMoTemplate Load(string? path) => path is null ? Default() : FromFile(path);

    /// <summary>
    /// A message id that is the same for the same (<paramref name="scope"/>, <paramref name="parts"/>) in every run,
    /// so preparing the same messages again delivers nothing new (the gateway answers duplicate).
    /// </summary>
    public static Guid StableMessageUuid(string scope, params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("digitalpost-load-tests/" + scope + "/" + string.Join('/', parts)));
        var bytes = hash.AsSpan(0, 16).ToArray();
        // RFC 9562 layout: version 8 (custom), variant 10.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The message XML with its header set for one send (see <see cref="RenderUtf8"/>).</summary>
    public string Render(Guid messageUuid, string? senderCvr, string? recipientCpr, string? label = null) =>
        Encoding.UTF8.GetString(RenderUtf8(messageUuid, senderCvr, recipientCpr, label));

    /// <summary>The message as UTF-8 bytes (no byte-order mark, declared utf-8) with its header set for one send.</summary>
    /// <param name="messageUuid">The messageUUID.</param>
    /// <param name="senderCvr">The sending authority's CVR, or null to keep the template's.</param>
    /// <param name="recipientCpr">The recipient's CPR, or null to keep the template's (a mass send's server fills it per recipient).</param>
    /// <param name="label">A subject, or null to keep the template's.</param>
    public byte[] RenderUtf8(Guid messageUuid, string? senderCvr, string? recipientCpr, string? label = null)
    {
        var document = new XDocument(_document);
        var header = document.Root!.Element(MeMo + "MessageHeader")!;
        Set(header, "messageUUID", messageUuid.ToString("D").ToUpperInvariant());
        header.Element(MeMo + "doNotDeliverUntilDate")?.Remove();
        if (label is not null)
        {
            Set(header, "label", label);
        }

        if (senderCvr is not null)
        {
            var sender = header.Element(MeMo + "Sender") ?? throw new FormatException($"{Source} has no memo:Sender.");
            Set(sender, "senderID", senderCvr);
            Set(sender, "idType", "CVR");
        }

        if (recipientCpr is not null)
        {
            var recipient = header.Element(MeMo + "Recipient") ?? throw new FormatException($"{Source} has no memo:Recipient.");
            Set(recipient, "recipientID", recipientCpr);
            Set(recipient, "idType", "CPR");
        }

        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            document.Save(writer);
        }

        return bytes.ToArray();
    }

    private void Set(XElement parent, string name, string value)
    {
        var element = parent.Element(MeMo + name) ?? throw new FormatException($"{Source} has no memo:{name} in memo:{parent.Name.LocalName}.");
        element.Value = value;
    }
}
