using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// The field selections merged under one response key (spec CollectFields), with the field they select
/// and what the executor derives from it once per plan instead of once per field execution: how the
/// value completes, whether the default resolver can be called without a <see cref="ResolverContext"/>,
/// the sub-plan of its selection set and the last property getter used.
/// </summary>
internal sealed class FieldGroup
{
    private IReadOnlyDictionary<string, object?>? _staticArguments;
    private readonly Lock _subPlansGate = new();
    private SubPlanEntry[] _subPlans = [];
    private AccessorEntry? _accessor;

    public FieldGroup(ObjectType parentType, string responseKey, FieldDefinition? field, bool isTypeName)
    {
        ParentType = parentType;
        ResponseKey = responseKey;
        Field = field;
        IsTypeName = isTypeName;
        if (field is null || isTypeName)
        {
            return;
        }

        var type = field.Type;
        var nullable = type is NonNullType nonNull ? nonNull.OfType : type;
        if (nullable is ScalarType or EnumType)
        {
            LeafType = (NamedType)nullable;
            LeafScalar = nullable as ScalarType;
            LeafIsNonNull = !ReferenceEquals(nullable, type);
        }

        HasArguments = field.Arguments.Count > 0;

        // The default resolver needs no context unless arguments must be coerced (their errors are
        // field errors) or an abstract type's ResolveType hook wants the context.
        ReadsWithoutContext = field.Resolver is null && field.Arguments.Count == 0 && !type.NamedType.IsAbstractType;
    }

    /// <summary>The object type whose plan holds this group (a plan is collected for one object type).</summary>
    public ObjectType ParentType { get; }

    public string ResponseKey { get; }

    public List<FieldNode> Nodes { get; } = [];

    /// <summary>The field, or <c>null</c> for <c>__typename</c>.</summary>
    public FieldDefinition? Field { get; }

    public bool IsTypeName { get; }

    /// <summary>The field's scalar or enum type when the field is a leaf (possibly non-null), else <c>null</c>.</summary>
    public NamedType? LeafType { get; }

    /// <summary><see cref="LeafType"/> when it is a scalar (else an enum), so completion needs no type test.</summary>
    public ScalarType? LeafScalar { get; }

    /// <summary>Whether the leaf type is wrapped in non-null.</summary>
    public bool LeafIsNonNull { get; }

    /// <summary>Whether the field uses the default resolver and may be read straight from the parent value.</summary>
    public bool ReadsWithoutContext { get; }

    /// <summary>Whether the field defines arguments (else its arguments are always empty).</summary>
    public bool HasArguments { get; }

    /// <summary>Whether the arguments use no variables, so their coerced values can be reused.</summary>
    public bool ArgumentsAreStatic { get; set; }

    /// <summary>Coerced arguments cached for static arguments (a benign race may compute them twice).</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments
    {
        get => Volatile.Read(ref _staticArguments);
        set => Volatile.Write(ref _staticArguments, value);
    }

    /// <summary>The cached static sub-plan for <paramref name="type"/>, or <c>null</c>.</summary>
    public FieldPlan? GetCachedSubPlan(ObjectType type)
    {
        foreach (var entry in Volatile.Read(ref _subPlans))
        {
            if (ReferenceEquals(entry.Type, type))
            {
                return entry.Plan;
            }
        }

        return null;
    }

    /// <summary>
    /// Remembers a static sub-plan. One entry per object type the field returned (bounded by the schema's
    /// possible types), so the items of an abstract list alternating between types all hit.
    /// </summary>
    public void CacheSubPlan(ObjectType type, FieldPlan plan)
    {
        lock (_subPlansGate)
        {
            var plans = _subPlans;
            foreach (var entry in plans)
            {
                if (ReferenceEquals(entry.Type, type))
                {
                    return;
                }
            }

            Volatile.Write(ref _subPlans, [.. plans, new SubPlanEntry(type, plan)]);
        }
    }

    /// <summary>What <see cref="DefaultFieldResolver.Resolve"/> returns for this field on <paramref name="parent"/>.</summary>
    public object? ReadDefault(object? parent)
    {
        if (parent is null)
        {
            return null;
        }

        // Sibling values of one field are nearly always of one CLR type, so one entry serves them all.
        var type = parent.GetType();
        var entry = Volatile.Read(ref _accessor);
        if (entry is null || entry.Type != type)
        {
            var isDictionary = DefaultFieldResolver.IsDictionary(type);
            entry = new AccessorEntry(type, isDictionary, isDictionary ? null : DefaultFieldResolver.GetAccessor(type, Field!.Name));
            Volatile.Write(ref _accessor, entry);
        }

        if (entry.IsDictionary)
        {
            DefaultFieldResolver.TryReadDictionary(parent, Field!.Name, out var value);
            return value;
        }

        return entry.Getter?.Invoke(parent);
    }

    private sealed record SubPlanEntry(ObjectType Type, FieldPlan Plan);

    private sealed record AccessorEntry(Type Type, bool IsDictionary, Func<object, object?>? Getter);
}
