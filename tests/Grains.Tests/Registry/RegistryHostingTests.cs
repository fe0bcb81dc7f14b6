using DigitalPost.Grains.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Grains.Registry;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static DigitalPost.Grains.Tests.Registry.RegistryTestData;

namespace DigitalPost.Grains.Tests.Registry;

/// <summary>The registry and the directory as a silo composes them: DI, migrations, hosted services.</summary>
public sealed class RegistryHostingTests(RegistryDatabaseFixture database) : IClassFixture<RegistryDatabaseFixture>
{
    [Fact]
    public async Task A_hosted_registry_delivers_an_applied_event_to_a_registered_handler_and_the_directory_is_seeded_at_start()
    {
        var handler = new SignallingHandler();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddPostgres(database.Configure);
        builder.Services.AddPopulationRegistry(o => o.TimeZone = TimeZoneInfo.Utc);
        builder.Services.AddAuthorityDirectory();
        builder.Services.AddSingleton<IRegistryEventHandler>(handler);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var born = Born("2011201111");

            await host.Services.GetRequiredService<IPopulationRegistry>().ApplyAsync(born);
            var delivered = await handler.Received.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var aalborg = await host.Services.GetRequiredService<IAuthorityDirectory>().GetMunicipalityAsync(851);

            Assert.Equal(born, delivered);
            Assert.Equal("Aalborg Kommune", aalborg!.Name);
            Assert.Contains(host.Services.GetRequiredService<PostgresDatabase>().MigrationSets, s => s.Component == "registry");
            Assert.Contains(host.Services.GetRequiredService<PostgresDatabase>().MigrationSets, s => s.Component == "directory");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private sealed class SignallingHandler : IRegistryEventHandler
    {
        public TaskCompletionSource<RegistryEvent> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "signal";

        public Task HandleAsync(RegistryEvent registryEvent, CancellationToken cancellationToken)
        {
            Received.TrySetResult(registryEvent);
            return Task.CompletedTask;
        }
    }
}
