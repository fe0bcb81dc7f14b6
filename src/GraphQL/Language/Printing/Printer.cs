using System.Text;

namespace DigitalPost.GraphQL.Language;

/// <summary>
/// Prints a syntax tree back to GraphQL source in graphql-js's <c>print</c> style (two-space
/// indentation, descriptions above what they describe, block strings kept as block strings where
/// that preserves the value). Parsing the output yields the same tree (locations aside).
/// </summary>
public static class Printer
{
    /// <summary>Prints <paramref name="node"/> as GraphQL source.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var builder = new StringBuilder(256);
        Print(node, builder);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="node"/> as GraphQL source to <paramref name="builder"/>.</summary>
    public static void Print(SyntaxNode node, StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(builder);
        new PrintWriter(builder).Write(node);
    }
}
