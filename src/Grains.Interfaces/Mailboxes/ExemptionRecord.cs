namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>
/// A registered exemption. Indefinite (no end date): it lasts until the citizen revokes it or the
/// person returns to Denmark (for the residence criteria).
/// </summary>
/// <param name="Municipality">The registering municipality.</param>
/// <param name="Criterion">The criterion; null when the citizen chose not to disclose it.</param>
/// <param name="RegisteredAt">When it was registered.</param>
/// <param name="ExceptionSenders">Extra sender ids whose post still goes digitally (beyond the configured global list).</param>
public sealed record ExemptionRecord(string Municipality, ExemptionCriterion? Criterion, DateTimeOffset RegisteredAt, IReadOnlyList<string> ExceptionSenders);
