namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>A page of messages and the cursor for the next (null at the end).</summary>
public sealed record MessagePage(IReadOnlyList<MessageSummary> Items, string? NextCursor);
