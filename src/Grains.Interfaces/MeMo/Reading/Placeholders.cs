namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Stand-ins for required parts that were missing. They only fill a model that is then thrown
/// away (a message with errors is never returned), so reading can go on and report every error.
/// </summary>
internal static class Placeholders
{
    public static MeMoSender Sender { get; } = new() { SenderId = string.Empty, IdType = string.Empty, Label = string.Empty };

    public static MeMoRecipient Recipient { get; } = new() { RecipientId = string.Empty, IdType = string.Empty };

    public static MeMoDocument Document { get; } = new() { Files = MeMoList<MeMoFile>.Empty };

    public static MeMoContent Content { get; } = MeMoContent.FromBytes(ReadOnlyMemory<byte>.Empty);
}
