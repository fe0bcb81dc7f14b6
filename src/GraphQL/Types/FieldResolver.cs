using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Types;

/// <summary>
/// Produces a field's value. A synchronous resolver returns a completed <see cref="ValueTask{TResult}"/>
/// (no allocation); an asynchronous one returns a pending one.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolverContext context);
