namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Base of every complex MeMo element: carries the child elements the model has no typed
/// field for (foreign-namespace blocks), in source order, so nothing a sender wrote is lost.
/// </summary>
public abstract record MeMoElement
{
    public MeMoList<MeMoExtensionElement> Extensions { get; init; } = MeMoList<MeMoExtensionElement>.Empty;

    /// <summary>
    /// Sealed so no MeMo record prints its members: they hold CPR numbers, names and addresses,
    /// and a record logged by accident must not put them in the log. <see cref="Describe"/> says
    /// what is safe to show.
    /// </summary>
    public sealed override string ToString() => Describe();

    /// <summary>A log-safe description (no personal data).</summary>
    protected virtual string Describe() => GetType().Name;
}
