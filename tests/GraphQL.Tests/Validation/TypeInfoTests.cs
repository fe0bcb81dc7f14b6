using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Validation;

namespace DigitalPost.GraphQL.Tests.Validation;

/// <summary>What <see cref="TypeInfo"/> reports at each node, seen through a rule run in the validator's walk.</summary>
public sealed class TypeInfoTests
{
    [Fact]
    public void Fields_see_their_parent_type_definition_and_output_type()
    {
        var seen = Record("{ dog { owner { pets { name } } } }", (node, info) =>
            node is FieldNode field ? $"{field.Name.Value}: parent={info.ParentType} type={info.Type} def={info.FieldDefinition}" : null);

        Assert.Equal(
            [
                "dog: parent=Query type=Dog def=Query.dog",
                "owner: parent=Dog type=Human def=Dog.owner",
                "pets: parent=Human type=[Pet!] def=Human.pets",
                "name: parent=Pet type=String! def=Pet.name",
            ],
            seen);
    }

    [Fact]
    public void Fragments_and_inline_fragments_set_the_type_from_their_condition()
    {
        var seen = Record("{ pet { ... on Dog { barkVolume } ...C } } fragment C on Cat { meowVolume }", (node, info) => node switch
        {
            InlineFragmentNode => $"inline: type={info.Type} parent={info.ParentType}",
            FragmentDefinitionNode => $"fragment: type={info.Type}",
            FieldNode { Name.Value: "barkVolume" or "meowVolume" } field => $"{field.Name.Value}: parent={info.ParentType}",
            _ => null,
        });

        Assert.Equal(["inline: type=Dog parent=Pet", "barkVolume: parent=Dog", "fragment: type=Cat", "meowVolume: parent=Cat"], seen);
    }

    [Fact]
    public void Values_see_their_expected_input_type_parent_input_type_and_default()
    {
        var seen = Record(
            "{ nested(input: { requiredField: true, nonNullField: false, stringListField: [\"a\"], deep: { intField: 1 } }) arguments { optionalNonNullBooleanArgField(optionalBooleanArg: true) } }",
            (node, info) => node is ValueNode and not ObjectValueNode
                ? $"{Printer.Print(node)}: type={info.InputType} parent={info.ParentInputType?.ToString() ?? "-"} default={info.HasDefaultValue}"
                : null);

        Assert.Equal(
            [
                "true: type=Boolean! parent=NestedInput default=False",
                "false: type=Boolean! parent=NestedInput default=True",
                "[\"a\"]: type=String parent=[String] default=False",
                "\"a\": type=String parent=[String] default=False",
                "1: type=Int parent=NestedInput default=False",
                "true: type=Boolean! parent=- default=True",
            ],
            seen);
    }

    [Fact]
    public void Directive_arguments_take_their_types_from_the_directive()
    {
        var seen = Record("query Q($s: Boolean!) { dog { name @skip(if: $s) } }", (node, info) =>
            node is VariableNode && info.Directive is not null ? $"{info.Directive}: {info.Argument?.Name} {info.InputType}" : null);

        Assert.Equal(["@skip: if Boolean!"], seen);
    }

    [Fact]
    public void Unknown_fields_leave_the_types_unknown_below_them()
    {
        var seen = Record("{ nope { name } }", (node, info) =>
            node is FieldNode field ? $"{field.Name.Value}: parent={info.ParentType?.ToString() ?? "-"} def={info.FieldDefinition?.ToString() ?? "-"}" : null);

        Assert.Equal(["nope: parent=Query def=-", "name: parent=- def=-"], seen);
    }

    private static List<string> Record(string document, Func<SyntaxNode, TypeInfo, string?> describe)
    {
        var seen = new List<string>();
        var validator = new DocumentValidator(new DocumentValidatorOptions { Rules = [new RecordingRule(describe, seen)] });
        validator.Validate(ValidationSchemas.Spec, Parser.Parse(document));
        return seen;
    }

    private sealed class RecordingRule(Func<SyntaxNode, TypeInfo, string?> describe, List<string> seen) : IValidationRule
    {
        public string Name => "Recording";

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, describe, seen);

        private sealed class Visitor(ValidationContext context, Func<SyntaxNode, TypeInfo, string?> describe, List<string> seen) : ValidationVisitor
        {
            public override void Enter(SyntaxNode node)
            {
                if (describe(node, context.TypeInfo) is { } line)
                {
                    seen.Add(line);
                }
            }
        }
    }
}
