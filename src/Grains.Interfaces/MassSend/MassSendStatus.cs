namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>Where a mass send stands.</summary>
public enum MassSendStatus
{
    /// <summary>Waiting for its doNotDeliverUntilDate; can be recalled.</summary>
    Scheduled,
    /// <summary>Committed and waiting for a delivery worker; can be recalled.</summary>
    Queued,
    /// <summary>Delivery has started (no recall any more).</summary>
    Running,
    /// <summary>Every recipient has a delivery, print job or refusal and a receipt.</summary>
    Completed,
    /// <summary>Recalled by its sender before delivery started.</summary>
    Recalled,
}
