namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>The criteria a municipality may register an exemption (fritagelse) under.</summary>
public enum ExemptionCriterion
{
    PhysicalOrMentalDisability,
    NoComputerSmartphoneOrTabletAtHome,
    LeftDenmarkPermanently,
    NoPermanentAddressInDenmark,
    LimitedCommandOfDanish,
    PracticalDifficultiesObtainingEid,
    NoInternetConnectionOfAtLeast512Kbits,
    OtherSpecialCircumstances,
}
