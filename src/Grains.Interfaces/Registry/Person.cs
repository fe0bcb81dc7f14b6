using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>A person in the population registry.</summary>
/// <param name="Address">The Danish address; null when emigrated or without permanent residence.</param>
/// <param name="DeathDate">Set once the person has died.</param>
public sealed record Person(
    Cpr Cpr,
    string FirstNames,
    string LastName,
    DateOnly BirthDate,
    Address? Address,
    Residence Residence,
    DateOnly? DeathDate)
{
    /// <summary>True once a death is registered.</summary>
    public bool IsDeceased => DeathDate is not null;

    /// <summary>Age in whole years on <paramref name="date"/> (a 29 February birthday counts as 28 February in other years).</summary>
    public int AgeOn(DateOnly date) => RegistryDates.AgeOn(BirthDate, date);

    /// <inheritdoc />
    public override string ToString() => $"Person {Cpr}";
}
