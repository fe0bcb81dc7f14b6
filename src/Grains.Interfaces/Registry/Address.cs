namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>A Danish address as the registry holds it.</summary>
/// <param name="Street">Street name, e.g. "Vestergade".</param>
/// <param name="HouseNumber">House number with an optional letter, e.g. "12B".</param>
/// <param name="Postcode">Four-digit postcode, e.g. "8000".</param>
/// <param name="City">Postal district name, e.g. "Aarhus C".</param>
/// <param name="MunicipalityCode">The municipality's three-digit code (101 København ... 860 Hjørring).</param>
public sealed record Address(string Street, string HouseNumber, string Postcode, string City, int MunicipalityCode)
{
    /// <summary>Log-safe: a person's address is personal data, so only the postcode is shown.</summary>
    public override string ToString() => $"Address in {Postcode}";
}
