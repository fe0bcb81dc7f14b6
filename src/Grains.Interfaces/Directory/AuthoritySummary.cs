using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Directory;

/// <summary>An authority as a search lists it.</summary>
public sealed record AuthoritySummary(AuthorityId Id, string Name, AuthorityKind Kind, Cvr Cvr);
