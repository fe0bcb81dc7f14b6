using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Types;

/// <summary>
/// Names the object type of a value returned for an interface or union field. Return <c>null</c>
/// to fall back to the default resolution (see <see cref="SchemaBuilder.BindResolveType"/>).
/// </summary>
/// <param name="value">The non-null runtime value.</param>
/// <param name="context">The context of the field that returned it.</param>
public delegate string? TypeResolver(object value, ResolverContext context);
