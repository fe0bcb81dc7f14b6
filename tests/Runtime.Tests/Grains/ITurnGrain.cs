namespace DigitalPost.Runtime.Tests.Grains;

public interface ITurnGrain : IGrainWithStringKey
{
    /// <summary>Enters, yields inside the turn, leaves; returns the number of completed turns.</summary>
    Task<int> Enter();

    Task<int> MaxConcurrentTurns();
}
