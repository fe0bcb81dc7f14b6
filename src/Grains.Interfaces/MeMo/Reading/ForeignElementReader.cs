using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Captures the element under the reader as an <see cref="XElement"/>, with the same tree
/// <see cref="XNode.ReadFrom"/> builds (attributes including namespace declarations, text, CDATA,
/// comments, processing instructions). It exists for speed: a message carries dozens of foreign
/// blocks, and resolving every name through <see cref="XNamespace.Get"/> and
/// <see cref="XNamespace.GetName"/> (string hashing of URI and local name) was a large share of a
/// parse. The reader's names are atomised strings, so names are cached per thread by the identity
/// of the (namespace, local name) strings: the mapping is correct for any strings (equal references
/// mean equal text) and hits whenever a reader reuses its name table (see <see cref="MeMoReader"/>).
/// </summary>
internal static class ForeignElementReader
{
    /// <summary>Slots of the per-thread name cache (a power of two).</summary>
    private const int CacheSize = 512;

    [ThreadStatic]
    private static NameEntry[]? _names;

    /// <summary>Reads the element the reader is on, leaving the reader after its end tag.</summary>
    public static XElement Read(XmlReader r)
    {
        var root = NewElement(r);
        if (r.IsEmptyElement)
        {
            r.Read();
            return root;
        }

        XContainer current = root;
        var depth = 0;
        while (true)
        {
            if (!r.Read())
            {
                throw new XmlException("Unexpected end of document.");
            }

            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    var child = NewElement(r);
                    current.Add(child);
                    if (!r.IsEmptyElement)
                    {
                        current = child;
                        depth++;
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (depth == 0)
                    {
                        r.Read();
                        return root;
                    }

                    current = current.Parent!;
                    depth--;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    current.Add(r.Value);
                    break;
                case XmlNodeType.CDATA:
                    current.Add(new XCData(r.Value));
                    break;
                case XmlNodeType.Comment:
                    current.Add(new XComment(r.Value));
                    break;
                case XmlNodeType.ProcessingInstruction:
                    current.Add(new XProcessingInstruction(r.Name, r.Value));
                    break;
                case XmlNodeType.EntityReference:
                    // Only a reader that does not expand entities reports these (as XNode.ReadFrom does).
                    if (!r.CanResolveEntity)
                    {
                        throw new InvalidOperationException("The XmlReader should not be on a node of type EntityReference.");
                    }

                    r.ResolveEntity();
                    break;
                default:
                    // EndEntity, XmlDeclaration, DocumentType: nothing to keep inside an element.
                    break;
            }
        }
    }

    private static XElement NewElement(XmlReader r)
    {
        var element = new XElement(GetName(r.NamespaceURI, r.LocalName));
        if (r.MoveToFirstAttribute())
        {
            do
            {
                // A default namespace declaration (xmlns="...") is the attribute 'xmlns' in no namespace.
                var ns = r.Prefix.Length == 0 ? string.Empty : r.NamespaceURI;
                element.Add(new XAttribute(GetName(ns, r.LocalName), r.Value));
            }
            while (r.MoveToNextAttribute());
            r.MoveToElement();
        }

        return element;
    }

    private static XName GetName(string ns, string localName)
    {
        // Direct-mapped by the local name's identity: a hit is one array read and two reference
        // compares; a collision just replaces the slot (the cache is bounded by its size).
        var names = _names ??= new NameEntry[CacheSize];
        ref var slot = ref names[RuntimeHelpers.GetHashCode(localName) & (CacheSize - 1)];
        if (ReferenceEquals(slot.LocalName, localName) && ReferenceEquals(slot.Namespace, ns))
        {
            return slot.Name!;
        }

        var name = XNamespace.Get(ns).GetName(localName);
        slot = new NameEntry(ns, localName, name);
        return name;
    }

    /// <summary>A cached name with the (atomised) strings it was resolved from.</summary>
    private readonly record struct NameEntry(string? Namespace, string? LocalName, XName? Name);
}
