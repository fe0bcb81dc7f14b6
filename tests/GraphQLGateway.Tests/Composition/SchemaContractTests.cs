using DigitalPost.GraphQL.Utilities;
using DigitalPost.GraphQLGateway.Composition;

namespace DigitalPost.GraphQLGateway.Tests.Composition;

/// <summary>
/// The served schema is the contract: every fragment with every part's bindings, printed as graphql-js prints it, equals
/// the checked-in <c>src/GraphQLGateway/schema.graphql</c>. After an intended change, regenerate the file with
/// <c>UPDATE_SCHEMA_CONTRACT=1 dotnet test tests/GraphQLGateway.Tests --filter SchemaContractTests</c> and review the diff.
/// </summary>
public sealed class SchemaContractTests
{
    public const string UpdateVariable = "UPDATE_SCHEMA_CONTRACT";

    [Fact]
    public void The_served_schema_equals_the_checked_in_contract()
    {
        var served = SchemaPrinter.Print(GatewaySchemaFactory.Build(GatewayParts.Create()));
        var path = ContractPath();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, served);
        }

        var contract = File.ReadAllText(path).ReplaceLineEndings("\n");

        Assert.True(
            contract == served,
            $"The served schema differs from {path} (first difference at line {FirstDifferentLine(contract, served)}). " +
            $"If the change is intended, run `{UpdateVariable}=1 dotnet test tests/GraphQLGateway.Tests --filter SchemaContractTests` and commit the file.");
    }

    [Fact]
    public void Every_fragment_file_is_embedded_and_the_schema_has_all_three_root_types()
    {
        var schema = GatewaySchemaFactory.Build(GatewayParts.Create());

        Assert.NotNull(schema.QueryType);
        Assert.NotNull(schema.MutationType);
        Assert.NotNull(schema.SubscriptionType);
        Assert.Equal(
            Directory.GetFiles(Path.Combine(Path.GetDirectoryName(ContractPath())!, "Schema"), "*.graphql").Length,
            GatewaySchemaSource.LoadFragments().Count);
    }

    internal static string ContractPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "GraphQLGateway", "schema.graphql");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("src/GraphQLGateway/schema.graphql not found above " + AppContext.BaseDirectory);
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }
}
