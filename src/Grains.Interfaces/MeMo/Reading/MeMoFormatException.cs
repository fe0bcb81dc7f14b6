namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>An invalid MeMo message; <see cref="Errors"/> names every problem by element path.</summary>
public sealed class MeMoFormatException : FormatException
{
    public MeMoFormatException(IReadOnlyList<MeMoValidationError> errors, bool truncated)
        : base(Describe(errors, truncated))
    {
        Errors = errors;
        Truncated = truncated;
    }

    public MeMoFormatException()
        : this([], false)
    {
    }

    public MeMoFormatException(string message)
        : base(message) => Errors = [];

    public MeMoFormatException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<MeMoValidationError> Errors { get; }

    public bool Truncated { get; }

    private static string Describe(IReadOnlyList<MeMoValidationError> errors, bool truncated) =>
        "Invalid MeMo message: " + string.Join("; ", errors) + (truncated ? "; (more errors not listed)" : string.Empty);
}
