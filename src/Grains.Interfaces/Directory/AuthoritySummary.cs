using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.AuthorityDirectory;

/// <summary>An authority as a search lists it.</summary>
public sealed record AuthoritySummary(AuthorityId Id, string Name, AuthorityKind Kind, Cvr Cvr);
