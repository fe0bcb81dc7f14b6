namespace DigitalPost.GraphQL.Validation;

/// <summary>Options of a <see cref="DocumentValidator"/>.</summary>
public sealed record DocumentValidatorOptions
{
    /// <summary>The defaults.</summary>
    public static DocumentValidatorOptions Default { get; } = new();

    /// <summary>
    /// The number of errors after which validation stops and reports "Too many validation errors,
    /// error limit reached. Validation aborted." as one more error. Default 100, as graphql-js.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The rules. Default: <see cref="SpecifiedRules.All"/>.</summary>
    public IReadOnlyList<IValidationRule> Rules { get; init; } = SpecifiedRules.All;

    /// <summary>Rules run in addition to <see cref="Rules"/> (e.g. an application's own checks).</summary>
    public IReadOnlyList<IValidationRule> ExtraRules { get; init; } = [];
}
