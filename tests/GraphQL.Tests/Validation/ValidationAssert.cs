using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Validation;

namespace DigitalPost.GraphQL.Tests.Validation;

/// <summary>Validates documents in tests and checks the errors by rule, message and location.</summary>
internal static class ValidationAssert
{
    public static IReadOnlyList<ValidationFailure> Validate(string document, Schema? schema = null, DocumentValidatorOptions? options = null) =>
        new DocumentValidator(options).ValidateDetailed(schema ?? ValidationSchemas.Spec, Parser.Parse(document));

    /// <summary>Asserts the document has no errors at all.</summary>
    public static void Valid(string document, Schema? schema = null)
    {
        var failures = Validate(document, schema);
        Assert.True(failures.Count == 0, "Expected no errors, got:\n" + Describe(failures));
    }

    /// <summary>Asserts the errors of <paramref name="ruleName"/> are exactly <paramref name="expected"/> (message and locations), in order.</summary>
    public static void Errors(string document, string ruleName, params (string Message, (int Line, int Column)[] Locations)[] expected) =>
        Errors(document, null, ruleName, expected);

    public static void Errors(string document, Schema? schema, string ruleName, params (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        var failures = Validate(document, schema).Where(f => f.RuleName == ruleName).ToList();
        var actual = failures.Select(f => Describe(f.Error)).ToList();
        var wanted = expected.Select(e => e.Message + " @ " + string.Join(" ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))).ToList();
        Assert.Equal(wanted, actual);
        Assert.All(failures, f => Assert.Equal(ErrorCodes.ValidationFailed, f.Error.Code));
    }

    /// <summary>Asserts the rule reports nothing on the document (other rules may).</summary>
    public static void PassesRule(string document, string ruleName, Schema? schema = null)
    {
        var failures = Validate(document, schema).Where(f => f.RuleName == ruleName).ToList();
        Assert.True(failures.Count == 0, $"Expected no {ruleName} errors, got:\n" + Describe(failures));
    }

    /// <summary>Asserts the rule reports at least one error with these messages (any location).</summary>
    public static void FailsRule(string document, string ruleName, params string[] messages)
    {
        var failures = Validate(document).Where(f => f.RuleName == ruleName).ToList();
        Assert.True(failures.Count > 0, $"Expected {ruleName} errors, got none.");
        Assert.Equal(messages, failures.Select(f => f.Error.Message).ToArray());
    }

    private static string Describe(IEnumerable<ValidationFailure> failures) =>
        string.Join("\n", failures.Select(f => f.RuleName + ": " + Describe(f.Error)));

    private static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(" ", (error.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"));
}
