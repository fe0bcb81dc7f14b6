namespace DigitalPost.GraphQL.Execution;

/// <summary>Loads many keys at once; keys missing from the result load as <c>default</c> (null).</summary>
public delegate ValueTask<IReadOnlyDictionary<TKey, TValue>> BatchLoadFunction<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;
