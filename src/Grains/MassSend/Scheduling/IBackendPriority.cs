namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>Lowers the CPU priority of a PostgreSQL backend process (a pipeline session's server process).</summary>
public interface IBackendPriority
{
    /// <summary>Sets the nice value of backend <paramref name="processId"/>; false with the reason when it cannot.</summary>
    bool TrySetNice(int processId, int nice, out string? problem);
}
