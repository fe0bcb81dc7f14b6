using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Validation;

/// <summary>Runs every rule's visitor in one walk.</summary>
internal sealed class ValidationWalker : TypedWalker
{
    private readonly ValidationContext _context;
    private readonly IValidationRule[] _rules;
    private readonly ValidationVisitor[] _visitors;

    public ValidationWalker(ValidationContext context, IValidationRule[] rules, ValidationVisitor[] visitors)
        : base(context.TypeInfo)
    {
        _context = context;
        _rules = rules;
        _visitors = visitors;
    }

    protected override bool Enter(SyntaxNode node)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            _context.CurrentRule = _rules[i].Name;
            _visitors[i].Enter(node);
        }

        return true;
    }

    protected override void Leave(SyntaxNode node)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            _context.CurrentRule = _rules[i].Name;
            _visitors[i].Leave(node);
        }
    }
}
