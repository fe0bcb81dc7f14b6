namespace DigitalPost.GraphQLGateway.Messages.Files;

/// <summary>What a message link opens; a link of one kind never works on the other's endpoint.</summary>
public enum MessageLinkKind : byte
{
    /// <summary>A file of the message (index over the main, additional and technical documents' files, in order).</summary>
    File = 1,

    /// <summary>An AFTALE action's calendar file (index over the documents' actions, in order).</summary>
    Calendar = 2,
}
