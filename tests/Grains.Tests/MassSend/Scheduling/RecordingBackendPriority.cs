using System.Collections.Concurrent;
using DigitalPost.Grains.MassSend.Scheduling;

namespace DigitalPost.Grains.Tests.MassSend.Scheduling;

/// <summary>Records which backends would have been reniced (the test server's processes are left alone).</summary>
internal sealed class RecordingBackendPriority : IBackendPriority
{
    public ConcurrentDictionary<int, int> Nice { get; } = new();

    public bool TrySetNice(int processId, int nice, out string? problem)
    {
        Nice[processId] = nice;
        problem = null;
        return true;
    }
}
