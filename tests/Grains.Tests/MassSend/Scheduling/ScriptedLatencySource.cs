using System.Collections.Concurrent;
using DigitalPost.Grains.MassSend.Scheduling;

namespace DigitalPost.Grains.Tests.MassSend.Scheduling;

/// <summary>A latency source that answers the queued windows in order (then <see cref="LatencyWindow.Empty"/>) and counts reads.</summary>
internal sealed class ScriptedLatencySource : IInteractiveLatencySource
{
    private readonly ConcurrentQueue<LatencyWindow> _windows = new();
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public void Enqueue(params LatencyWindow[] windows)
    {
        foreach (var window in windows)
        {
            _windows.Enqueue(window);
        }
    }

    public LatencyWindow Take(double percentile)
    {
        Interlocked.Increment(ref _reads);
        var window = _windows.TryDequeue(out var next) ? next : LatencyWindow.Empty;
        return window;
    }
}
