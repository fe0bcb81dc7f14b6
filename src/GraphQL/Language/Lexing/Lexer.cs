using System.Buffers;
using System.Globalization;
using System.Text;

namespace DigitalPost.GraphQL.Language;

/// <summary>
/// Splits UTF-8 GraphQL source into tokens, one at a time (the parser holds only the current token).
/// Whitespace, commas, comments and byte-order marks are skipped. Token lines and columns are tracked
/// incrementally; columns are counted in UTF-16 code units like graphql-js, which only needs
/// adjusting on lines with non-ASCII characters (these can only occur in strings, comments and BOMs).
/// </summary>
internal ref struct Lexer
{
    private static readonly SearchValues<byte> StringSpecials = SearchValues.Create("\"\\\n\r"u8);

    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    // Bytes on the current line before _position that do not count as a UTF-16 code unit each.
    private int _lineExtraBytes;

    public Lexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    /// <summary>The current token's kind.</summary>
    public TokenKind Kind;

    /// <summary>The current token's first byte.</summary>
    public int Start;

    /// <summary>The current token's end (exclusive).</summary>
    public int End;

    /// <summary>The current token's 1-based line.</summary>
    public int Line;

    /// <summary>The current token's 1-based UTF-16 column.</summary>
    public int Column;

    /// <summary>The end of the token before the current one (where a node that ends there ends).</summary>
    public int PreviousEnd;

    /// <summary>The value of a String or BlockString token.</summary>
    public string? StringValue;

    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>The current token's bytes.</summary>
    public readonly ReadOnlySpan<byte> TokenBytes => _source[Start..End];

    /// <summary>Moves to the next token.</summary>
    public void Advance()
    {
        PreviousEnd = End;
        StringValue = null;
        var source = _source;
        var position = _position;
        while ((uint)position < (uint)source.Length)
        {
            var c = source[position];
            switch (c)
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    StartLine(position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case 0xEF:
                    if (position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF)
                    {
                        // U+FEFF (byte-order mark) is ignored wherever it appears.
                        position += 3;
                        _lineExtraBytes += 2;
                        continue;
                    }

                    break;
                case (byte)'#':
                    position = SkipComment(position + 1);
                    continue;
                case (byte)'!':
                    Punctuator(TokenKind.Bang, position, 1);
                    return;
                case (byte)'$':
                    Punctuator(TokenKind.Dollar, position, 1);
                    return;
                case (byte)'&':
                    Punctuator(TokenKind.Amp, position, 1);
                    return;
                case (byte)'(':
                    Punctuator(TokenKind.ParenL, position, 1);
                    return;
                case (byte)')':
                    Punctuator(TokenKind.ParenR, position, 1);
                    return;
                case (byte)'.':
                    if (position + 2 < source.Length && source[position + 1] == (byte)'.' && source[position + 2] == (byte)'.')
                    {
                        Punctuator(TokenKind.Spread, position, 3);
                        return;
                    }

                    break;
                case (byte)':':
                    Punctuator(TokenKind.Colon, position, 1);
                    return;
                case (byte)'=':
                    Punctuator(TokenKind.Equals, position, 1);
                    return;
                case (byte)'@':
                    Punctuator(TokenKind.At, position, 1);
                    return;
                case (byte)'[':
                    Punctuator(TokenKind.BracketL, position, 1);
                    return;
                case (byte)']':
                    Punctuator(TokenKind.BracketR, position, 1);
                    return;
                case (byte)'{':
                    Punctuator(TokenKind.BraceL, position, 1);
                    return;
                case (byte)'|':
                    Punctuator(TokenKind.Pipe, position, 1);
                    return;
                case (byte)'}':
                    Punctuator(TokenKind.BraceR, position, 1);
                    return;
                case (byte)'"':
                    BeginToken(position);
                    if (position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;
                default:
                    if (CharacterClasses.IsNameStart(c))
                    {
                        BeginToken(position);
                        ReadName(position);
                        return;
                    }

                    if (CharacterClasses.IsDigit(c) || c == (byte)'-')
                    {
                        BeginToken(position);
                        ReadNumber(position);
                        return;
                    }

                    break;
            }

            throw UnexpectedCharacter(position);
        }

        BeginToken(source.Length);
        Kind = TokenKind.EndOfFile;
        End = source.Length;
        _position = source.Length;
    }

    /// <summary>Creates a syntax error at a byte offset of this source.</summary>
    public readonly GraphQLSyntaxException Error(int position, string description)
    {
        var (line, column) = SourcePosition.GetLineAndColumn(_source, position);
        return new GraphQLSyntaxException(description, position, line, column);
    }

    /// <summary>The current token as error messages describe it, e.g. <c>Name "foo"</c> or <c>"}"</c>.</summary>
    public readonly string DescribeToken() => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Kind.Describe() + " \"" + Encoding.UTF8.GetString(TokenBytes) + "\"",
        TokenKind.String or TokenKind.BlockString => Kind.Describe() + " \"" + StringValue + "\"",
        _ => Kind.Describe(),
    };

    private void StartLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineExtraBytes = 0;
    }

    private void BeginToken(int position)
    {
        Start = position;
        Line = _line;
        Column = position - _lineStart - _lineExtraBytes + 1;
    }

    private void Punctuator(TokenKind kind, int position, int length)
    {
        BeginToken(position);
        Kind = kind;
        End = position + length;
        _position = End;
    }

    private int SkipComment(int position)
    {
        var rest = _source[position..];
        var length = rest.IndexOfAny((byte)'\n', (byte)'\r');
        if (length < 0)
        {
            length = rest.Length;
        }

        var body = rest[..length];
        if (!Ascii.IsValid(body))
        {
            // The comment runs to the end of the line; non-ASCII text in it shifts later columns.
            ValidateUtf8(position, body, "Invalid character: ");
        }

        return position + length;
    }

    /// <summary>Checks UTF-8 and accounts the multi-byte sequences for column tracking.</summary>
    private void ValidateUtf8(int offset, ReadOnlySpan<byte> text, string errorPrefix)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80)
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(text[i..], out var rune, out var consumed) != OperationStatus.Done)
            {
                throw Error(offset + i, errorPrefix + "invalid UTF-8 byte 0x" + text[i].ToString("X2", CultureInfo.InvariantCulture) + ".");
            }

            _lineExtraBytes += consumed - rune.Utf16SequenceLength;
            i += consumed;
        }
    }

    private void ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        while ((uint)position < (uint)source.Length && CharacterClasses.IsNameContinue(source[position]))
        {
            position++;
        }

        Kind = TokenKind.Name;
        End = position;
        _position = position;
    }

    private void ReadNumber(int start)
    {
        var position = start;
        var code = Peek(position);
        var isFloat = false;
        if (code == '-')
        {
            code = Peek(++position);
        }

        if (code == '0')
        {
            code = Peek(++position);
            if (code >= '0' && code <= '9')
            {
                throw Error(position, "Invalid number, unexpected digit after 0: " + DescribeCodePointAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = Peek(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = Peek(++position);
            position = ReadDigits(position, code);
            code = Peek(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = Peek(++position);
            if (code == '+' || code == '-')
            {
                code = Peek(++position);
            }

            position = ReadDigits(position, code);
            code = Peek(position);
        }

        // A number may not run into a dot or a name: "1.2.3", "0x1", "1e" are errors, not two tokens.
        if (code == '.' || (code >= 0 && CharacterClasses.IsNameStart((byte)code)))
        {
            throw Error(position, "Invalid number, expected digit but got: " + DescribeCodePointAt(position) + ".");
        }

        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        End = position;
        _position = position;
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (firstCode < '0' || firstCode > '9')
        {
            throw Error(start, "Invalid number, expected digit but got: " + DescribeCodePointAt(start) + ".");
        }

        var position = start + 1;
        while ((uint)position < (uint)_source.Length && CharacterClasses.IsDigit(_source[position]))
        {
            position++;
        }

        return position;
    }

    private readonly int Peek(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    private void ReadString(int start)
    {
        var source = _source;
        var contentStart = start + 1;
        var special = source[contentStart..].IndexOfAny(StringSpecials);
        if (special >= 0 && source[contentStart + special] == (byte)'"')
        {
            // Common case: no escapes.
            var content = source.Slice(contentStart, special);
            if (Ascii.IsValid(content))
            {
                StringValue = content.IsEmpty ? string.Empty : Encoding.ASCII.GetString(content);
            }
            else
            {
                ValidateUtf8(contentStart, content, "Invalid character within String: ");
                StringValue = Encoding.UTF8.GetString(content);
            }

            Kind = TokenKind.String;
            End = contentStart + special + 1;
            _position = End;
            return;
        }

        ReadStringWithEscapes(start);
    }

    private void ReadStringWithEscapes(int start)
    {
        var source = _source;
        var position = start + 1;
        var chunkStart = position;
        var builder = new CharBuilder(64);
        try
        {
            while (position < source.Length)
            {
                var special = source[position..].IndexOfAny(StringSpecials);
                if (special < 0)
                {
                    position = source.Length;
                    break;
                }

                position += special;
                var c = source[position];
                if (c == (byte)'"')
                {
                    AppendChunk(ref builder, chunkStart, position);
                    StringValue = builder.ToString();
                    Kind = TokenKind.String;
                    End = position + 1;
                    _position = End;
                    return;
                }

                if (c != (byte)'\\')
                {
                    // A line terminator ends the line but not the string.
                    break;
                }

                AppendChunk(ref builder, chunkStart, position);
                position += ReadEscape(ref builder, position);
                chunkStart = position;
            }

            throw Error(position, "Unterminated string.");
        }
        finally
        {
            builder.Dispose();
        }
    }

    private void AppendChunk(ref CharBuilder builder, int start, int end)
    {
        var chunk = _source[start..end];
        if (!Ascii.IsValid(chunk))
        {
            ValidateUtf8(start, chunk, "Invalid character within String: ");
        }

        builder.AppendUtf8(chunk);
    }

    /// <summary>Appends the value of the escape sequence at <paramref name="position"/> and returns its length.</summary>
    private readonly int ReadEscape(ref CharBuilder builder, int position)
    {
        var next = Peek(position + 1);
        switch (next)
        {
            case '"':
                builder.Append('"');
                return 2;
            case '\\':
                builder.Append('\\');
                return 2;
            case '/':
                builder.Append('/');
                return 2;
            case 'b':
                builder.Append('\b');
                return 2;
            case 'f':
                builder.Append('\f');
                return 2;
            case 'n':
                builder.Append('\n');
                return 2;
            case 'r':
                builder.Append('\r');
                return 2;
            case 't':
                builder.Append('\t');
                return 2;
            case 'u':
                return Peek(position + 2) == '{'
                    ? ReadVariableWidthUnicodeEscape(ref builder, position)
                    : ReadFixedWidthUnicodeEscape(ref builder, position);
            default:
                throw Error(position, "Invalid character escape sequence: \"" + SliceText(position, 2) + "\".");
        }
    }

    private readonly int ReadVariableWidthUnicodeEscape(ref CharBuilder builder, int position)
    {
        var point = 0;
        var size = 3;

        // At most \u{ plus eight digits plus }: twelve characters.
        while (size < 12)
        {
            var code = Peek(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                builder.AppendCodePoint(point);
                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + SliceText(position, size) + "\".");
    }

    private readonly int ReadFixedWidthUnicodeEscape(ref CharBuilder builder, int position)
    {
        var code = Read16BitHex(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            builder.AppendCodePoint(code);
            return 6;
        }

        // A surrogate pair may be written as two escapes, as in JSON; a lone surrogate may not.
        if (code >= 0xD800 && code <= 0xDBFF && Peek(position + 6) == '\\' && Peek(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                builder.Append((char)code);
                builder.Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + SliceText(position, 6) + "\".");
    }

    private readonly int Read16BitHex(int position) =>
        (HexValue(Peek(position)) << 12) | (HexValue(Peek(position + 1)) << 8) |
        (HexValue(Peek(position + 2)) << 4) | HexValue(Peek(position + 3));

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    /// <summary>
    /// Up to <paramref name="characters"/> characters of source from <paramref name="position"/>, for
    /// messages (graphql-js slices characters; a multi-byte character is never cut here).
    /// </summary>
    private readonly string SliceText(int position, int characters)
    {
        var end = position;
        for (var i = 0; i < characters && end < _source.Length; i++)
        {
            end++;
            while (end < _source.Length && (_source[end] & 0xC0) == 0x80)
            {
                end++;
            }
        }

        return Encoding.UTF8.GetString(_source[position..end]);
    }

    private void ReadBlockString(int start)
    {
        var source = _source;
        var position = start + 3;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == (byte)'"' && position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"')
            {
                StringValue = BlockStringValue.FromRaw(source[(start + 3)..position]);
                Kind = TokenKind.BlockString;
                End = position + 3;
                _position = End;
                return;
            }

            if (c == (byte)'\\' && position + 3 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"' && source[position + 3] == (byte)'"')
            {
                position += 4;
                continue;
            }

            if (c == (byte)'\n')
            {
                position++;
                StartLine(position);
                continue;
            }

            if (c == (byte)'\r')
            {
                position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                StartLine(position);
                continue;
            }

            if (c < 0x80)
            {
                position++;
                continue;
            }

            if (Rune.DecodeFromUtf8(source[position..], out var rune, out var consumed) != OperationStatus.Done)
            {
                throw Error(position, "Invalid character within String: invalid UTF-8 byte 0x" + c.ToString("X2", CultureInfo.InvariantCulture) + ".");
            }

            _lineExtraBytes += consumed - rune.Utf16SequenceLength;
            position += consumed;
        }

        throw Error(position, "Unterminated string.");
    }

    private readonly GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var c = _source[position];
        if (c == (byte)'\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        if (c >= 0x80 && Rune.DecodeFromUtf8(_source[position..], out _, out _) != OperationStatus.Done)
        {
            return Error(position, "Invalid character: invalid UTF-8 byte 0x" + c.ToString("X2", CultureInfo.InvariantCulture) + ".");
        }

        return Error(position, "Unexpected character: " + DescribeCodePointAt(position) + ".");
    }

    /// <summary>A character for messages: <c>"a"</c>, <c>'"'</c>, <c>U+00E9</c> or <c>&lt;EOF&gt;</c>.</summary>
    private readonly string DescribeCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        var c = _source[position];
        if (c >= 0x20 && c <= 0x7E)
        {
            return c == (byte)'"' ? "'\"'" : "\"" + (char)c + "\"";
        }

        var value = c < 0x80 || Rune.DecodeFromUtf8(_source[position..], out var rune, out _) != OperationStatus.Done
            ? c
            : rune.Value;
        return "U+" + value.ToString("X4", CultureInfo.InvariantCulture);
    }
}
