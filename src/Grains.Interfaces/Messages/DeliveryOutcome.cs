namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>What happened to a delivered message.</summary>
public enum DeliveryOutcome
{
    /// <summary>Stored in the recipient's inbox.</summary>
    Delivered,
    /// <summary>Queued for physical print (fjernprint).</summary>
    Printed,
    /// <summary>Held until its doNotDeliverUntilDate.</summary>
    Held,
    /// <summary>Refused (NOT_ALLOWED receipt).</summary>
    NotAllowed,
    /// <summary>Refused as invalid (INVALID receipt).</summary>
    Invalid,
    /// <summary>Held, then recalled by its sender before its date.</summary>
    Recalled,
}
