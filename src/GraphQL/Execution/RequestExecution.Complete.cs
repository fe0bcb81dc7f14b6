using System.Collections;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Spec 6.4.3 CompleteValue: non-null checks, leaf serialization, lists, objects and abstract types.</summary>
internal sealed partial class RequestExecution
{
    private ValueTask<object?> CompleteValue(GraphQLType type, FieldGroup group, ResultPath path, object? result, ResolverContext? context)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, group, path, result, context);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(CheckNonNull(inner.Result, group, path))
                : AwaitNonNullAsync(inner, group, path);
        }

        if (result is null)
        {
            return default;
        }

        // Objects and lists first: leaf fields mostly complete in CompleteLeaf, and these tests are cheap (sealed types).
        switch (type)
        {
            case ListType list:
                return CompleteList(list, group, path, result, context);
            case ObjectType objectType:
                return CompleteObject(objectType, group, path, result);
            case ScalarType scalar:
                try
                {
                    return new ValueTask<object?>(scalar.Serialize(result));
                }
                catch (Exception exception)
                {
                    return new ValueTask<object?>(RecordFieldError(exception, group, path));
                }

            case EnumType enumType:
                try
                {
                    return new ValueTask<object?>(enumType.Serialize(result));
                }
                catch (Exception exception)
                {
                    return new ValueTask<object?>(RecordFieldError(exception, group, path));
                }

            default:
                ObjectType? runtimeType;
                try
                {
                    // Fields of abstract types always have a context (FieldGroup.ReadsWithoutContext).
                    runtimeType = ResolveAbstractType((NamedType)type, group, result, context!);
                }
                catch (Exception exception)
                {
                    // Located at this position (a list item keeps its index), not at the enclosing field.
                    return new ValueTask<object?>(RecordFieldError(exception, group, path));
                }

                return runtimeType is null
                    ? new ValueTask<object?>(RecordFieldError(AbstractTypeError((NamedType)type, group), group, path))
                    : CompleteObject(runtimeType, group, path, result);
        }
    }

    private object? CheckNonNull(object? value, FieldGroup group, ResultPath path) =>
        value is null
            ? RecordFieldError($"Cannot return null for non-nullable field {group.Field!.DeclaringType?.Name ?? "?"}.{group.Field.Name}.", group, path)
            : value;

    private async ValueTask<object?> AwaitNonNullAsync(ValueTask<object?> inner, FieldGroup group, ResultPath path) =>
        CheckNonNull(await inner.ConfigureAwait(false), group, path);

    private ValueTask<object?> CompleteObject(ObjectType type, FieldGroup group, ResultPath path, object result)
    {
        bool matches;
        try
        {
            matches = type.IsTypeOf is not { } isTypeOf || isTypeOf(result);
        }
        catch (Exception exception)
        {
            return new ValueTask<object?>(RecordFieldError(exception, group, path));
        }

        if (!matches)
        {
            return new ValueTask<object?>(RecordFieldError($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(result)}.", group, path));
        }

        return ExecuteSelectionSet(type, result, GetSubPlan(type, group), path);
    }

    private ValueTask<object?> CompleteList(ListType type, FieldGroup group, ResultPath path, object result, ResolverContext? context)
    {
        if (result is string || result is not IEnumerable enumerable || result is IDictionary || result is IReadOnlyDictionary<string, object?>)
        {
            return new ValueTask<object?>(RecordFieldError(
                $"Expected Iterable, but did not find one for field \"{group.Field!.DeclaringType?.Name}.{group.Field.Name}\".", group, path));
        }

        IList items = result as IList ?? enumerable.Cast<object?>().ToList();
        var output = new object?[items.Count];
        var itemType = type.OfType;
        var failed = false;
        List<(int Index, ValueTask<object?> Completion)>? pending = null;
        for (var i = 0; i < output.Length; i++)
        {
            var completion = CompleteValue(itemType, group, new ResultPath(path, i), items[i], context);
            if (completion.IsCompletedSuccessfully)
            {
                failed |= StoreItem(output, i, itemType, completion.Result);
            }
            else
            {
                (pending ??= []).Add((i, completion));
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(failed ? Failed : output);
        }

        return AwaitListAsync(output, itemType, failed, pending);
    }

    private static async ValueTask<object?> AwaitListAsync(object?[] output, GraphQLType itemType, bool failed, List<(int Index, ValueTask<object?> Completion)> pending)
    {
        foreach (var (index, completion) in pending)
        {
            failed |= StoreItem(output, index, itemType, await completion.ConfigureAwait(false));
        }

        return failed ? Failed : output;
    }

    /// <summary>Stores a list item; returns whether the failure propagates to the list (non-null items).</summary>
    private static bool StoreItem(object?[] output, int index, GraphQLType itemType, object? value)
    {
        if (ReferenceEquals(value, Failed))
        {
            output[index] = null;
            return itemType.IsNonNull;
        }

        output[index] = value;
        return false;
    }

    private ObjectType? ResolveAbstractType(NamedType abstractType, FieldGroup group, object result, ResolverContext context)
    {
        var hook = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        ObjectType? runtimeType = null;
        if (hook?.Invoke(result, context) is { } typeName)
        {
            runtimeType = Schema.GetType(typeName) as ObjectType
                ?? throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        }

        var possibleTypes = Schema.GetPossibleTypes(abstractType);
        if (runtimeType is null)
        {
            foreach (var candidate in possibleTypes)
            {
                if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(result))
                {
                    runtimeType = candidate;
                    break;
                }
            }
        }

        runtimeType ??= Schema.GetObjectTypeForRuntimeType(result.GetType());
        if (runtimeType is null && result is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var name) && name is string mapped)
        {
            runtimeType = Schema.GetType(mapped) as ObjectType;
        }

        if (runtimeType is null)
        {
            var clrName = result.GetType().Name;
            foreach (var candidate in possibleTypes)
            {
                if (candidate.Name == clrName)
                {
                    runtimeType = candidate;
                    break;
                }
            }
        }

        if (runtimeType is not null && !Schema.IsPossibleType(abstractType, runtimeType))
        {
            throw new GraphQLException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return runtimeType;
    }

    private static GraphQLException AbstractTypeError(NamedType abstractType, FieldGroup group) =>
        new($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{group.Field!.DeclaringType?.Name}.{group.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
}
