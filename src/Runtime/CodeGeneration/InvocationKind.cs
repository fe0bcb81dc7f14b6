namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>How a call may share its activation with other running calls.</summary>
public enum InvocationKind
{
    /// <summary>Runs alone: starts only when no other call of the activation is running.</summary>
    Exclusive,

    /// <summary>Interleaves with other read-only calls only (<see cref="ReadOnlyAttribute"/>).</summary>
    ReadOnly,

    /// <summary>Starts at once, interleaving with anything (<see cref="AlwaysInterleaveAttribute"/>, <see cref="ReentrantAttribute"/>).</summary>
    Interleave,
}
