namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// The runner's monotonic clock, measured from the start of the run. Injected so pacing can be tested
/// on virtual time; production uses <see cref="SystemLoadClock"/>.
/// </summary>
public interface ILoadClock
{
    /// <summary>Time elapsed since the clock was started.</summary>
    TimeSpan Elapsed { get; }

    /// <summary>Completes once <see cref="Elapsed"/> has reached <paramref name="elapsed"/> (at once if it already has).</summary>
    ValueTask WaitUntilAsync(TimeSpan elapsed, CancellationToken cancellationToken);
}
