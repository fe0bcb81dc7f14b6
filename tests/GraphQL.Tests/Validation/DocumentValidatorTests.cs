using System.Text;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Validation;

namespace DigitalPost.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Valid_document_gives_no_errors() =>
        Assert.Empty(DocumentValidator.Default.Validate(ValidationSchemas.Spec, Parser.Parse("{ dog { name owner { name } } }")));

    [Fact]
    public void Every_error_has_the_validation_code_and_a_location()
    {
        var errors = DocumentValidator.Default.Validate(ValidationSchemas.Spec, Parser.Parse("query Q($x: Int) { dog { unknown } }"));
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e =>
        {
            Assert.Equal(ErrorCodes.ValidationFailed, e.Code);
            Assert.NotNull(e.Locations);
        });
    }

    [Fact]
    public void Validation_stops_after_the_error_limit_with_one_more_error()
    {
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 150; i++)
        {
            document.Append(" unknown").Append(i);
        }

        document.Append(" } }");
        var errors = DocumentValidator.Default.Validate(ValidationSchemas.Spec, Parser.Parse(document.ToString()));

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal(ErrorCodes.ValidationFailed, errors[^1].Code);
    }

    [Fact]
    public void The_error_limit_is_configurable()
    {
        var validator = new DocumentValidator(new DocumentValidatorOptions { MaxErrors = 2 });
        var errors = validator.Validate(ValidationSchemas.Spec, Parser.Parse("{ dog { a b c d } }"));
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("Too many validation errors", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_exactly_the_limit_is_not_aborted()
    {
        var validator = new DocumentValidator(new DocumentValidatorOptions { MaxErrors = 2 });
        var errors = validator.Validate(ValidationSchemas.Spec, Parser.Parse("{ dog { a b } }"));
        Assert.Equal(2, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message.StartsWith("Too many", StringComparison.Ordinal));
    }

    [Fact]
    public void Extra_rules_run_in_the_same_walk_with_type_information()
    {
        var validator = new DocumentValidator(new DocumentValidatorOptions { ExtraRules = [new NoDeprecatedFieldsRule()] });
        var failures = validator.ValidateDetailed(ValidationSchemas.StarWars, Parser.Parse("{ hero { name secretBackstory } }"));
        var failure = Assert.Single(failures);
        Assert.Equal("NoDeprecatedFields", failure.RuleName);
        Assert.Equal("Character.secretBackstory is deprecated.", failure.Error.Message);
        Assert.Equal(new ErrorLocation(1, 15), Assert.Single(failure.Error.Locations!));
    }

    [Fact]
    public void The_rule_set_can_be_replaced()
    {
        var validator = new DocumentValidator(new DocumentValidatorOptions { Rules = [] });
        Assert.Empty(validator.Validate(ValidationSchemas.Spec, Parser.Parse("{ nothing }")));
    }

    [Fact]
    public async Task Executor_with_the_validator_refuses_invalid_documents_before_execution()
    {
        var executor = new GraphQLExecutor(ValidationSchemas.Spec, new ExecutionOptions { DocumentValidator = DocumentValidator.Default });
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ dog { meowVolume } }" });
        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Single(result.Errors!).Code);
    }

    private sealed class NoDeprecatedFieldsRule : IValidationRule
    {
        public string Name => "NoDeprecatedFields";

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

        private sealed class Visitor(ValidationContext context) : ValidationVisitor
        {
            public override void Enter(SyntaxNode node)
            {
                if (node is FieldNode field && context.TypeInfo.FieldDefinition is { IsDeprecated: true } definition)
                {
                    context.ReportError($"{context.TypeInfo.ParentType!.Name}.{definition.Name} is deprecated.", field);
                }
            }
        }
    }
}
