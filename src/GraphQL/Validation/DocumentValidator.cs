using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation;

/// <summary>
/// Validates executable documents against a schema with the specification's rules (section 5), all
/// rules in one walk of the document. Errors carry graphql-js's messages, locations and
/// <c>extensions.code = "GRAPHQL_VALIDATION_FAILED"</c>. Thread-safe and stateless between calls.
/// </summary>
public sealed class DocumentValidator : IDocumentValidator
{
    private readonly IValidationRule[] _rules;

    /// <summary>Creates a validator.</summary>
    public DocumentValidator(DocumentValidatorOptions? options = null)
    {
        Options = options ?? DocumentValidatorOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxErrors, 1);
        _rules = [.. Options.Rules, .. Options.ExtraRules];
    }

    /// <summary>A validator with the specified rules and default options.</summary>
    public static DocumentValidator Default { get; } = new();

    /// <summary>The options.</summary>
    public DocumentValidatorOptions Options { get; }

    /// <inheritdoc/>
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        var failures = ValidateDetailed(schema, document);
        if (failures.Count == 0)
        {
            return [];
        }

        var errors = new GraphQLError[failures.Count];
        for (var i = 0; i < errors.Length; i++)
        {
            errors[i] = failures[i].Error;
        }

        return errors;
    }

    /// <summary>Validates and tells which rule reported each error.</summary>
    public IReadOnlyList<ValidationFailure> ValidateDetailed(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(schema, document, Options.MaxErrors);
        var visitors = new ValidationVisitor[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            visitors[i] = _rules[i].CreateVisitor(context);
        }

        try
        {
            new ValidationWalker(context, _rules, visitors).Walk(document);
        }
        catch (ValidationAbortedException aborted) when (aborted.ErrorLimitReached)
        {
            context.AddAbortError();
        }
        catch (ValidationAbortedException)
        {
            // A rule stopped the walk and reported why.
        }
        catch (InsufficientExecutionStackException)
        {
            // Nesting (e.g. a chain of thousands of fragments) deeper than this thread's stack allows.
            context.AddStackAbortError();
        }

        return context.Failures;
    }
}
