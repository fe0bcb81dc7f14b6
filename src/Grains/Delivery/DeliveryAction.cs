namespace DigitalPost.Grains.Delivery;

/// <summary>What to do with an incoming message.</summary>
public enum DeliveryAction
{
    /// <summary>Store it in the recipient's inbox.</summary>
    Deliver,
    /// <summary>Queue it for physical print (fjernprint) to the recipient's address.</summary>
    Print,
    /// <summary>Keep it until <see cref="DeliveryDecision.HoldUntil"/>, then decide again.</summary>
    Hold,
    /// <summary>Refuse it with a NOT_ALLOWED receipt.</summary>
    Refuse,
}
