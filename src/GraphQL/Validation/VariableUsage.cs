using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation;

/// <summary>A variable used as a value, with what its position expects.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type the position expects, or <c>null</c> when unknown.</param>
/// <param name="HasLocationDefault">Whether the position (argument or input field) has a default value.</param>
/// <param name="ParentType">The expected type of the value around the variable (e.g. the input object of a field), or <c>null</c>.</param>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, GraphQLType? ParentType);
