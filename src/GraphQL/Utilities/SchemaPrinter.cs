using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> does: the schema definition
/// only when the root types are not named Query/Mutation/Subscription (or there is a description),
/// custom directives, then types in schema order; built-in scalars, specified directives and
/// introspection types are left out; descriptions as block strings where possible; only
/// <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> among applied directives.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints <paramref name="schema"/>.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !d.IsSpecified).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !t.IsIntrospectionType && !(t is ScalarType && BuiltInScalars.IsSpecified(t.Name)))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>Prints one named type.</summary>
    public static string PrintType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
            ObjectType obj => Description(obj.Description) + "type " + obj.Name + Interfaces(obj) + Fields(obj),
            InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Interfaces(iface) + Fields(iface),
            UnionType union => Description(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
            EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select((v, i) =>
                Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
            InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Block(input.Fields.Select((f, i) =>
                Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
            _ => throw new ArgumentException("Unknown type " + type.Name, nameof(type)),
        };
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.QueryType.Name == "Query" &&
            (schema.MutationType is null || schema.MutationType.Name == "Mutation") &&
            (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var lines = new List<string> { "  query: " + schema.QueryType.Name };
        if (schema.MutationType is not null)
        {
            lines.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            lines.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", lines) + "\n}";
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty) +
        (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.LocationNames);

    private static string Interfaces(FieldContainerType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(FieldContainerType type) =>
        Block(type.Fields.Select((f, i) =>
            Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) =>
            Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && ValueLiterals.FromValue(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null)
        {
            return string.Empty;
        }

        return reason == BuiltInDirectives.DefaultDeprecationReason
            ? " @deprecated"
            : " @deprecated(reason: " + Printer.Print(new StringValueNode { Value = reason }) + ")";
    }

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.Print(new StringValueNode { Value = scalar.SpecifiedByUrl }) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var printed = Printer.Print(new StringValueNode { Value = description, Block = IsPrintableAsBlockString(description) });
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    /// <summary>graphql-js's <c>isPrintableAsBlockString</c>.</summary>
    internal static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\u0000' or '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0005' or '\u0006' or '\u0007' or '\u0008' or '\u000B' or '\u000C':
                case >= '\u000E' and <= '\u001F':
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false;
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }
}
