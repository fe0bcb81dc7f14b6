using System.Xml;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Interleaves an element's kept extension elements with its typed children: an extension read
/// at child index N is written once N children have been written, so foreign blocks come back
/// where the sender put them.
/// </summary>
internal struct ChildCursor
{
    private readonly MeMoList<MeMoExtensionElement> _extensions;
    private int _next;
    private int _written;

    public ChildCursor(MeMoList<MeMoExtensionElement> extensions)
    {
        _extensions = IsOrdered(extensions) ? extensions : MeMoList.From(extensions.OrderBy(e => e.Position));
        _next = 0;
        _written = 0;
    }

    /// <summary>Call before writing each typed child.</summary>
    public void Before(XmlWriter writer)
    {
        while (_next < _extensions.Count && _extensions[_next].Position <= _written)
        {
            _extensions[_next++].Element.WriteTo(writer);
            _written++;
        }

        _written++;
    }

    /// <summary>Writes the extensions that came after every typed child.</summary>
    public void End(XmlWriter writer)
    {
        while (_next < _extensions.Count)
        {
            _extensions[_next++].Element.WriteTo(writer);
        }
    }

    private static bool IsOrdered(MeMoList<MeMoExtensionElement> extensions)
    {
        for (var i = 1; i < extensions.Count; i++)
        {
            if (extensions[i].Position < extensions[i - 1].Position)
            {
                return false;
            }
        }

        return true;
    }
}
