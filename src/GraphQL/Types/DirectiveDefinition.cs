using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>A directive definition (built-in or declared in SDL with <c>directive @name ... on ...</c>).</summary>
public sealed class DirectiveDefinition
{
    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations, string? description = null, bool isRepeatable = false)
    {
        Name = name;
        Locations = locations;
        LocationNames = locations.Select(l => l.ToName()).ToArray();
        Description = description;
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name (without <c>@</c>).</summary>
    public string Name { get; }

    /// <summary>The description, or <c>null</c>.</summary>
    public string? Description { get; }

    /// <summary>The locations where the directive may be used.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The location names as introspection and the SDL printer show them, in <see cref="Locations"/> order.</summary>
    public IReadOnlyList<string> LocationNames { get; }

    /// <summary>Whether the directive may be applied more than once at a location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    /// <summary>Whether this is a directive defined by the specification.</summary>
    public bool IsSpecified => Name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    /// <summary>The SDL definition, or <c>null</c> for a built-in directive.</summary>
    public DirectiveDefinitionNode? Definition { get; internal set; }

    /// <summary>The argument called <paramref name="name"/>, or <c>null</c>.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;
}
