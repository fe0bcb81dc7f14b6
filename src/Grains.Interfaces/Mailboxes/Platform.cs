namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>Where an action comes from. Private post is shown only on the platform its sender contracted with.</summary>
public enum Platform
{
    Unknown = 0,
    BorgerDk,
    DigitalPostApp,
    EBoks,
    MitDk,
    /// <summary>A sender system (authority or company) calling the delivery API.</summary>
    SenderSystem,
    /// <summary>The platform itself: registry events, reminders, the agency's case handling.</summary>
    Internal,
}
