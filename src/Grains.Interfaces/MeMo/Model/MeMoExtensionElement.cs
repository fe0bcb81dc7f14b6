using System.Xml.Linq;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// An element the model has no typed field for, kept verbatim: foreign-namespace blocks
/// (grd:Address, kle:KLEdata, form:FORMdata, sor:SORdata, ...) and, by default, MeMo elements
/// of a newer schema than we know. <see cref="Position"/> is the element's index among its
/// parent's child elements in the source, so the writer puts it back where it was.
/// </summary>
/// <remarks>Equality is structural (<see cref="XNode.DeepEquals"/>), not by reference.</remarks>
public sealed record MeMoExtensionElement(int Position, XElement Element)
{
    public bool Equals(MeMoExtensionElement? other) =>
        other is not null && Position == other.Position && XNode.DeepEquals(Element, other.Element);

    public override int GetHashCode() => HashCode.Combine(Position, Element.Name);
}
