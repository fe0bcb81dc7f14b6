using System.Xml;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// One method per MeMo element. Each is called with the XML reader on the element's start tag
/// and leaves it after the end tag. Children are accepted in any order (senders are not always
/// strict about the schema's sequence; the writer restores it). Missing required children are
/// reported after the element is read, at the child's path.
/// </summary>
internal static partial class MeMoElementReader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static MeMoMessage? ReadMessage(MeMoReadContext c)
    {
        var r = c.Reader;
        r.MoveToContent();
        if (r.NodeType != XmlNodeType.Element || r.LocalName != "Message" || !c.IsMeMo)
        {
            c.Error($"the root element must be Message in namespace {MeMoNamespaces.MeMo}, found '{r.Name}' in '{r.NamespaceURI}'");
            return null;
        }

        c.Push("Message");
        string? version = null;
        string? schVersion = null;
        List<MeMoNamespaceDeclaration>? namespaces = null;
        while (r.MoveToNextAttribute())
        {
            if (r.NamespaceURI == XmlnsNamespace)
            {
                var prefix = r.Prefix.Length == 0 ? string.Empty : r.LocalName;
                (namespaces ??= []).Add(new MeMoNamespaceDeclaration(prefix, r.Value));
            }
            else if (r.NamespaceURI.Length == 0 && r.LocalName == "memoVersion")
            {
                version = r.Value.Trim();
            }
            else if (r.NamespaceURI.Length == 0 && r.LocalName == "memoSchVersion")
            {
                schVersion = r.Value;
            }
        }

        r.MoveToElement();
        if (version is null)
        {
            c.ErrorAt("@memoVersion", "required attribute is missing");
        }
        else if (version is not ("1.1" or "1.2"))
        {
            c.ErrorAt("@memoVersion", $"unsupported version '{MeMoReadContext.Truncate(version)}'; expected 1.1 or 1.2");
        }

        MeMoMessageHeader? header = null;
        MeMoMessageBody? body = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                if (!c.IsMeMo)
                {
                    c.Extension(ref extensions, position++);
                    continue;
                }

                switch (c.LocalName)
                {
                    case "MessageHeader" when header is null:
                        header = ReadHeader(c);
                        break;
                    case "MessageBody" when body is null:
                        body = ReadBody(c);
                        break;
                    case "MessageHeader" or "MessageBody":
                        c.Duplicate();
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        if (header is null)
        {
            c.Missing("MessageHeader");
        }
        else if (header.MessageType == MeMoMessageType.DigitalPost && body is null)
        {
            c.Missing("MessageBody");
        }

        c.Pop();
        if (header is null || version is null)
        {
            return null;
        }

        return new MeMoMessage
        {
            MemoVersion = version,
            MemoSchVersion = schVersion,
            Header = header,
            Body = body,
            Namespaces = MeMoList.Own(namespaces),
            Extensions = MeMoList.Own(extensions),
        };
    }
}
