namespace DigitalPost.Grains.Seeding;

/// <summary>One generated <c>company</c> row.</summary>
internal readonly record struct CompanyRow(string Cvr, string Name, string Street, string HouseNumber, string Postcode, string City, short MunicipalityCode);
