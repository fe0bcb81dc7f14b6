using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Tests.Core;

/// <summary>An in-memory directory: search by name substring, ordered by name.</summary>
internal sealed class FakeAuthorityDirectory(IReadOnlyList<Authority> authorities) : IAuthorityDirectory
{
    public List<AuthoritySearch> Searches { get; } = [];

    public Task<Authority?> GetAsync(AuthorityId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(authorities.FirstOrDefault(a => a.Id == id));

    public Task<Authority?> GetMunicipalityAsync(int municipalityCode, CancellationToken cancellationToken = default) =>
        Task.FromResult(authorities.FirstOrDefault(a => a.Kind == AuthorityKind.Municipality && a.MunicipalityCode == municipalityCode));

    public Task<ContactPoint?> GetContactPointAsync(AuthorityId id, string contactPointId, CancellationToken cancellationToken = default) =>
        Task.FromResult(authorities.FirstOrDefault(a => a.Id == id)?.ContactPoints.FirstOrDefault(c => c.Id == contactPointId));

    public Task<AuthoritySearchPage> SearchAsync(AuthoritySearch search, CancellationToken cancellationToken = default)
    {
        lock (Searches)
        {
            Searches.Add(search);
        }

        if (search.Offset < 0 || search.Limit is < 1 or > AuthoritySearch.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(search));
        }

        var matches = authorities
            .Where(a => search.Kind is null || a.Kind == search.Kind)
            .Where(a => string.IsNullOrWhiteSpace(search.Text) || a.Name.Contains(search.Text, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        var items = matches.Skip(search.Offset).Take(search.Limit).Select(a => new AuthoritySummary(a.Id, a.Name, a.Kind, a.Cvr)).ToList();
        return Task.FromResult(new AuthoritySearchPage(items, matches.Count, search.Offset, search.Limit));
    }
}
