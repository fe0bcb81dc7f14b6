namespace DigitalPost.GraphQL.Language;

/// <summary>Documents, operations, selections, fragments and directives.</summary>
internal ref partial struct DocumentParser
{
    public DocumentNode ParseDocument()
    {
        Advance();
        var stackStart = _stackCount;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode
        {
            Definitions = PopList<DefinitionNode>(stackStart),
            Location = new Location(0, _lexer.Source.Length, 1, 1),
        };
    }

    public ValueNode ParseValueOnly(bool isConst)
    {
        Advance();
        var value = ParseValue(isConst);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    public TypeNode ParseTypeOnly()
    {
        Advance();
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    private DefinitionNode ParseDefinition()
    {
        if (Kind == TokenKind.BraceL)
        {
            return ParseOperationDefinition(Here, description: null);
        }

        var start = Here;
        StringValueNode? description = null;
        if (Kind is TokenKind.String or TokenKind.BlockString)
        {
            description = ParseStringLiteral();
            if (Kind == TokenKind.BraceL)
            {
                throw _lexer.Error(start.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
            }
        }

        if (Kind == TokenKind.Name)
        {
            var keyword = _lexer.TokenBytes;
            if (keyword.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition(start, description);
            }

            if (keyword.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeDefinition(start, description);
            }

            if (keyword.SequenceEqual("type"u8))
            {
                return ParseObjectTypeDefinition(start, description);
            }

            if (keyword.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeDefinition(start, description);
            }

            if (keyword.SequenceEqual("union"u8))
            {
                return ParseUnionTypeDefinition(start, description);
            }

            if (keyword.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeDefinition(start, description);
            }

            if (keyword.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeDefinition(start, description);
            }

            if (keyword.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition(start, description);
            }

            if (keyword.SequenceEqual("query"u8) || keyword.SequenceEqual("mutation"u8) || keyword.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition(start, description);
            }

            if (keyword.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition(start, description);
            }

            if (description is not null)
            {
                throw _lexer.Error(start.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension(start);
            }
        }

        throw Unexpected();
    }

    private OperationDefinitionNode ParseOperationDefinition(Mark start, StringValueNode? description)
    {
        if (Kind == TokenKind.BraceL)
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = shorthand,
                Location = LocationFrom(start),
            };
        }

        var operation = ParseOperationType();
        var name = Kind == TokenKind.Name ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variables,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private OperationType ParseOperationType()
    {
        if (Kind != TokenKind.Name)
        {
            throw _lexer.Error(_lexer.Start, $"Expected Name, found {_lexer.DescribeToken()}.");
        }

        OperationType operation;
        if (IsKeyword("query"u8))
        {
            operation = OperationType.Query;
        }
        else if (IsKeyword("mutation"u8))
        {
            operation = OperationType.Mutation;
        }
        else if (IsKeyword("subscription"u8))
        {
            operation = OperationType.Subscription;
        }
        else
        {
            throw Unexpected();
        }

        Advance();
        return operation;
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var stackStart = _stackCount;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<VariableDefinitionNode>(stackStart);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Here;
        var description = Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValue(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = Here;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Location = LocationFrom(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Here;
        EnterNesting();
        Expect(TokenKind.BraceL);
        var stackStart = _stackCount;
        do
        {
            Push(Kind == TokenKind.Spread ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        ExitNesting();
        return new SelectionSetNode
        {
            Selections = PopList<SelectionNode>(stackStart),
            Location = LocationFrom(start),
        };
    }

    private FieldNode ParseField()
    {
        var start = Here;
        if (++_fieldCount > _options.MaxFields)
        {
            throw _lexer.Error(_lexer.Start, $"Document contains more than {_options.MaxFields} fields. Parsing aborted.");
        }

        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Kind == TokenKind.BraceL ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var stackStart = _stackCount;
        do
        {
            var start = Here;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValue(isConst);
            Push(new ArgumentNode { Name = name, Value = value, Location = LocationFrom(start) });
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<ArgumentNode>(stackStart);
    }

    private SelectionNode ParseFragment()
    {
        var start = Here;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Kind == TokenKind.Name)
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition(Mark start, StringValueNode? description)
    {
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (IsKeyword("on"u8))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (Kind != TokenKind.At)
        {
            return [];
        }

        var stackStart = _stackCount;
        while (Kind == TokenKind.At)
        {
            var start = Here;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            Push(new DirectiveNode { Name = name, Arguments = arguments, Location = LocationFrom(start) });
        }

        return PopList<DirectiveNode>(stackStart);
    }
}
