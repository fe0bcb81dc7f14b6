using System.Net;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>The upload limit is ours, not the server's: a file above Kestrel's default 30 MB body limit goes through when configured to.</summary>
public sealed class LargeUploadTests : IAsyncLifetime
{
    private const long MiB = 1024 * 1024;

    private readonly HttpClient _client = new();
    private UploadTestServer _server = null!;

    public async Task InitializeAsync() => _server = await UploadTestServer.StartAsync(new()
    {
        ["Gateway:Uploads:MaxRequestBytes"] = (41 * MiB).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gateway:Uploads:MaxFileBytes"] = (40 * MiB).ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_file_above_the_servers_default_body_limit_is_accepted_within_the_configured_limit()
    {
        const string operations = """{"query":"mutation ($f: Upload!) { summary(file: $f) }","variables":{"f":null}}""";
        var bytes = new byte[(int)(31 * MiB)];
        bytes[^1] = (byte)'!';
        var content = MultipartContent.Request(operations, """{"0":["variables.f"]}""", ("0", "stor.pdf", bytes));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.GraphQLUri, content);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"stor.pdf|{31 * MiB}|{(int)'!'}", (string?)body["data"]!["summary"]);
        Assert.Equal(0, _server.FilesOnDisk);
    }
}
