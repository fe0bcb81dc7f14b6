namespace DigitalPost.GraphQL.Types;

/// <summary>The schema could not be built: the SDL is invalid, a type-validation rule failed, or a resolver is missing.</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception from the errors found (at least one).</summary>
    public SchemaValidationException(IReadOnlyList<SchemaError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in the order found.</summary>
    public IReadOnlyList<SchemaError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<SchemaError> errors) =>
        errors.Count == 1
            ? "Invalid schema: " + errors[0]
            : $"Invalid schema ({errors.Count} errors):" + string.Concat(errors.Select(e => "\n- " + e));
}
