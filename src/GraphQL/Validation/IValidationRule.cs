namespace DigitalPost.GraphQL.Validation;

/// <summary>
/// A validation rule (specification section 5). For each validation the rule creates a visitor that
/// sees every node of the document in one shared walk, with the walk's <see cref="TypeInfo"/>
/// available through the <see cref="ValidationContext"/>.
/// </summary>
public interface IValidationRule
{
    /// <summary>The rule's name, as graphql-js names the rule that checks the same thing (e.g. <c>ScalarLeafsRule</c>).</summary>
    string Name { get; }

    /// <summary>Creates the visitor that checks one document.</summary>
    ValidationVisitor CreateVisitor(ValidationContext context);
}
