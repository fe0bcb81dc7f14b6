using System.Runtime.CompilerServices;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// Decides statically whether a prepared operation's result may be cached: a query whose every selected field — through
/// fragments and inline fragments, at every level, on every concrete type the selection can meet — is on
/// <see cref="ResponseCacheAllowlist"/> (or is <c>__typename</c>), with no directive other than <c>@include</c>/<c>@skip</c>
/// (which only narrow what is selected). The verdict is memoised per operation node: the engine's document cache hands
/// out the same parsed document for the same text, so a repeated request costs one table lookup.
/// </summary>
public sealed class CacheableOperationAnalyzer
{
    /// <summary>Deeper selections than this are not analysed (and not cached); validation limits depth far below it.</summary>
    private const int MaxDepth = 64;

    private readonly Schema _schema;
    private readonly Func<string, string, bool> _allowed;
    private readonly ConditionalWeakTable<OperationDefinitionNode, StrongBox<bool>> _verdicts = new();

    /// <param name="schema">The served schema (field return types and possible types).</param>
    /// <param name="allowed">Whether a coordinate is cacheable; <see cref="ResponseCacheAllowlist.Contains"/> when null.</param>
    public CacheableOperationAnalyzer(Schema schema, Func<string, string, bool>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _allowed = allowed ?? ResponseCacheAllowlist.Contains;
    }

    /// <summary>Whether the prepared (valid) request's operation is cacheable.</summary>
    public bool IsCacheable(PreparedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request is not { IsValid: true, Document: { } document, Operation: { } operation })
        {
            return false;
        }

        if (_verdicts.TryGetValue(operation, out var known))
        {
            return known.Value;
        }

        var verdict = Analyse(document, operation);
        _verdicts.AddOrUpdate(operation, new StrongBox<bool>(verdict));
        return verdict;
    }

    private bool Analyse(DocumentNode document, OperationDefinitionNode operation)
    {
        if (operation.Operation != OperationType.Query || operation.Directives.Count > 0)
        {
            return false;
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        return SelectionSetAllowed(operation.SelectionSet, [_schema.QueryType], fragments, 0);
    }

    private bool SelectionSetAllowed(SelectionSetNode selectionSet, IReadOnlyList<ObjectType> scope, Dictionary<string, FragmentDefinitionNode> fragments, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        foreach (var selection in selectionSet.Selections)
        {
            if (!DirectivesAllowed(selection.Directives))
            {
                return false;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!FieldAllowed(field, scope, fragments, depth))
                    {
                        return false;
                    }

                    break;

                case InlineFragmentNode inline:
                    var inlineScope = inline.TypeCondition is { } condition ? Narrow(scope, condition.Name.Value) : scope;
                    if (inlineScope is null || !SelectionSetAllowed(inline.SelectionSet, inlineScope, fragments, depth + 1))
                    {
                        return false;
                    }

                    break;

                case FragmentSpreadNode spread:
                    if (!fragments.TryGetValue(spread.Name.Value, out var definition)
                        || !DirectivesAllowed(definition.Directives)
                        || Narrow(scope, definition.TypeCondition.Name.Value) is not { } spreadScope
                        || !SelectionSetAllowed(definition.SelectionSet, spreadScope, fragments, depth + 1))
                    {
                        return false;
                    }

                    break;

                default:
                    return false;
            }
        }

        return true;
    }

    private bool FieldAllowed(FieldNode field, IReadOnlyList<ObjectType> scope, Dictionary<string, FragmentDefinitionNode> fragments, int depth)
    {
        var name = field.Name.Value;
        if (name == "__typename")
        {
            return field.SelectionSet is null;
        }

        // __schema, __type and anything else not on the list.
        var next = new List<ObjectType>();
        foreach (var type in scope)
        {
            if (!_allowed(type.Name, name) || type.GetField(name) is not { } definition)
            {
                return false;
            }

            if (field.SelectionSet is null)
            {
                continue;
            }

            foreach (var possible in PossibleTypes(definition.Type.NamedType))
            {
                if (!next.Contains(possible))
                {
                    next.Add(possible);
                }
            }
        }

        return field.SelectionSet is null || SelectionSetAllowed(field.SelectionSet, next, fragments, depth + 1);
    }

    /// <summary>The concrete types of <paramref name="scope"/> that a type condition keeps; null for an unknown type.</summary>
    private List<ObjectType>? Narrow(IReadOnlyList<ObjectType> scope, string typeName)
    {
        if (_schema.GetType(typeName) is not { } condition)
        {
            return null;
        }

        var possible = PossibleTypes(condition);
        return scope.Where(possible.Contains).ToList();
    }

    private IReadOnlyList<ObjectType> PossibleTypes(NamedType type) => type switch
    {
        ObjectType objectType => [objectType],
        InterfaceType or UnionType => _schema.GetPossibleTypes(type),
        _ => [],
    };

    private static bool DirectivesAllowed(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is not ("include" or "skip"))
            {
                return false;
            }
        }

        return true;
    }
}
