namespace DigitalPost.Runtime.Tests.Grains;

public interface IBlockingGrain : IGrainWithStringKey
{
    /// <summary>Signals <paramref name="mine"/>, then waits (waits for the named signal to be set).</summary>
    Task Block(string mine, string release);

    [AlwaysInterleave]
    Task Peek(string mine);

    [ReadOnly]
    Task Read(string mine, string release);

    /// <summary>Blocks its thread until <paramref name="other"/> is signalled: only completes if another thread runs the other grain.</summary>
    Task<bool> Meet(string mine, string other);
}
