namespace DigitalPost.GraphQL.Language;

/// <summary>Values and type references.</summary>
internal ref partial struct DocumentParser
{
    private ValueNode ParseValue(bool isConst)
    {
        var start = Here;
        switch (Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var text = System.Text.Encoding.ASCII.GetString(_lexer.TokenBytes);
                Advance();
                return new IntValueNode { Value = text, Location = LocationFrom(start) };
            }

            case TokenKind.Float:
            {
                var text = System.Text.Encoding.ASCII.GetString(_lexer.TokenBytes);
                Advance();
                return new FloatValueNode { Value = text, Location = LocationFrom(start) };
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var bytes = _lexer.TokenBytes;
                if (bytes.SequenceEqual("true"u8) || bytes.SequenceEqual("false"u8))
                {
                    var value = bytes.Length == 4;
                    Advance();
                    return new BooleanValueNode { Value = value, Location = LocationFrom(start) };
                }

                if (bytes.SequenceEqual("null"u8))
                {
                    Advance();
                    return new NullValueNode { Location = LocationFrom(start) };
                }

                var name = NameTable.Get(bytes);
                Advance();
                return new EnumValueNode { Value = name, Location = LocationFrom(start) };
            }

            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollar = _lexer;
                    Advance();
                    if (Kind == TokenKind.Name)
                    {
                        throw _lexer.Error(
                            start.Start,
                            $"Unexpected variable \"${System.Text.Encoding.ASCII.GetString(_lexer.TokenBytes)}\" in constant value.");
                    }

                    throw Unexpected(in dollar);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = Here;
        var node = new StringValueNode
        {
            Value = _lexer.StringValue!,
            Block = Kind == TokenKind.BlockString,
            Location = new Location(_lexer.Start, _lexer.End, start.Line, start.Column),
        };
        Advance();
        return node;
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Here;
        EnterNesting();
        Advance();
        var stackStart = _stackCount;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            Push(ParseValue(isConst));
        }

        ExitNesting();
        return new ListValueNode { Values = PopList<ValueNode>(stackStart), Location = LocationFrom(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Here;
        EnterNesting();
        Advance();
        var stackStart = _stackCount;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = Here;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValue(isConst);
            Push(new ObjectFieldNode { Name = name, Value = value, Location = LocationFrom(fieldStart) });
        }

        ExitNesting();
        return new ObjectValueNode { Fields = PopList<ObjectFieldNode>(stackStart), Location = LocationFrom(start) };
    }

    private TypeNode ParseTypeReference()
    {
        var start = Here;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            EnterNesting();
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode { Type = itemType, Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptional(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = LocationFrom(start) };
        }

        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Here;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = LocationFrom(start) };
    }
}
