namespace DigitalPost.LoadTests.Scenarios.InboxStorm;

/// <summary>
/// When a mass send was running, on the run clock both scenarios of <c>mixed</c> share: the mass send opens it when
/// it posts the job and closes it when it sees the job end; the inbox storm files iterations that were due inside
/// it under the step <see cref="StepName"/>, which is how <c>mixed</c> reports the inbox p99 during the send.
/// </summary>
public sealed class MassSendWindow
{
    /// <summary>The inbox storm's step for iterations due while the send ran.</summary>
    public const string StepName = "during-mass-send";

    /// <summary>The <c>list-inbox</c> requests of the iterations in <see cref="StepName"/>.</summary>
    public const string ListStepName = "during-mass-send/list-inbox";

    /// <summary>The <c>open-message</c> requests of the iterations in <see cref="StepName"/>.</summary>
    public const string OpenStepName = "during-mass-send/open-message";

    private long _openedTicks = -1;
    private long _closedTicks = -1;

    /// <summary>Whether the window was opened.</summary>
    public bool WasOpened => Volatile.Read(ref _openedTicks) >= 0;

    /// <summary>Marks the start of the send.</summary>
    public void Open(TimeSpan at) => Volatile.Write(ref _openedTicks, at.Ticks);

    /// <summary>Marks the end of the send.</summary>
    public void Close(TimeSpan at) => Volatile.Write(ref _closedTicks, at.Ticks);

    /// <summary>Whether <paramref name="at"/> lies in the window (an open window has no end yet).</summary>
    public bool Contains(TimeSpan at)
    {
        var opened = Volatile.Read(ref _openedTicks);
        var closed = Volatile.Read(ref _closedTicks);
        return opened >= 0 && at.Ticks >= opened && (closed < 0 || at.Ticks <= closed);
    }
}
