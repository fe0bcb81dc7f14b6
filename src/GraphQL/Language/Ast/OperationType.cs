namespace DigitalPost.GraphQL.Language;

/// <summary>The type of an operation.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch (<c>query</c>).</summary>
    Query,

    /// <summary>A write followed by a fetch (<c>mutation</c>).</summary>
    Mutation,

    /// <summary>A long-lived request that receives a stream of results (<c>subscription</c>).</summary>
    Subscription,
}
