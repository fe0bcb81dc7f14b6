namespace DigitalPost.Runtime.Tests.Postgres.Grains;

public interface IStoredCounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one and writes the state at once.</summary>
    Task<int> Increment();

    /// <summary>Adds one to a count kept in memory and written only on deactivation.</summary>
    Task Touch();

    Task<StoredCounterState> Get();

    Task Deactivate();
}
