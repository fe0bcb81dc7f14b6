using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Types.Scalars;
using DigitalPost.GraphQL.Utilities;

namespace DigitalPost.GraphQL.Tests.Utilities;

/// <summary>astFromValue: coerced values back to literals (introspection defaultValue, SDL defaults).</summary>
public sealed class ValueLiteralsTests
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-123456.789, "-123456.789")]
    public void Floats_print_as_javascript_numbers(double value, string expected)
    {
        Assert.Equal(expected, Printer.Print(ValueLiterals.FromValue(value, new FloatScalar())!));
    }

    [Fact]
    public void Ids_that_look_like_integers_print_as_int_literals()
    {
        Assert.Equal("12", Printer.Print(ValueLiterals.FromValue("12", new IdScalar())!));
        Assert.Equal("\"012\"", Printer.Print(ValueLiterals.FromValue("012", new IdScalar())!));
    }

    [Fact]
    public void Null_in_a_non_null_position_has_no_literal_and_lists_wrap_single_values()
    {
        Assert.Null(ValueLiterals.FromValue(null, new NonNullType(new IntScalar())));
        Assert.Equal("[1, 2]", Printer.Print(ValueLiterals.FromValue(new object?[] { 1, 2 }, new ListType(new IntScalar()))!));
        Assert.Equal("3", Printer.Print(ValueLiterals.FromValue(3, new ListType(new IntScalar()))!));
    }

    [Fact]
    public void Coercing_a_literal_and_printing_it_back_round_trips()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("enum E { A B } input In { e: E = B, list: [Int] = 1, s: String } type Query { a(i: In = {list: [2], s: \"x\"}): Int }")
            .BindResolver("Query", "a", _ => 1)
            .Build();
        var argument = ((ObjectType)schema.GetType("Query")!).GetField("a")!.Arguments[0];
        Assert.Equal("{e: B, list: [2], s: \"x\"}", Printer.Print(ValueLiterals.FromValue(argument.DefaultValue, argument.Type)!));
    }
}
