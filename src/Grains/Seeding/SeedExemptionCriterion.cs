namespace DigitalPost.Grains.Seeding;

/// <summary>The exemption criteria a municipality registers (issue 3, item 8), as the seeder picks them.</summary>
public enum SeedExemptionCriterion
{
    PhysicalOrMentalDisability = 0,
    NoComputerSmartphoneOrTablet = 1,
    LeftDenmarkPermanently = 2,
    NoPermanentAddressInDenmark = 3,
    LimitedCommandOfDanish = 4,
    DifficultyObtainingEid = 5,
    NoAdequateInternetConnection = 6,
    OtherSpecialCircumstances = 7,
}
