using System.Net.Http.Json;
using System.Text.Json;
using DigitalPost.Testing.Postgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.Silo.Tests;

/// <summary>The silo serves the composed gateway over its real grains and PostgreSQL.</summary>
public sealed class SiloGatewayTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task In_development_a_dev_token_reads_the_viewer_and_metrics_count_the_request()
    {
        await using var app = await StartSiloAsync(database.ConnectionString, "Development");
        using var client = app.GetTestClient();

        using var tokenResponse = await client.PostAsJsonAsync("/auth/dev-token", new { subject = "cpr:0101901234", platform = "app" });
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "{ viewer { kind displayId platform openableMailboxes { own access mailbox { address status folders { folderId } } } } }" }),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var metrics = await client.GetStringAsync("/metrics");

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var viewer = body.GetProperty("data").GetProperty("viewer");
        Assert.Equal("CITIZEN", viewer.GetProperty("kind").GetString());
        Assert.Equal("cpr:010190-****", viewer.GetProperty("displayId").GetString());
        Assert.Equal("DIGITAL_POST_APP", viewer.GetProperty("platform").GetString());
        var own = Assert.Single(viewer.GetProperty("openableMailboxes").EnumerateArray());
        Assert.True(own.GetProperty("own").GetBoolean());
        Assert.Equal("OWNER", own.GetProperty("access").GetString());
        Assert.Equal("cpr:0101901234", own.GetProperty("mailbox").GetProperty("address").GetString());
        Assert.Contains("inbox", own.GetProperty("mailbox").GetProperty("folders").EnumerateArray().Select(f => f.GetProperty("folderId").GetString()));
        Assert.Contains("gateway_requests_total{operation_type=\"query\",outcome=\"ok\"}", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_there_is_no_dev_token_and_no_sdl()
    {
        await using var app = await StartSiloAsync(database.ConnectionString, "Production");
        using var client = app.GetTestClient();

        using var token = await client.PostAsJsonAsync("/auth/dev-token", new { subject = "cpr:0101901234", platform = "app" });
        using var sdl = await client.GetAsync("/graphql?sdl");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, sdl.StatusCode);
    }

    [Fact]
    public async Task The_hosting_diagnostics_category_is_off_by_default_and_start_up_failures_are_still_logged_by_the_host()
    {
        await using var app = await StartSiloAsync(database.ConnectionString, "Production");
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        // Off entirely (not even Critical), so ASP.NET Core creates no Activity and log scope per request for it.
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Critical));
        Assert.True(loggers.CreateLogger("Microsoft.Extensions.Hosting.Internal.Host").IsEnabled(LogLevel.Error));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Warning));
    }

    private static async Task<WebApplication> StartSiloAsync(string connectionString, string environment)
    {
        var builder = SiloApplication.CreateBuilder(["--ConnectionStrings:DigitalPost", connectionString, "--environment", environment]);
        builder.WebHost.UseTestServer();
        var app = SiloApplication.Build(builder);
        await app.StartAsync();
        return app;
    }
}
