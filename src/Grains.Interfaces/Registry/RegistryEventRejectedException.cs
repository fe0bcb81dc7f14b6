namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>A registry event that does not fit the registry's current state (unknown person, death of a deceased person, ...); nothing was changed.</summary>
public sealed class RegistryEventRejectedException : Exception
{
    public RegistryEventRejectedException()
    {
    }

    public RegistryEventRejectedException(string message)
        : base(message)
    {
    }

    public RegistryEventRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
