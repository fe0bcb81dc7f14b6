using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.AuthorityDirectory;

/// <summary>A public sender in the authority directory, with its contact points.</summary>
/// <param name="Cvr">The authority's CVR number (synthetic in this stand-in directory: 10xxxxxx).</param>
/// <param name="MunicipalityCode">For a municipality its code (101 ... 860); otherwise null.</param>
/// <param name="RegionCode">For a region its code (1081 ... 1085); for a municipality the region it lies in; otherwise null.</param>
/// <param name="ContactPoints">In display order.</param>
public sealed record Authority(
    AuthorityId Id,
    string Name,
    AuthorityKind Kind,
    Cvr Cvr,
    int? MunicipalityCode,
    int? RegionCode,
    IReadOnlyList<ContactPoint> ContactPoints);
