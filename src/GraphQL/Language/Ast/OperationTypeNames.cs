namespace DigitalPost.GraphQL.Language;

/// <summary>Converts between <see cref="OperationType"/> and its keyword.</summary>
public static class OperationTypeNames
{
    /// <summary>The keyword of <paramref name="operation"/>: <c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
