using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Transport;

/// <summary>Turns a <see cref="GraphQLException"/> thrown by a host hook into a response error.</summary>
internal static class ErrorConversion
{
    public static GraphQLError ToError(GraphQLException exception)
    {
        var error = new GraphQLError(exception.Message);
        if (exception.Code is null && exception.Extensions is null)
        {
            return error;
        }

        var extensions = new Dictionary<string, object?>();
        if (exception.Code is not null)
        {
            extensions["code"] = exception.Code;
        }

        foreach (var (key, value) in exception.Extensions ?? new Dictionary<string, object?>())
        {
            extensions.TryAdd(key, value);
        }

        return error with { Extensions = extensions };
    }
}
