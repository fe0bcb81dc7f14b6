namespace DigitalPost.GraphQL.Language;

/// <summary>Type-system definitions and extensions.</summary>
internal ref partial struct DocumentParser
{
    private SchemaDefinitionNode ParseSchemaDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = ParseOperationTypesAfterBrace();
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Location = LocationFrom(start),
        };
    }

    private OperationTypeDefinitionNode[] ParseOperationTypesAfterBrace()
    {
        var stackStart = _stackCount;
        do
        {
            var start = Here;
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            var type = ParseNamedType();
            Push(new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = LocationFrom(start) });
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<OperationTypeDefinitionNode>(stackStart);
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = types,
            Location = LocationFrom(start),
        };
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = values,
            Location = LocationFrom(start),
        };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("directive"u8);
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        ExpectOptional(TokenKind.Pipe);
        var stackStart = _stackCount;
        do
        {
            var locationName = ParseName();
            if (!DirectiveLocationNames.TryParse(locationName.Value, out _))
            {
                throw _lexer.Error(locationName.Location.Start, $"Unexpected Name \"{locationName.Value}\".");
            }

            Push(locationName);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = PopList<NameNode>(stackStart),
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"u8))
        {
            return [];
        }

        return ParseDelimitedNamedTypes(TokenKind.Amp);
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!ExpectOptional(TokenKind.Equals))
        {
            return [];
        }

        return ParseDelimitedNamedTypes(TokenKind.Pipe);
    }

    /// <summary>One or more named types separated by <paramref name="delimiter"/>, with an optional leading one.</summary>
    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var stackStart = _stackCount;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return PopList<NamedTypeNode>(stackStart);
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var stackStart = _stackCount;
        do
        {
            var start = Here;
            var description = ParseOptionalDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            Push(new FieldDefinitionNode
            {
                Description = description,
                Name = name,
                Arguments = arguments,
                Type = type,
                Directives = directives,
                Location = LocationFrom(start),
            });
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<FieldDefinitionNode>(stackStart);
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var stackStart = _stackCount;
        do
        {
            var start = Here;
            var description = ParseOptionalDescription();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValue(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            Push(new InputValueDefinitionNode
            {
                Description = description,
                Name = name,
                Type = type,
                DefaultValue = defaultValue,
                Directives = directives,
                Location = LocationFrom(start),
            });
        }
        while (!ExpectOptional(close));

        return PopList<InputValueDefinitionNode>(stackStart);
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var stackStart = _stackCount;
        do
        {
            var start = Here;
            var description = ParseOptionalDescription();
            if (IsKeyword("true"u8) || IsKeyword("false"u8) || IsKeyword("null"u8))
            {
                throw _lexer.Error(_lexer.Start, $"{_lexer.DescribeToken()} is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            Push(new EnumValueDefinitionNode
            {
                Description = description,
                Name = name,
                Directives = directives,
                Location = LocationFrom(start),
            });
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<EnumValueDefinitionNode>(stackStart);
    }

    private StringValueNode? ParseOptionalDescription() =>
        Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;

    private TypeSystemExtensionNode ParseTypeSystemExtension(Mark start)
    {
        // "extend" is the current token; the next one says what is extended.
        Advance();
        if (Kind == TokenKind.Name)
        {
            var keyword = _lexer.TokenBytes;
            if (keyword.SequenceEqual("schema"u8))
            {
                return ParseSchemaExtension(start);
            }

            if (keyword.SequenceEqual("scalar"u8))
            {
                Advance();
                var scalarName = ParseName();
                var scalarDirectives = ParseDirectives(isConst: true);
                if (scalarDirectives.Count == 0)
                {
                    throw Unexpected();
                }

                return new ScalarTypeExtensionNode { Name = scalarName, Directives = scalarDirectives, Location = LocationFrom(start) };
            }

            if (keyword.SequenceEqual("type"u8) || keyword.SequenceEqual("interface"u8))
            {
                var isObject = keyword.Length == 4;
                Advance();
                var name = ParseName();
                var interfaces = ParseImplementsInterfaces();
                var directives = ParseDirectives(isConst: true);
                var fields = ParseFieldsDefinition();
                if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
                {
                    throw Unexpected();
                }

                return isObject
                    ? new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = LocationFrom(start) }
                    : new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = LocationFrom(start) };
            }

            if (keyword.SequenceEqual("union"u8))
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                var types = ParseUnionMemberTypes();
                if (directives.Count == 0 && types.Count == 0)
                {
                    throw Unexpected();
                }

                return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = LocationFrom(start) };
            }

            if (keyword.SequenceEqual("enum"u8))
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                var values = ParseEnumValuesDefinition();
                if (directives.Count == 0 && values.Count == 0)
                {
                    throw Unexpected();
                }

                return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = LocationFrom(start) };
            }

            if (keyword.SequenceEqual("input"u8))
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(isConst: true);
                var fields = ParseInputFieldsDefinition();
                if (directives.Count == 0 && fields.Count == 0)
                {
                    throw Unexpected();
                }

                return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = LocationFrom(start) };
            }
        }

        throw Unexpected();
    }

    private SchemaExtensionNode ParseSchemaExtension(Mark start)
    {
        Advance();
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = ExpectOptional(TokenKind.BraceL)
            ? ParseOperationTypesAfterBrace()
            : [];
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = LocationFrom(start) };
    }
}
