using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.AuthorityDirectory;

/// <summary>The directory of public senders: state authorities, regions, municipalities, courts and others.</summary>
public interface IAuthorityDirectory
{
    /// <summary>The authority with its contact points and categories, or null.</summary>
    Task<Authority?> GetAsync(AuthorityId id, CancellationToken cancellationToken = default);

    /// <summary>The municipality with code <paramref name="municipalityCode"/>, or null.</summary>
    Task<Authority?> GetMunicipalityAsync(int municipalityCode, CancellationToken cancellationToken = default);

    /// <summary>One contact point of an authority (with its attachment limits), or null.</summary>
    Task<ContactPoint?> GetContactPointAsync(AuthorityId id, string contactPointId, CancellationToken cancellationToken = default);

    /// <summary>Searches by name and/or kind, ranked, one page at a time. Throws <see cref="ArgumentOutOfRangeException"/> for a bad offset or limit.</summary>
    Task<AuthoritySearchPage> SearchAsync(AuthoritySearch search, CancellationToken cancellationToken = default);
}
