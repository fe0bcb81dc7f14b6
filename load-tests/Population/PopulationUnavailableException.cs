namespace DigitalPost.LoadTests.Population;

/// <summary>The seeded population cannot be read (no registry, server down, not seeded); the message says what to do.</summary>
public sealed class PopulationUnavailableException : Exception
{
    /// <summary>An error with <paramref name="message"/>.</summary>
    public PopulationUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>An error with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public PopulationUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Needed by the exception conventions.</summary>
    public PopulationUnavailableException()
        : base("The seeded population cannot be read.")
    {
    }
}
