namespace DigitalPost.Runtime.Activations;

/// <summary>What an activation did with an arriving call.</summary>
internal enum EnqueueResult
{
    /// <summary>The activation is gone; resolve the grain again.</summary>
    Rejected,

    /// <summary>The call waits in the activation's queue.</summary>
    Queued,

    /// <summary>The activation was idle: the caller runs the call now, on its own thread, as the activation's turn.</summary>
    RunInline,
}
