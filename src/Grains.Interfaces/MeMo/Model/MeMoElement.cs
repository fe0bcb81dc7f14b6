namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Base of every complex MeMo element: carries the child elements the model has no typed
/// field for (foreign-namespace blocks), in source order, so nothing a sender wrote is lost.
/// </summary>
public abstract record MeMoElement
{
    public MeMoList<MeMoExtensionElement> Extensions { get; init; } = MeMoList<MeMoExtensionElement>.Empty;
}
