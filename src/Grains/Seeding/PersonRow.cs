namespace DigitalPost.Grains.Seeding;

/// <summary>One generated <c>person</c> row (address fields null when emigrated or without permanent residence).</summary>
internal struct PersonRow
{
    public string Cpr;
    public string FirstNames;
    public string LastName;
    public DateOnly BirthDate;
    public string? Street;
    public string? HouseNumber;
    public string? Postcode;
    public string? City;
    public short MunicipalityCode;
    public short Residence;
    public DateOnly? DeathDate;

    public readonly bool IsAlive => DeathDate is null;

    public readonly bool HasAddress => Street is not null;
}
