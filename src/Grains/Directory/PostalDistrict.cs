namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>A postcode and its postal district name.</summary>
public sealed record PostalDistrict(string Postcode, string City);
