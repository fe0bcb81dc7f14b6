using DigitalPost.Runtime;

namespace DigitalPost.Silo.Tests.Grains;

public interface IVisitGrain : IGrainWithStringKey
{
    /// <summary>Counts a visit in memory only; the count is written when the grain deactivates.</summary>
    Task Visit();
}
