namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>The answer to a recall.</summary>
public enum MassSendRecallOutcome
{
    /// <summary>The job is recalled (also when it was already recalled).</summary>
    Recalled,
    /// <summary>No such job of this authority.</summary>
    NotFound,
    /// <summary>Delivery has started or finished: too late to recall.</summary>
    AlreadyStarted,
}
