namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:CaseID</c>.</summary>
public sealed record MeMoCaseId : MeMoElement
{
    public required string CaseId { get; init; }

    public required string CaseSystem { get; init; }
}
