using System.Net;
using System.Text.Json;
using DigitalPost.Runtime.Postgres.Provisioning;
using DigitalPost.Silo.Tests.Support;
using DigitalPost.Testing.Postgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigitalPost.Silo.Tests;

public sealed class SiloHealthEndpointTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Live_is_200_and_ready_is_200_once_migrations_are_applied()
    {
        await using var app = await StartSiloAsync(database.ConnectionString);
        using var client = app.GetTestClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var check = Assert.Single(body.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("postgres", check.GetProperty("name").GetString());
        Assert.True(check.GetProperty("data").GetProperty("migrationsApplied").GetBoolean());
    }

    [Fact]
    public async Task Ready_is_503_with_the_reason_when_storage_becomes_unreachable_while_live_stays_200()
    {
        using var folder = new TempFolder("health");
        var server = await PrivatePostgresServer.StartAsync(
            new PrivatePostgresServerOptions { DataDirectory = folder.Path, Fsync = false },
            NullLogger.Instance,
            CancellationToken.None);
        await server.EnsureDatabaseAsync("digitalpost", CancellationToken.None);
        await using var app = await StartSiloAsync(server.ConnectionStringFor("digitalpost"));
        using var client = app.GetTestClient();
        using (var before = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await server.DisposeAsync();
        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");
        var text = await ready.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("application/json; charset=utf-8", ready.Content.Headers.ContentType?.ToString());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var check = Assert.Single(body.RootElement.GetProperty("checks").EnumerateArray());
        Assert.StartsWith("Storage is unreachable", check.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public void Without_configured_urls_the_silo_listens_on_loopback_port_5000()
    {
        var builder = SiloApplication.CreateBuilder([]);

        Assert.Equal("http://127.0.0.1:5000", builder.WebHost.GetSetting("urls"));
    }

    [Fact]
    public void Configured_urls_win_over_the_default()
    {
        var builder = SiloApplication.CreateBuilder(["--urls", "http://127.0.0.1:6123"]);

        Assert.Equal("http://127.0.0.1:6123", builder.WebHost.GetSetting("urls"));
    }

    private static async Task<WebApplication> StartSiloAsync(string connectionString)
    {
        var builder = SiloApplication.CreateBuilder(["--ConnectionStrings:DigitalPost", connectionString]);
        builder.WebHost.UseTestServer();
        var app = SiloApplication.Build(builder);
        await app.StartAsync();
        return app;
    }
}
