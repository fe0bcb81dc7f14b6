using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Validation;

/// <summary>A validation error and the rule that reported it.</summary>
/// <param name="RuleName">The <see cref="IValidationRule.Name"/> of the rule, or <c>null</c> for the validator's own errors (the error limit).</param>
/// <param name="Error">The error.</param>
public sealed record ValidationFailure(string? RuleName, GraphQLError Error);
