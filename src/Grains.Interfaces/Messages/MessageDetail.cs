using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>A message opened: its summary and the full MeMo message.</summary>
public sealed record MessageDetail(MessageSummary Summary, MeMoMessage Message)
{
    /// <inheritdoc />
    public override string ToString() => $"MessageDetail({Summary.MessageUuid})";
}
