namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>Where a person lives according to the population registry.</summary>
public enum Residence
{
    /// <summary>Lives at a Danish address.</summary>
    Resident = 0,

    /// <summary>Has left Denmark (registered as emigrated).</summary>
    Emigrated = 1,

    /// <summary>Lives in Denmark without a permanent address ("uden fast bopæl").</summary>
    NoPermanentResidence = 2,
}
