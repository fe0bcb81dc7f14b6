using System.Net;
using System.Text;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>GraphQL multipart requests on /graphql: files reach resolvers as Upload values; malformed or oversized requests are refused with nothing left on disk.</summary>
public sealed class GraphQLMultipartRequestReaderTests : IAsyncLifetime
{
    private const string Single = """{"query":"mutation ($f: Upload!) { single(file: $f) }","variables":{"f":null}}""";

    private readonly HttpClient _client = new();
    private UploadTestServer _server = null!;

    public async Task InitializeAsync() => _server = await UploadTestServer.StartAsync(new()
    {
        ["Gateway:Uploads:MaxRequestBytes"] = "8192",
        ["Gateway:Uploads:MaxFileBytes"] = "2048",
        ["Gateway:Uploads:MaxFilesPerRequest"] = "3",
    });

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_file_reaches_the_resolver_as_an_upload_and_is_deleted_after_the_response()
    {
        var content = MultipartContent.Request(Single, """{"0":["variables.f"]}""", ("0", "brev.pdf", Encoding.UTF8.GetBytes("hello")));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("brev.pdf|text/plain|5|hello", (string?)body["data"]!["single"]);
        var path = Assert.Single(_server.SeenPaths);
        Assert.False(File.Exists(path));
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task Files_go_to_list_items_and_nested_fields_and_one_file_may_fill_several_paths()
    {
        const string operations = """{"query":"mutation ($i: ManyInput!) { many(input: $i) }","variables":{"i":{"files":[null,null],"nested":{"file":null}}}}""";
        var content = MultipartContent.Request(operations, """{"a":["variables.i.files.0","variables.i.nested.file"],"b":["variables.i.files.1"]}""",
            ("a", "a.txt", Encoding.UTF8.GetBytes("A")), ("b", "b.txt", Encoding.UTF8.GetBytes("BB")));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["a.txt|text/plain|1|A", "b.txt|text/plain|2|BB", "a.txt|text/plain|1|A"], body["data"]!["many"]!.AsArray().Select(n => (string)n!).ToArray());
    }

    [Theory]
    [InlineData("not json", "the 'map' field is not valid JSON")]
    [InlineData("[]", "the 'map' field must be a JSON object")]
    [InlineData("""{"0":"variables.f"}""", "the 'map' entry '0' must be a non-empty array")]
    [InlineData("""{"0":[]}""", "the 'map' entry '0' must be a non-empty array")]
    [InlineData("""{"0":[1]}""", "the 'map' entry '0' must hold path strings")]
    [InlineData("""{"0":["variables.g"]}""", "the path 'variables.g' in 'map' does not exist")]
    [InlineData("""{"0":["0.variables.f"]}""", "must start with 'variables.'")]
    [InlineData("""{"0":["variables.f.x"]}""", "does not exist")]
    public async Task A_malformed_map_is_400_validation_and_leaves_no_file(string map, string expected)
    {
        var content = MultipartContent.Request(Single, map, ("0", "a.txt", Encoding.UTF8.GetBytes("x")));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("VALIDATION", MultipartContent.Code(body));
        Assert.Contains(expected, MultipartContent.Message(body), StringComparison.Ordinal);
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task A_path_to_a_value_that_is_not_a_null_placeholder_is_refused()
    {
        const string operations = """{"query":"mutation ($f: Upload!) { single(file: $f) }","variables":{"f":"text"}}""";
        var content = MultipartContent.Request(operations, """{"0":["variables.f"]}""", ("0", "a.txt", Encoding.UTF8.GetBytes("x")));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("must point at a null placeholder", MultipartContent.Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_named_in_the_map_but_not_sent_is_400()
    {
        var content = MultipartContent.Request(Single, """{"0":["variables.f"]}""");

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("the file part '0' named in 'map' is missing", MultipartContent.Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parts_the_map_does_not_name_are_ignored_even_when_larger_than_a_file_may_be()
    {
        var content = MultipartContent.Request(Single, """{"0":["variables.f"]}""", ("0", "a.txt", Encoding.UTF8.GetBytes("x")), ("extra", "extra.bin", new byte[4000]));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("a.txt|text/plain|1|x", (string?)body["data"]!["single"]);
        Assert.Single(_server.SeenPaths);
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task Parts_out_of_order_are_400()
    {
        var content = new MultipartFormDataContent("b-" + Guid.NewGuid().ToString("N"));
        content.Add(new StringContent("""{"0":["variables.f"]}"""), "map");
        content.Add(new StringContent(Single), "operations");

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("the first part of a GraphQL multipart request must be the 'operations' field", MultipartContent.Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operations_that_are_not_a_request_object_are_400_and_batches_are_refused()
    {
        var content = MultipartContent.Request("[" + Single + "]", """{"0":["0.variables.f"]}""", ("0", "a.txt", [1]));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("The 'operations' field must be a JSON object", MultipartContent.Message(body), StringComparison.Ordinal);
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task A_file_over_the_file_limit_is_413_limit_exceeded_and_nothing_stays_on_disk()
    {
        var content = MultipartContent.Request(Single, """{"0":["variables.f"]}""", ("0", "big.pdf", new byte[3000]));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("LIMIT_EXCEEDED", MultipartContent.Code(body));
        Assert.Contains("larger than 2048 bytes", MultipartContent.Message(body), StringComparison.Ordinal);
        Assert.Equal(0, _server.FilesOnDisk);
        Assert.Empty(_server.SeenPaths);
    }

    [Fact]
    public async Task A_declared_body_over_the_request_limit_is_refused_before_it_is_read()
    {
        var content = MultipartContent.Request(Single, """{"0":["variables.f"]}""", ("0", "a.pdf", new byte[1500]), ("1", "b.pdf", new byte[1500]),
            ("2", "c.pdf", new byte[1500]), ("3", "d.pdf", new byte[1500]), ("4", "e.pdf", new byte[1500]), ("5", "f.pdf", new byte[1500]));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most 8192 bytes are accepted", MultipartContent.Message(body), StringComparison.Ordinal);
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task A_chunked_body_is_refused_once_it_passes_the_request_limit()
    {
        var content = new MultipartFormDataContent("b-" + Guid.NewGuid().ToString("N"));
        content.Add(new StringContent(Single), "operations");
        content.Add(new StringContent("""{"0":["variables.f"]}"""), "map");
        content.Add(new MultipartContent.UnknownLength(new byte[20_000]), "ignored", "ignored.bin");
        content.Add(MultipartContent.File([1, 2, 3], "application/pdf"), "0", "a.pdf");

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("LIMIT_EXCEEDED", MultipartContent.Code(body));
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task More_files_than_allowed_in_the_map_is_413()
    {
        var content = MultipartContent.Request(Single, """{"0":["variables.f"],"1":["variables.f"],"2":["variables.f"],"3":["variables.f"]}""", ("0", "a.txt", [1]));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("the request names 4 files; at most 3 are accepted", MultipartContent.Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_multipart_request_is_401_before_anything_is_stored()
    {
        var content = MultipartContent.Request(Single, """{"0":["variables.f"]}""", ("0", "a.txt", [1]));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content, subject: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", MultipartContent.Code(body));
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task An_upload_variable_sent_as_plain_json_is_a_variable_error()
    {
        using var content = new StringContent("""{"query":"mutation ($f: Upload!) { single(file: $f) }","variables":{"f":"not a file"}}""", Encoding.UTF8, "application/json");

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("An Upload is a file part of a GraphQL multipart request", MultipartContent.Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_parts_of_a_file_name_are_dropped()
    {
        var content = MultipartContent.Request(Single, """{"0":["variables.f"]}""", ("0", "../../etc/passwd.txt", Encoding.UTF8.GetBytes("x")));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("passwd.txt|", (string?)body["data"]!["single"], StringComparison.Ordinal);
    }
}
