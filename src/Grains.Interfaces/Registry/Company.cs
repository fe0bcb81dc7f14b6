using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>A company in the business registry (CVR).</summary>
public sealed record Company(Cvr Cvr, string Name, Address Address);
