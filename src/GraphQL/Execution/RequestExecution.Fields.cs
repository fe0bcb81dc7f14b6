using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// Spec 6.4 ExecuteSelectionSet / ExecuteField. Fields of a selection set are started one after the
/// other and awaited together only if some resolver did not complete synchronously, so synchronous
/// resolvers run without tasks and asynchronous ones overlap. Mutations run field by field.
/// </summary>
internal sealed partial class RequestExecution
{
    /// <summary>Executes a selection set in parallel; the result is a <see cref="ResultMap"/> or <see cref="Failed"/>.</summary>
    /// <remarks>
    /// The fields with resolvers are counted as working all at once before the first starts, and those
    /// that finish starting their children synchronously stop counting all at once after the last
    /// started: two atomic updates per selection set instead of two per field. This is never earlier
    /// than counting each field alone (fields not yet started count too), and this selection set only
    /// runs while its parent field (or the operation) still counts, so no dispatch decision changes.
    /// </remarks>
    private ValueTask<object?> ExecuteSelectionSet(ObjectType type, object? source, FieldPlan plan, ResultPath? path)
    {
        var map = new ResultMap(plan.Keys, plan.EncodedKeys);
        List<ValueTask>? pending = null;
        var groups = plan.Groups;
        if (plan.CountedFields > 0)
        {
            DataLoaders.EnterWork(plan.CountedFields);
        }

        var finished = 0;
        for (var i = 0; i < groups.Length; i++)
        {
            var execution = ExecuteField(type, source, groups[i], path, map, i, inSelectionSet: true, ref finished);
            if (!execution.IsCompletedSuccessfully)
            {
                (pending ??= []).Add(execution);
            }
        }

        if (finished > 0)
        {
            DataLoaders.ExitWork(finished);
        }

        if (pending is null)
        {
            return new ValueTask<object?>(map.Failed ? Failed : map);
        }

        return AwaitFieldsAsync(map, pending);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap map, List<ValueTask> pending)
    {
        foreach (var execution in pending)
        {
            await execution.ConfigureAwait(false);
        }

        return map.Failed ? Failed : map;
    }

    /// <summary>Executes a selection set field by field, each after the previous one completed (mutations).</summary>
    private async ValueTask<object?> ExecuteSeriallyAsync(ObjectType type, object? source, FieldPlan plan)
    {
        var map = new ResultMap(plan.Keys, plan.EncodedKeys);
        for (var i = 0; i < plan.Groups.Length; i++)
        {
            await ExecuteFieldAlone(type, source, plan.Groups[i], map, i).ConfigureAwait(false);
        }

        return map.Failed ? Failed : map;
    }

    /// <summary>A root field of a mutation, run on its own: it counts its own work.</summary>
    private ValueTask ExecuteFieldAlone(ObjectType type, object? source, FieldGroup group, ResultMap map, int index)
    {
        var finished = 0;
        return ExecuteField(type, source, group, null, map, index, inSelectionSet: false, ref finished);
    }

    /// <summary>Resolves and completes one field, storing its value in <paramref name="map"/> at <paramref name="index"/>.</summary>
    /// <param name="inSelectionSet">
    /// Whether <see cref="ExecuteSelectionSet"/> runs the field: it has counted the field's work already and
    /// stops counting it when <paramref name="finished"/> is incremented (the field started its children
    /// synchronously). Otherwise the field counts itself, and only then may a field read without context.
    /// </param>
    private ValueTask ExecuteField(ObjectType type, object? source, FieldGroup group, ResultPath? parentPath, ResultMap map, int index, bool inSelectionSet, ref int finished)
    {
        if (group.IsTypeName)
        {
            map.Values[index] = type.Name;
            return default;
        }

        if (group.ReadsWithoutContext && inSelectionSet)
        {
            return ReadField(source, group, parentPath, map, index);
        }

        var field = group.Field!;
        ResolverContext context;
        object? resolved;
        if (!inSelectionSet)
        {
            DataLoaders.EnterWork();
        }

        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            if (!Options.EnableIntrospection && (ReferenceEquals(field, Schema.SchemaMetaField) || ReferenceEquals(field, Schema.TypeMetaField)))
            {
                throw new GraphQLException($"Introspection is disabled: the field \"{field.Name}\" cannot be queried.", ErrorCodes.IntrospectionDisabled);
            }

            context = new ResolverContext(this, group, source, GetArguments(group), parentPath);
            var resolution = (field.Resolver ?? DefaultFieldResolver.Instance)(context);
            if (!resolution.IsCompletedSuccessfully)
            {
                // Stops counting itself once the resolver is done and the children are started.
                return AwaitResolverAsync(resolution, context, group, parentPath, map, index);
            }

            resolved = resolution.Result;
        }
        catch (Exception exception)
        {
            if (inSelectionSet)
            {
                finished++;
            }
            else
            {
                DataLoaders.ExitWork();
            }

            Store(map, index, field.Type, RecordFieldError(exception, group, new ResultPath(parentPath, group.ResponseKey)));
            return default;
        }

        if (inSelectionSet)
        {
            finished++;
        }

        return CompleteAndStore(context, group, parentPath, resolved, map, index, countsWork: !inSelectionSet);
    }

    /// <summary>
    /// A field served by the default resolver without arguments: read straight from the parent value,
    /// with no <see cref="ResolverContext"/>. It runs no user code that could wait on a loader, and an
    /// enclosing field (or the operation) is counted as working until this one has started its
    /// children, so it need not count itself.
    /// </summary>
    private ValueTask ReadField(object? source, FieldGroup group, ResultPath? parentPath, ResultMap map, int index)
    {
        object? resolved;
        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            resolved = group.ReadDefault(source);
        }
        catch (Exception exception)
        {
            Store(map, index, group.Field!.Type, RecordFieldError(exception, group, new ResultPath(parentPath, group.ResponseKey)));
            return default;
        }

        return CompleteAndStore(null, group, parentPath, resolved, map, index, countsWork: false);
    }

    private async ValueTask AwaitResolverAsync(ValueTask<object?> resolution, ResolverContext context, FieldGroup group, ResultPath? parentPath, ResultMap map, int index)
    {
        object? resolved;
        try
        {
            resolved = await resolution.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            DataLoaders.ExitWork();
            Store(map, index, group.Field!.Type, RecordFieldError(exception, group, context.Path));
            return;
        }

        await CompleteAndStore(context, group, parentPath, resolved, map, index, countsWork: true).ConfigureAwait(false);
    }

    /// <summary>
    /// Completes a resolved value; a counted field stops counting as working once its children are
    /// started. Leaves complete here directly, and their path is only created for an error.
    /// </summary>
    private ValueTask CompleteAndStore(ResolverContext? context, FieldGroup group, ResultPath? parentPath, object? resolved, ResultMap map, int index, bool countsWork)
    {
        var fieldType = group.Field!.Type;
        if (group.LeafType is { } leafType)
        {
            object? value;
            try
            {
                value = CompleteLeaf(leafType, group, context, parentPath, resolved);
            }
            finally
            {
                if (countsWork)
                {
                    DataLoaders.ExitWork();
                }
            }

            Store(map, index, fieldType, value);
            return default;
        }

        var path = context?.Path ?? new ResultPath(parentPath, group.ResponseKey);
        ValueTask<object?> completion;
        try
        {
            completion = CompleteValue(fieldType, group, path, resolved, context);
        }
        catch (Exception exception)
        {
            completion = new ValueTask<object?>(RecordFieldError(exception, group, path));
        }
        finally
        {
            if (countsWork)
            {
                DataLoaders.ExitWork();
            }
        }

        if (completion.IsCompletedSuccessfully)
        {
            Store(map, index, fieldType, completion.Result);
            return default;
        }

        return AwaitCompletionAsync(completion, fieldType, map, index);
    }

    /// <summary>CompleteValue for a field whose type is a (possibly non-null) scalar or enum.</summary>
    private object? CompleteLeaf(NamedType leafType, FieldGroup group, ResolverContext? context, ResultPath? parentPath, object? resolved)
    {
        object? value = null;
        if (resolved is not null)
        {
            try
            {
                value = group.LeafScalar is { } scalar ? scalar.Serialize(resolved) : ((EnumType)leafType).Serialize(resolved);
            }
            catch (Exception exception)
            {
                return RecordFieldError(exception, group, context?.Path ?? new ResultPath(parentPath, group.ResponseKey));
            }
        }

        return value is null && group.LeafIsNonNull
            ? CheckNonNull(null, group, context?.Path ?? new ResultPath(parentPath, group.ResponseKey))
            : value;
    }

    private static async ValueTask AwaitCompletionAsync(ValueTask<object?> completion, GraphQLType fieldType, ResultMap map, int index) =>
        Store(map, index, fieldType, await completion.ConfigureAwait(false));

    private static void Store(ResultMap map, int index, GraphQLType fieldType, object? value)
    {
        if (ReferenceEquals(value, Failed))
        {
            map.Values[index] = null;
            if (fieldType.IsNonNull)
            {
                map.Failed = true;
            }

            return;
        }

        map.Values[index] = value;
    }
}
