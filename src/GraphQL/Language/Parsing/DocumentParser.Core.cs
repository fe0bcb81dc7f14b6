using System.Runtime.CompilerServices;

namespace DigitalPost.GraphQL.Language;

/// <summary>
/// Recursive-descent parser over the <see cref="Lexer"/>, following the grammar of the specification
/// and graphql-js's error wording. This part holds token handling, limits and list building.
/// </summary>
internal ref partial struct DocumentParser
{
    private const int MaxCachedStackLength = 4096;

    [ThreadStatic]
    private static SyntaxNode?[]? _threadCachedStack;

    private readonly ParserOptions _options;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;
    private int _fieldCount;

    // Items of lists being built, shared by nested lists as a stack; each finished list is copied
    // into an exactly sized array, so building a list allocates nothing but its result.
    private SyntaxNode?[] _stack;
    private int _stackCount;

    public DocumentParser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        _options = options;
        _lexer = new Lexer(source);
        _stack = _threadCachedStack ?? new SyntaxNode?[64];
        _threadCachedStack = null;
    }

    /// <summary>Gives the list stack back to the thread for the next parse (unless it grew large).</summary>
    public void Dispose()
    {
        // Finished lists null their slots as they pop; only an aborted parse leaves items behind.
        Array.Clear(_stack, 0, _stackCount);
        if (_stack.Length <= MaxCachedStackLength)
        {
            _threadCachedStack = _stack;
        }

        _stack = [];
        _stackCount = 0;
    }

    private readonly TokenKind Kind => _lexer.Kind;

    private readonly Mark Here => new(_lexer.Start, _lexer.Line, _lexer.Column);

    private readonly Location LocationFrom(Mark start) => new(start.Start, _lexer.PreviousEnd, start.Line, start.Column);

    private void Advance()
    {
        _lexer.Advance();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw _lexer.Error(_lexer.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw _lexer.Error(_lexer.Start, $"Expected {kind.Describe()}, found {_lexer.DescribeToken()}.");
        }

        Advance();
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly bool IsKeyword(ReadOnlySpan<byte> keyword) =>
        _lexer.Kind == TokenKind.Name && _lexer.TokenBytes.SequenceEqual(keyword);

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(keyword))
        {
            throw _lexer.Error(
                _lexer.Start,
                $"Expected \"{System.Text.Encoding.ASCII.GetString(keyword)}\", found {_lexer.DescribeToken()}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxException Unexpected() =>
        _lexer.Error(_lexer.Start, $"Unexpected {_lexer.DescribeToken()}.");

    private static GraphQLSyntaxException Unexpected(in Lexer tokenState) =>
        tokenState.Error(tokenState.Start, $"Unexpected {tokenState.DescribeToken()}.");

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.Error(_lexer.Start, $"Document is nested more than {_options.MaxDepth} levels deep. Parsing aborted.");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw _lexer.Error(_lexer.Start, "Document is nested too deeply for the available stack. Parsing aborted.");
        }
    }

    private void ExitNesting() => _depth--;

    private void Push(SyntaxNode node)
    {
        if (_stackCount == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_stackCount++] = node;
    }

    /// <summary>Pops the items pushed since <paramref name="start"/> into a new array.</summary>
    private T[] PopList<T>(int start)
        where T : SyntaxNode
    {
        var count = _stackCount - start;
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = (T)_stack[start + i]!;
            _stack[start + i] = null;
        }

        _stackCount = start;
        return result;
    }

    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw _lexer.Error(_lexer.Start, $"Expected Name, found {_lexer.DescribeToken()}.");
        }

        var node = new NameNode
        {
            Value = NameTable.Get(_lexer.TokenBytes),
            Location = new Location(_lexer.Start, _lexer.End, _lexer.Line, _lexer.Column),
        };
        Advance();
        return node;
    }

    /// <summary>Where a node starts: its first token's offset, line and column.</summary>
    private readonly record struct Mark(int Start, int Line, int Column);
}
