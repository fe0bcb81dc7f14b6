using System.Buffers;
using System.Text;

namespace DigitalPost.GraphQL.Language;

/// <summary>
/// Parses GraphQL source (UTF-8 bytes, or a string transcoded to UTF-8) into the syntax tree.
/// Errors are <see cref="GraphQLSyntaxException"/>s with graphql-js's wording, line and column;
/// <see cref="ParserOptions"/> bounds tokens, nesting and fields.
/// </summary>
public static class Parser
{
    /// <summary>Parses a document (executable and/or type-system definitions) from UTF-8 source.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null)
    {
        var parser = new DocumentParser(utf8Source, options ?? ParserOptions.Default);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser.Dispose();
        }
    }

    /// <summary>Parses a document from UTF-8 source.</summary>
    public static DocumentNode Parse(ReadOnlyMemory<byte> utf8Source, ParserOptions? options = null) =>
        Parse(utf8Source.Span, options);

    /// <summary>
    /// Parses a document from a string (transcoded to UTF-8 first; node offsets are then offsets in
    /// that UTF-8 form, while lines and columns are the same as in the string).
    /// </summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var rented = RentUtf8(source, out var length);
        try
        {
            return Parse(rented.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses a single value literal, which may contain variables (e.g. <c>{a: [1, $b]}</c>).</summary>
    public static ValueNode ParseValue(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null) =>
        ParseValueCore(utf8Source, options, isConst: false);

    /// <summary>Parses a single value literal, which may contain variables.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var rented = RentUtf8(source, out var length);
        try
        {
            return ParseValueCore(rented.AsSpan(0, length), options, isConst: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses a single constant value literal (variables are a syntax error).</summary>
    public static ValueNode ParseConstValue(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null) =>
        ParseValueCore(utf8Source, options, isConst: true);

    /// <summary>Parses a single constant value literal (variables are a syntax error).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var rented = RentUtf8(source, out var length);
        try
        {
            return ParseValueCore(rented.AsSpan(0, length), options, isConst: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null)
    {
        var parser = new DocumentParser(utf8Source, options ?? ParserOptions.Default);
        try
        {
            return parser.ParseTypeOnly();
        }
        finally
        {
            parser.Dispose();
        }
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var rented = RentUtf8(source, out var length);
        try
        {
            return ParseType(rented.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static ValueNode ParseValueCore(ReadOnlySpan<byte> utf8Source, ParserOptions? options, bool isConst)
    {
        var parser = new DocumentParser(utf8Source, options ?? ParserOptions.Default);
        try
        {
            return parser.ParseValueOnly(isConst);
        }
        finally
        {
            parser.Dispose();
        }
    }

    private static byte[] RentUtf8(string source, out int length)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(source.Length)));
        length = Encoding.UTF8.GetBytes(source, rented);
        return rented;
    }
}
