using System.Globalization;

namespace DigitalPost.GraphQL.Language;

/// <summary>String literals: quoted with escapes, or block strings when the value survives the round trip.</summary>
internal sealed partial class PrintWriter
{
    private const int BlockStringSingleLineLimit = 70;

    private void WriteQuotedString(string value)
    {
        output.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\b':
                    output.Append("\\b");
                    break;
                case '\f':
                    output.Append("\\f");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                default:
                    // Control characters (C0, DEL and C1) are escaped so the output stays readable.
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a block string in graphql-js's layout, unless no block
    /// string has exactly this value (e.g. it has a carriage return, a leading blank line or
    /// trailing whitespace lines): then returns <c>false</c> and writes nothing.
    /// </summary>
    private bool TryWriteBlockString(string value)
    {
        if (value.Contains('\r', StringComparison.Ordinal))
        {
            return false;
        }

        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = !value.Contains('\n', StringComparison.Ordinal);
        var forceLeadingNewLine = !isSingleLine && LaterLinesAllIndentedOrEmpty(escaped);
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var multipleLines = !isSingleLine || value.Length > BlockStringSingleLineLimit || forceTrailingNewLine ||
            forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && (value[0] == ' ' || value[0] == '\t');

        var leadingNewLine = (multipleLines && !skipLeadingNewLine) || forceLeadingNewLine;
        var trailingNewLine = multipleLines || forceTrailingNewLine;
        var content = (leadingNewLine ? "\n" : string.Empty) + escaped + (trailingNewLine ? "\n" : string.Empty);
        if (BlockStringValue.FromRaw(content) != value)
        {
            return false;
        }

        // Indenting every line keeps the value: a multi-line block starts with a line break, so all
        // content lines gain the same indentation, which BlockStringValue removes again.
        output.Append("\"\"\"");
        foreach (var c in content)
        {
            if (c == '\n')
            {
                NewLine();
            }
            else
            {
                output.Append(c);
            }
        }

        output.Append("\"\"\"");
        return true;
    }

    private static bool LaterLinesAllIndentedOrEmpty(string escaped)
    {
        var index = escaped.IndexOf('\n', StringComparison.Ordinal);
        while (index >= 0)
        {
            var next = index + 1;
            if (next < escaped.Length && escaped[next] != '\n' && escaped[next] != ' ' && escaped[next] != '\t')
            {
                return false;
            }

            index = escaped.IndexOf('\n', next);
        }

        return true;
    }
}
