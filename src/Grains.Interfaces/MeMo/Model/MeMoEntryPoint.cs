namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:EntryPoint</c>: the link an action opens.</summary>
public sealed record MeMoEntryPoint : MeMoElement
{
    public required string Url { get; init; }
}
