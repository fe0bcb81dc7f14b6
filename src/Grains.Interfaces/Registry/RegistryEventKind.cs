namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>The kinds of <see cref="RegistryEvent"/> (stored as these numbers).</summary>
public enum RegistryEventKind
{
    Born = 1,
    TurnedFifteen = 2,
    Died = 3,
    Emigrated = 4,
    Returned = 5,
    AddressChanged = 6,
}
