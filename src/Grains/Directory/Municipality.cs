namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>One of the 98 Danish municipalities.</summary>
/// <param name="Code">The municipality code (101 ... 860).</param>
/// <param name="Name">The short name ("København").</param>
/// <param name="AuthorityName">The authority's name ("Københavns Kommune").</param>
/// <param name="RegionCode">The region it lies in (1081 ... 1085).</param>
/// <param name="ApproximatePopulation">Rounded population, used to weight synthetic addresses.</param>
/// <param name="PostalDistricts">Some of its postcodes, the main one first.</param>
public sealed record Municipality(
    int Code,
    string Name,
    string AuthorityName,
    int RegionCode,
    int ApproximatePopulation,
    IReadOnlyList<PostalDistrict> PostalDistricts);
