namespace DigitalPost.LoadTests.DigitalPost;

/// <summary>What preparing messages did.</summary>
/// <param name="Outcomes">Sends by delivery outcome (<c>DELIVERED</c>, <c>PRINTED</c>, …; "(already there)" for duplicates).</param>
/// <param name="DeliveredTo">Citizens with at least one of the messages in their mailbox.</param>
public sealed record PreparedMessages(IReadOnlyDictionary<string, int> Outcomes, IReadOnlySet<string> DeliveredTo)
{
    /// <summary>The outcomes as one line for the console.</summary>
    public string Summary => string.Join(", ", Outcomes.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Value:N0} {pair.Key}"));
}
