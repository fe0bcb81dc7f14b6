using DigitalPost.GraphQL.Language;

namespace DigitalPost.GraphQL.Types;

/// <summary>One problem found while building a schema.</summary>
/// <param name="Message">What is wrong, naming the type, field or directive.</param>
/// <param name="Locations">Where in the SDL (may be empty).</param>
public sealed record SchemaError(string Message, IReadOnlyList<Location> Locations)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var known = Locations.Where(l => l.IsKnown).ToArray();
        return known.Length == 0
            ? Message
            : Message + " (" + string.Join(", ", known.Select(l => $"line {l.Line}, column {l.Column}")) + ")";
    }
}
