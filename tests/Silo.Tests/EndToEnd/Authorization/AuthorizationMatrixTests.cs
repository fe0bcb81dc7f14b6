using System.Text;
using System.Text.Json.Nodes;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>
/// Every role × every operation of the served schema (issue 5: "a test walks a matrix of every role × every operation").
/// Rows are in <see cref="MatrixOperations"/>; the operations are read from the served schema by introspection, so a new
/// root field or owner-only Mailbox field without a row fails here.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class AuthorizationMatrixTests(EndToEndFixture fixture)
{
    public static TheoryData<string> Rows => [.. MatrixOperations.All.Select(operation => operation.Key)];

    [Fact]
    public async Task Every_operation_of_the_served_schema_has_a_matrix_row()
    {
        var schema = await fixture.PostAsAsync(fixture.World.Owner.Subject, "borger.dk", """
            {
              __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } }
              mailbox: __type(name: "Mailbox") { fields { name } }
            }
            """);
        var data = schema.RequireData();
        var served = new List<string>();
        foreach (var (root, member) in new[] { ("Query", "queryType"), ("Mutation", "mutationType"), ("Subscription", "subscriptionType") })
        {
            served.AddRange(Names(data["__schema"]![member]).Select(name => root + "." + name));
        }

        var mailboxFields = Names(data["mailbox"]).ToList();
        var unclassified = mailboxFields.Where(f => !MatrixOperations.OwnerOnlyMailboxFields.Contains(f) && !MatrixOperations.OpenerMailboxFields.Contains(f)).ToList();
        served.AddRange(mailboxFields.Where(MatrixOperations.OwnerOnlyMailboxFields.Contains).Select(name => "Mailbox." + name));

        var covered = MatrixOperations.All.Select(operation => operation.Coordinate).ToHashSet(StringComparer.Ordinal);
        var missing = served.Where(coordinate => !covered.Contains(coordinate)).ToList();
        var stale = covered.Where(coordinate => !served.Contains(coordinate)).ToList();

        Assert.True(missing.Count == 0, "Operations without a matrix row: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Matrix rows for operations the schema no longer has: " + string.Join(", ", stale));
        Assert.True(unclassified.Count == 0, "Mailbox fields neither owner-only nor open to whoever can open the mailbox: " + string.Join(", ", unclassified));
        Assert.All(MatrixOperations.All, operation => Assert.Equal(Enum.GetValues<MatrixRole>().Length, operation.Expected.Count));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Every_role_gets_the_expected_answer(string row)
    {
        var operation = MatrixOperations.Get(row);
        var runner = new MatrixRunner(await MatrixWorld.ForAsync(fixture));
        var wrong = new StringBuilder();
        foreach (var role in Enum.GetValues<MatrixRole>())
        {
            var expected = operation.Expected[role];
            var (actual, response) = await runner.RunAsync(operation, role);
            if (actual != expected)
            {
                wrong.AppendLine($"{role}: expected {expected}, got {actual}: {Shorten(response)}");
            }
        }

        Assert.True(wrong.Length == 0, $"{row}:{Environment.NewLine}{wrong}");
    }

    private static IEnumerable<string> Names(JsonNode? type) =>
        type?["fields"] is JsonArray fields ? fields.Select(field => field!["name"]!.GetValue<string>()) : [];

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
