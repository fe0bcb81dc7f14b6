namespace DigitalPost.GraphQL.Operations;

/// <summary>
/// How an operation's cost is estimated: each field costs the <c>weight</c> of a <c>@cost(weight:)</c>
/// directive on its field definition (else on its return type, else the defaults below), and a list
/// field multiplies the cost of its sub-selection (and its own) by its <c>first</c> or <c>last</c>
/// argument, else by <see cref="DefaultListSize"/>.
/// </summary>
public sealed record CostOptions
{
    /// <summary>The defaults.</summary>
    public static CostOptions Default { get; } = new();

    /// <summary>Name of the directive carrying weights in the schema. Default <c>cost</c>.</summary>
    public string DirectiveName { get; init; } = "cost";

    /// <summary>Cost of a field returning an object, interface or union without a weight. Default 1.</summary>
    public double DefaultCompositeFieldCost { get; init; } = 1;

    /// <summary>Cost of a field returning a scalar or enum without a weight. Default 0.</summary>
    public double DefaultLeafFieldCost { get; init; }

    /// <summary>Names of the arguments giving a list's size. Default <c>first</c> and <c>last</c>.</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last"];

    /// <summary>The assumed size of a list field without a size argument. Default 10.</summary>
    public int DefaultListSize { get; init; } = 10;
}
