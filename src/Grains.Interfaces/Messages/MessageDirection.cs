namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>Whether a message was received or sent by the mailbox.</summary>
public enum MessageDirection
{
    Received,
    Sent,
}
