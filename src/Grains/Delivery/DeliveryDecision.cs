namespace DigitalPost.Grains.Delivery;

/// <summary>The delivery rules' answer, with the receipt reason code and a short non-personal detail.</summary>
public sealed record DeliveryDecision(DeliveryAction Action, string? ReasonCode, string? Detail, DateOnly? HoldUntil = null)
{
    public static DeliveryDecision Deliver { get; } = new(DeliveryAction.Deliver, null, null);

    public static DeliveryDecision Print(string detail) => new(DeliveryAction.Print, Interfaces.Receipts.ReceiptReasons.DeliveredToPrint, detail);

    public static DeliveryDecision Refuse(string reasonCode, string detail) => new(DeliveryAction.Refuse, reasonCode, detail);
}
