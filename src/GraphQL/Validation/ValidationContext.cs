using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation;

/// <summary>
/// What rules share during one validation: the schema, the document, the walk's <see cref="TypeInfo"/>,
/// error reporting (with the error limit), and lazily computed, cached facts about fragments and
/// variable usages.
/// </summary>
public sealed class ValidationContext
{
    private readonly int _maxErrors;
    private readonly List<ValidationFailure> _failures = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = [];
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _usages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveUsages = [];
    private readonly Dictionary<string, DirectiveDefinitionNode> _documentDirectives = new(StringComparer.Ordinal);

    internal ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        _maxErrors = maxErrors;
        TypeInfo = new TypeInfo(schema);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
            else if (definition is DirectiveDefinitionNode directive)
            {
                _documentDirectives[directive.Name.Value] = directive;
            }
        }
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The types around the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The errors so far, with their rules.</summary>
    public IReadOnlyList<ValidationFailure> Failures => _failures;

    internal string? CurrentRule { get; set; }

    /// <summary>Reports an error at <paramref name="nodes"/> (code <c>GRAPHQL_VALIDATION_FAILED</c>).</summary>
    /// <exception cref="ValidationAbortedException">Internal: the error limit was reached; the validator stops the walk.</exception>
    public void ReportError(string message, params ReadOnlySpan<SyntaxNode> nodes)
    {
        List<ErrorLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node.Location.IsKnown)
            {
                (locations ??= []).Add(new ErrorLocation(node.Location.Line, node.Location.Column));
            }
        }

        if (_failures.Count >= _maxErrors)
        {
            throw new ValidationAbortedException(errorLimitReached: true);
        }

        _failures.Add(new ValidationFailure(CurrentRule, GraphQLError.WithCode(message, ErrorCodes.ValidationFailed, locations)));
    }

    /// <summary>
    /// Stops validation with <paramref name="message"/> as the last error (e.g. a rule whose work budget
    /// is spent on a hostile document). The document is reported invalid.
    /// </summary>
    public void Abort(string message)
    {
        _failures.Add(new ValidationFailure(CurrentRule, GraphQLError.WithCode(message, ErrorCodes.ValidationFailed)));
        throw new ValidationAbortedException(errorLimitReached: false);
    }

    internal void AddStackAbortError() =>
        _failures.Add(new ValidationFailure(CurrentRule, GraphQLError.WithCode("Validation aborted: the document nests too deeply.", ErrorCodes.ValidationFailed)));

    internal void AddAbortError() =>
        _failures.Add(new ValidationFailure(null, GraphQLError.WithCode("Too many validation errors, error limit reached. Validation aborted.", ErrorCodes.ValidationFailed)));

    /// <summary>
    /// A directive defined in the document itself (a document mixing type-system definitions is invalid
    /// anyway, but, as in graphql-js, its own directives are not reported as unknown too), or <c>null</c>.
    /// </summary>
    public DirectiveDefinitionNode? GetDocumentDirective(string name) => _documentDirectives.GetValueOrDefault(name);

    /// <summary>The first fragment definition named <paramref name="name"/>, or <c>null</c>.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads in <paramref name="selectionSet"/> and its nested selection sets (not following spreads).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var known))
        {
            return known;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every defined fragment <paramref name="operation"/> uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var known))
        {
            return known;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(pending.Pop()))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used as values in <paramref name="definition"/> itself (not following spreads).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_usages.TryGetValue(definition, out var known))
        {
            return known;
        }

        var collector = new VariableUsageCollector(Schema);
        collector.Walk(definition);
        _usages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used in <paramref name="operation"/> and every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveUsages.TryGetValue(operation, out var known))
        {
            return known;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveUsages[operation] = usages;
        return usages;
    }
}
