namespace DigitalPost.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReasonCode
{
    /// <summary>No call for longer than the idle timeout.</summary>
    IdleTimeout,

    /// <summary>The grain called <c>DeactivateOnIdle()</c>.</summary>
    ApplicationRequested,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,

    /// <summary>The silo no longer owns the grain's partition.</summary>
    PartitionLost,
}
