using System.Collections.Concurrent;

namespace DigitalPost.Runtime.Tests.Grains;

/// <summary>Thread-blocking rendezvous: two parties only both get through if they run on two threads at once.</summary>
public sealed class ThreadMeetingPoint
{
    private readonly ConcurrentDictionary<string, ManualResetEventSlim> _events = new();

    public bool Meet(string mine, string other)
    {
        Event(mine).Set();
        // Guard only: a runtime that serialised the two grains would fail here instead of hanging.
        return Event(other).Wait(TimeSpan.FromSeconds(30));
    }

    private ManualResetEventSlim Event(string name) => _events.GetOrAdd(name, static _ => new ManualResetEventSlim());
}
