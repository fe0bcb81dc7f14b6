namespace DigitalPost.Runtime;

/// <summary>Describes one reminder tick.</summary>
/// <param name="FirstTickTime">When the reminder was first due.</param>
/// <param name="Period">Interval between ticks; zero for a one-shot reminder.</param>
/// <param name="CurrentTickTime">When this tick fired.</param>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
