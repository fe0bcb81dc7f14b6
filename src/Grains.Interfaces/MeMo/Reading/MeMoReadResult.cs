using System.Diagnostics.CodeAnalysis;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// The outcome of reading a MeMo message: the model when it is valid, otherwise every error
/// found (up to <see cref="MeMoReaderOptions.MaxErrors"/>). An invalid message's file contents
/// have already been released.
/// </summary>
public sealed record MeMoReadResult(MeMoMessage? Message, IReadOnlyList<MeMoValidationError> Errors, bool ErrorsTruncated)
{
    [MemberNotNullWhen(true, nameof(Message))]
    public bool IsValid => Message is not null;

    /// <summary>The message, or a <see cref="MeMoFormatException"/> listing the errors.</summary>
    public MeMoMessage GetMessageOrThrow() => Message ?? throw new MeMoFormatException(Errors, ErrorsTruncated);
}
