using System.Text;
using DigitalPost.GraphQLGateway.MailboxActions.Uploads;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>The multipart map: parsing and placing files at variable paths.</summary>
public sealed class UploadMapTests
{
    [Fact]
    public void A_map_with_several_paths_per_file_parses()
    {
        Assert.Null(UploadMap.Parse(Encoding.UTF8.GetBytes("""{"0":["variables.a","variables.b.0"],"x":["variables.c"]}"""), out var map));

        Assert.Equal(["variables.a", "variables.b.0"], map!["0"]);
        Assert.Equal(["variables.c"], map["x"]);
    }

    [Fact]
    public void A_file_replaces_null_placeholders_in_objects_and_lists()
    {
        var list = new object?[] { null, "kept" };
        var variables = new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["files"] = list } };
        var file = new object();

        Assert.Null(UploadMap.Place(variables, "variables.input.files.0", file));

        Assert.Same(file, list[0]);
        Assert.Equal("kept", list[1]);
    }

    [Theory]
    [InlineData("variables.input.files.2")]
    [InlineData("variables.input.files.-1")]
    [InlineData("variables.input.missing")]
    [InlineData("variables.input.files.0.deeper")]
    public void Paths_outside_the_variables_are_refused(string path)
    {
        var variables = new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["files"] = new object?[] { null, null } } };

        Assert.Contains("does not exist", UploadMap.Place(variables, path, new object()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_does_not_start_at_the_variables_is_refused()
    {
        Assert.Contains("must start with 'variables.'", UploadMap.Place([], "query", new object()), StringComparison.Ordinal);
    }
}
