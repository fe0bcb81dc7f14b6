using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Types.Scalars;

namespace DigitalPost.GraphQL.Tests.Types.Scalars;

/// <summary>Result and input coercion of the built-in and shipped scalars.</summary>
public sealed class ScalarCoercionTests
{
    private static object Literal(ScalarType scalar, string literal) => scalar.ParseLiteral(Parser.ParseConstValue(literal));

    private static string Refused(Action action) => Assert.Throws<GraphQLException>(action).Message;

    [Fact]
    public void Int_is_32_bit_and_integral()
    {
        var scalar = new IntScalar();
        Assert.Equal(7, scalar.Serialize(7L));
        Assert.Equal(1, scalar.Serialize(true));
        Assert.Equal(3, scalar.Serialize(3.0));
        Assert.Equal("Int cannot represent non-integer value: 1.5", Refused(() => scalar.Serialize(1.5)));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", Refused(() => scalar.Serialize(2147483648L)));
        Assert.Equal(-5, Literal(scalar, "-5"));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 99999999999", Refused(() => Literal(scalar, "99999999999")));
        Assert.Equal("Int cannot represent non-integer value: 1.0", Refused(() => Literal(scalar, "1.0")));
        Assert.Equal("Int cannot represent non-integer value: true", Refused(() => scalar.ParseValue(true)));
    }

    [Fact]
    public void Float_accepts_integers_and_refuses_non_finite_values()
    {
        var scalar = new FloatScalar();
        Assert.Equal(2.0, scalar.Serialize(2));
        Assert.Equal(1.5, Literal(scalar, "1.5"));
        Assert.Equal(4.0, Literal(scalar, "4"));
        Assert.Equal("Float cannot represent non numeric value: NaN", Refused(() => scalar.Serialize(double.NaN)));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", Refused(() => scalar.ParseValue("1")));
    }

    [Fact]
    public void String_Boolean_and_ID_follow_graphql_js()
    {
        Assert.Equal("true", new StringScalar().Serialize(true));
        Assert.Equal("String cannot represent a non string value: 1", Refused(() => new StringScalar().ParseValue(1L)));
        Assert.Equal(true, new BooleanScalar().Serialize(1));
        Assert.Equal("Boolean cannot represent a non boolean value: 0", Refused(() => new BooleanScalar().ParseValue(0L)));
        Assert.Equal("42", new IdScalar().ParseValue(42L));
        Assert.Equal("42", Literal(new IdScalar(), "42"));
        Assert.Equal("ID cannot represent value: 1.5", Refused(() => new IdScalar().ParseValue(1.5)));
        Assert.Equal("ID cannot represent value: true", Refused(() => new IdScalar().Serialize(true)));
    }

    [Fact]
    public void DateTime_is_rfc3339_with_offset()
    {
        var scalar = new DateTimeScalar();
        var value = (DateTimeOffset)scalar.ParseValue("2026-11-21T09:30:00.5+01:00");
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 30, 0, 500, TimeSpan.FromHours(1)), value);
        Assert.Equal("2026-11-21T09:30:00.5+01:00", scalar.Serialize(value));
        Assert.Equal("2026-11-21T08:30:00Z", scalar.Serialize(new DateTimeOffset(2026, 11, 21, 8, 30, 0, TimeSpan.Zero)));
        Assert.StartsWith("DateTime cannot represent an invalid date-time string", Refused(() => scalar.ParseValue("2026-11-21 09:30:00")), StringComparison.Ordinal);
        Assert.StartsWith("DateTime cannot represent an invalid date-time string", Refused(() => scalar.ParseValue("2026-11-21T09:30:00")), StringComparison.Ordinal);
        Assert.StartsWith("DateTime cannot represent an invalid date-time string", Refused(() => scalar.ParseValue("2026-02-30T09:30:00Z")), StringComparison.Ordinal);
        Assert.Equal(DateTimeScalar.Url, scalar.SpecifiedByUrl);
    }

    [Fact]
    public void Date_uuid_long_and_base64_round_trip()
    {
        Assert.Equal(new DateOnly(2026, 11, 21), new DateScalar().ParseValue("2026-11-21"));
        Assert.Equal("2026-11-21", new DateScalar().Serialize(new DateOnly(2026, 11, 21)));
        Assert.StartsWith("Date cannot represent an invalid date string", Refused(() => new DateScalar().ParseValue("21-11-2026")), StringComparison.Ordinal);

        var id = Guid.Parse("123e4567-e89b-12d3-a456-426614174000");
        Assert.Equal(id, new UuidScalar().ParseValue("123e4567-e89b-12d3-a456-426614174000"));
        Assert.Equal("123e4567-e89b-12d3-a456-426614174000", new UuidScalar().Serialize(id));
        Assert.StartsWith("UUID cannot represent an invalid UUID string", Refused(() => new UuidScalar().ParseValue("{123e4567-e89b-12d3-a456-426614174000}")), StringComparison.Ordinal);

        Assert.Equal(9_007_199_254_740_993L, Literal(new LongScalar(), "9007199254740993"));
        Assert.Equal(5L, new LongScalar().ParseValue(5.0));
        Assert.StartsWith("Long cannot represent", Refused(() => Literal(new LongScalar(), "99999999999999999999")), StringComparison.Ordinal);

        Assert.Equal(new byte[] { 1, 2, 3 }, new Base64Scalar().ParseValue("AQID"));
        Assert.Equal("AQID", new Base64Scalar().Serialize(new byte[] { 1, 2, 3 }));
        Assert.Equal("Base64 cannot represent an invalid base64 string.", Refused(() => new Base64Scalar().ParseValue("AQI")));
    }

    [Fact]
    public async Task User_defined_scalars_serialize_and_parse_through_their_functions()
    {
        var money = new DelegateScalarType(
            "Money",
            serialize: v => ((decimal)v).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            parseValue: v => v is string s ? decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : throw new GraphQLException("Money must be a string."),
            parseLiteral: l => l is StringValueNode s ? decimal.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture) : throw new GraphQLException("Money must be a string."),
            specifiedByUrl: "https://example.com/money");
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("scalar Money type Query { double(amount: Money!): Money }")
            .AddScalar(money)
            .BindResolver("Query", "double", ctx => ctx.Argument<decimal>("amount") * 2)
            .Build();
        var executor = new GraphQLExecutor(schema);

        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ double(amount: \"1.25\") }" });
        var refused = await executor.ExecuteAsync(new ExecutionRequest { Query = "query ($a: Money!) { double(amount: $a) }", Variables = new Dictionary<string, object?> { ["a"] = 3L } });

        Assert.Equal("{\"data\":{\"double\":\"2.50\"}}", result.ToJson());
        Assert.Contains("Money must be a string.", refused.ToJson(), StringComparison.Ordinal);
        Assert.Equal("https://example.com/money", ((ScalarType)schema.GetType("Money")!).SpecifiedByUrl);
    }
}
