using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Settings;

namespace DigitalPost.GraphQLGateway.Tests.Settings;

public sealed class InputErrorsTests
{
    [Fact]
    public void The_field_joins_the_errors_extensions_and_keeps_message_and_code()
    {
        var error = new GraphQLException("Invalid input: phoneNumber: nope", "VALIDATION", new Dictionary<string, object?> { ["hint"] = "x" });

        var withField = InputErrors.WithField(error, "phoneNumber");

        Assert.Equal(error.Message, withField.Message);
        Assert.Equal("VALIDATION", withField.Code);
        Assert.Equal("phoneNumber", withField.Extensions![InputErrors.FieldExtension]);
        Assert.Equal("x", withField.Extensions["hint"]);
    }
}
