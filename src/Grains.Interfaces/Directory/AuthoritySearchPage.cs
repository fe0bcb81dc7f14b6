namespace DigitalPost.Grains.Interfaces.AuthorityDirectory;

/// <summary>One page of search results.</summary>
/// <param name="TotalCount">Matches over all pages.</param>
public sealed record AuthoritySearchPage(IReadOnlyList<AuthoritySummary> Items, int TotalCount, int Offset, int Limit)
{
    /// <summary>True when there are results after this page.</summary>
    public bool HasMore => Offset + Items.Count < TotalCount;
}
