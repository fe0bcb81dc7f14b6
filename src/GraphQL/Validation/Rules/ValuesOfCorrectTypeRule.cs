using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: literals are coercible to their expected input type (scalars
/// and enums through their literal parsing, null only where nullable, lists and objects where the
/// type is one), and a @oneOf input object literal gives exactly one non-null field.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    /// <inheritdoc/>
    public string Name => "ValuesOfCorrectTypeRule";

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // A value reported as a whole (a list or object where neither fits) is not looked into.
        private SyntaxNode? _skipped;

        public override void Enter(SyntaxNode node)
        {
            if (_skipped is not null)
            {
                return;
            }

            var typeInfo = context.TypeInfo;
            switch (node)
            {
                case ListValueNode list when typeInfo.ParentInputType?.Nullable is not ListType:
                    IsValidValue(list);
                    _skipped = list;
                    break;
                case ObjectValueNode value when typeInfo.InputType?.NamedType is not InputObjectType:
                    IsValidValue(value);
                    _skipped = value;
                    break;
                case ObjectValueNode value when typeInfo.InputType!.NamedType is InputObjectType { IsOneOf: true } oneOf:
                    ValidateOneOf(value, oneOf);
                    break;
                case NullValueNode nullValue when typeInfo.InputType is NonNullType nonNull:
                    context.ReportError($"Expected value of type \"{nonNull}\", found {Printer.Print(nullValue)}.", nullValue);
                    break;
                case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                    IsValidValue((ValueNode)node);
                    break;
            }
        }

        public override void Leave(SyntaxNode node)
        {
            if (ReferenceEquals(node, _skipped))
            {
                _skipped = null;
            }
        }

        private void ValidateOneOf(ObjectValueNode value, InputObjectType type)
        {
            var keys = value.Fields.Select(f => f.Name.Value).Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count != 1)
            {
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", value);
                return;
            }

            if (value.Fields.First(f => f.Name.Value == keys[0]).Value is NullValueNode)
            {
                context.ReportError($"Field \"{type.Name}.{keys[0]}\" must be non-null.", value);
            }
        }

        private void IsValidValue(ValueNode node)
        {
            var locationType = context.TypeInfo.InputType;
            if (locationType is null)
            {
                return;
            }

            var type = locationType.NamedType;
            if (!type.IsLeafType)
            {
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                return;
            }

            if (type is EnumType enumType)
            {
                ValidateEnum(node, enumType);
                return;
            }

            try
            {
                _ = ((ScalarType)type).ParseLiteral(node);
            }
            catch (GraphQLException exception)
            {
                // A GraphQL error from the scalar is the client-facing message itself, as in graphql-js.
                context.ReportError(exception.Message, node);
            }
            catch (Exception exception) when (exception is not ValidationAbortedException)
            {
                // Custom scalars may signal an invalid literal with any exception; its message is kept.
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; " + exception.Message, node);
            }
        }

        /// <summary>graphql-js's enum literal errors, with its "Did you mean the enum value …?" hints.</summary>
        private void ValidateEnum(ValueNode node, EnumType type)
        {
            var names = type.Values.Select(v => v.Name);
            if (node is EnumValueNode enumValue)
            {
                if (type.GetValue(enumValue.Value) is null)
                {
                    context.ReportError(
                        $"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum." + Suggestions.DidYouMean(Suggestions.List(enumValue.Value, names), "the enum value"),
                        node);
                }

                return;
            }

            var printed = Printer.Print(node);
            context.ReportError(
                $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + Suggestions.DidYouMean(Suggestions.List(printed, names), "the enum value"),
                node);
        }
    }
}
