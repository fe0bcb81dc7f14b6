namespace DigitalPost.Runtime;

/// <summary>A per-activation timer; disposing it stops it. It also stops when the activation deactivates.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Re-arms the timer: next tick after <paramref name="dueTime"/>, then every <paramref name="period"/>.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
