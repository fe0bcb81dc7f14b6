using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>A person acting for a company in a role.</summary>
public sealed record CompanyPerson(Cvr Cvr, Cpr Cpr, CompanyRole Role);
