namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>What a municipality registers.</summary>
/// <param name="Criterion">The criterion (always known to the municipality).</param>
/// <param name="DiscloseCriterion">Whether the criterion is kept on the record (optional to disclose).</param>
/// <param name="ForwardUnopenedPostToPrint">Send unopened post of the last 6 months to print.</param>
/// <param name="ExceptionSenders">Extra sender ids still delivered digitally.</param>
public sealed record ExemptionRequest(ExemptionCriterion Criterion, bool DiscloseCriterion, bool ForwardUnopenedPostToPrint, IReadOnlyList<string>? ExceptionSenders = null);
