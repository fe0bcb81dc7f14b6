namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>Residence as the population registry has it.</summary>
public enum Residence
{
    Resident,
    Emigrated,
    NoPermanentResidence,
}
