namespace DigitalPost.Grains.Seeding;

/// <summary>One generated <c>company_person</c> row.</summary>
internal readonly record struct CompanyPersonRow(string Cvr, string Cpr, short Role);
