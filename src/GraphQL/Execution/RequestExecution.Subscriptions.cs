using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Spec 6.3.3.1 CreateSourceEventStream.</summary>
internal sealed partial class RequestExecution
{
    /// <summary>Resolves the source stream of the subscription's single root field; on failure returns the error.</summary>
    public async ValueTask<(IAsyncEnumerable<object?>? Source, GraphQLError? Error)> CreateSourceEventStreamAsync(ObjectType rootType, object? rootValue)
    {
        var plan = GetPlan(rootType, Operation.SelectionSet);
        var group = plan.Groups.FirstOrDefault(g => !g.IsTypeName);
        if (group is null)
        {
            return (null, GraphQLError.WithCode("A subscription must select one top level field.", ErrorCodes.ValidationFailed));
        }

        var path = new ResultPath(null, group.ResponseKey);
        var field = group.Field!;
        if (field.Subscriber is null)
        {
            return (null, GraphQLError.WithCode($"Subscription field \"{field.Name}\" has no source stream.", ErrorCodes.InternalServerError));
        }

        try
        {
            var context = new ResolverContext(this, group, rootValue, GetArguments(group), null);
            var stream = await field.Subscriber(context).ConfigureAwait(false);
            if (stream is null)
            {
                throw new InvalidOperationException($"Subscription field \"{field.Name}\" returned no stream.");
            }

            return (stream, null);
        }
        catch (Exception exception)
        {
            RecordFieldError(exception, group, path);
            return (null, Errors![^1]);
        }
    }
}
