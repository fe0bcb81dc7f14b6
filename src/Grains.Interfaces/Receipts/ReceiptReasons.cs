namespace DigitalPost.Grains.Interfaces.Receipts;

/// <summary>Reason codes carried on receipts.</summary>
public static class ReceiptReasons
{
    public const string RecipientIsClosed = "recipient.is.closed";
    public const string RecipientHasNoConsent = "recipient.has.no.consent";
    public const string RecipientNotFound = "recipient.not.found";
    public const string MessageInvalid = "message.invalid";

    /// <summary>A mass-send line that failed however often it was tried (recorded as a dead letter); the letter was not delivered.</summary>
    public const string ProcessingFailed = "processing.failed";
    public const string MessageTooLarge = "message.too.large";
    public const string TooManyAttachments = "message.too.many.attachments";
    public const string FileTypeNotAllowed = "message.file.type.not.allowed";
    public const string DeliveredToPrint = "delivered.to.print";
    public const string HeldUntilDate = "held.until.date";
    public const string Recalled = "message.recalled";
    public const string LegalNotificationServed = "legal.notification.served";
}
