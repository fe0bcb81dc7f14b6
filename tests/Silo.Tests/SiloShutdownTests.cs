using System.Text.Json;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Postgres.Provisioning;
using DigitalPost.Silo.Tests.Grains;
using DigitalPost.Silo.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DigitalPost.Silo.Tests;

public sealed class SiloShutdownTests
{
    [Fact]
    public async Task Stopping_the_silo_writes_grain_state_on_deactivation_before_its_private_postgres_stops()
    {
        using var folder = new TempFolder("shutdown");
        var builder = SiloApplication.CreateBuilder(["--Postgres:DataDirectory", folder.Path, "--Postgres:Fsync", "false"]);
        builder.WebHost.UseTestServer();
        builder.Services.Configure<GrainRuntimeOptions>(options => options.AddGrainAssembly(typeof(VisitGrain).Assembly));
        await using (var app = SiloApplication.Build(builder))
        {
            await app.StartAsync();
            var grain = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IVisitGrain>("alice");
            await grain.Visit();
            await grain.Visit();

            await app.StopAsync();
        }

        Assert.Empty(ServerProcesses.PostgresOf(folder));
        await using var server = await PrivatePostgresServer.StartAsync(
            new PrivatePostgresServerOptions { DataDirectory = folder.Path, Fsync = false },
            NullLogger.Instance,
            CancellationToken.None);
        await using var connection = new NpgsqlConnection(server.ConnectionStringFor("digitalpost"));
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT data FROM grain_state WHERE grain_type = 'silo-test-visit' AND grain_key = 'alice' AND state_name = 'visits'", connection);
        var data = (byte[])(await read.ExecuteScalarAsync())!;

        Assert.Equal(2, JsonSerializer.Deserialize<VisitState>(data, JsonSerializerOptions.Web)!.Visits);
    }
}
