using System.Runtime.InteropServices;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Postgres.Provisioning;
using DigitalPost.Runtime.Storage.Postgres;
using DigitalPost.Silo.Logging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace DigitalPost.Silo;

/// <summary>
/// Composes the silo: the grain runtime with PostgreSQL storage (a private cluster unless a
/// connection string is configured), the Digital Post domain, the GraphQL gateway (<c>/graphql</c>, <c>/metrics</c>)
/// and the health endpoints.
/// </summary>
public static class SiloApplication
{
    /// <summary>The configuration section bound to <see cref="GrainRuntimeOptions"/>.</summary>
    public const string RuntimeSectionName = "Runtime";

    private static readonly Dictionary<string, string?> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        // Health probes arrive every few seconds; per-request logs would drown everything else.
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        // This category only logs request start/finish (Information) and Debug lines, but while it is enabled at all
        // ASP.NET Core creates an Activity and a logging scope for every request. Off, a cached inbox read measured
        // 0.592 -> 0.667 of the plain endpoint (docs/gateway.md, "Hosting diagnostics"). An ActivityListener (tracing)
        // still gets its Activity; start-up failures are still logged by the host (Microsoft.Extensions.Hosting).
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "None",
    };

    /// <summary>A builder with the silo's services and defaults; tests may add configuration or a test server before <see cref="Build"/>.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Lowest-priority defaults: any configuration source (appsettings, environment, command line) overrides them.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        if (!HasConfiguredUrls(builder.Configuration))
        {
            builder.WebHost.UseUrls(SiloOptions.DefaultUrl);
        }

        builder.Services.AddOptions<SiloOptions>().Bind(builder.Configuration.GetSection(SiloOptions.SectionName));
        if (builder.Configuration.GetSection(SiloOptions.SectionName).GetValue(nameof(SiloOptions.BatchedConsoleLog), true))
        {
            UseBatchingConsoleLogger(builder.Services);
        }

        builder.Services.AddOptions<HostOptions>()
            .Configure<IOptions<SiloOptions>>((host, silo) => host.ShutdownTimeout = silo.Value.ShutdownTimeout);
        builder.Services.AddGrainRuntime();
        builder.Services.AddOptions<GrainRuntimeOptions>().Bind(builder.Configuration.GetSection(RuntimeSectionName));
        // After AddGrainRuntime: replaces its in-memory storage and reminder table.
        builder.Services.AddPostgresGrainStorage(builder.Configuration);
        DigitalPostComposition.AddDigitalPost(builder.Services, builder.Configuration);
        DigitalPostComposition.AddGateway(builder.Services, builder.Configuration, builder.Environment);
        return builder;
    }

    /// <summary>Builds the application and maps its endpoints.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            // Liveness is "the process answers": no dependency may make it fail.
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(PostgresServiceCollectionExtensions.ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });

        DigitalPostComposition.MapGateway(app);

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DigitalPost.Silo");
        var database = app.Services.GetRequiredService<PostgresDatabase>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            SiloLog.Listening(logger, string.Join(", ", app.Urls));
            SiloLog.DataLocation(logger, database.Status.Target);
            DigitalPostComposition.LogDevelopmentSignIn(app, logger);
        });
        app.Lifetime.ApplicationStopping.Register(() => SiloLog.Stopping(logger));
        app.Lifetime.ApplicationStopped.Register(() => SiloLog.Stopped(logger));
        return app;
    }

    /// <summary>Runs the silo until Ctrl+C / SIGTERM; 0 after a clean stop, 1 when it cannot start.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(CreateBuilder(args));
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DigitalPost.Silo");
        var database = app.Services.GetRequiredService<PostgresDatabase>();
        using (var startCancelled = new CancellationTokenSource())
        {
            // The host handles Ctrl+C / SIGTERM only once it runs; until then a signal cancels
            // provisioning instead of killing the process with a half-started PostgreSQL.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, CancelStart);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, CancelStart);
            try
            {
                // Provision before the host starts, so a missing PostgreSQL is one clear message, not a host failure trace.
                await database.StartAsync(startCancelled.Token);
            }
            catch (Exception ex) when (ex is PostgresNotInstalledException or PostgresProvisioningException)
            {
                SiloLog.CannotStart(logger, ex.Message);
                return 1;
            }
            catch (OperationCanceledException) when (startCancelled.IsCancellationRequested)
            {
                // Disposing the application stops whatever was provisioned so far.
                SiloLog.StartCancelled(logger);
                return 1;
            }

            void CancelStart(PosixSignalContext context)
            {
                context.Cancel = true;
                startCancelled.Cancel();
            }
        }

        if (!database.IsReady)
        {
            // The runtime loads its reminders while starting, so it cannot start without storage;
            // exiting lets a supervisor restart the silo once the configured server is back.
            SiloLog.CannotStart(logger, $"Cannot start without storage: {database.Status.Target} is not ready ({database.Status.Error}). Check ConnectionStrings:DigitalPost.");
            return 1;
        }

        await app.RunAsync();
        return 0;
    }

    /// <summary>Replaces the framework's console logger provider (its formatters and options stay) with the batching one.</summary>
    internal static void UseBatchingConsoleLogger(IServiceCollection services)
    {
        var console = services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList();
        if (console.Count == 0)
        {
            return;
        }

        foreach (var descriptor in console)
        {
            services.Remove(descriptor);
        }

        services.AddSingleton<ILoggerProvider, BatchingConsoleLoggerProvider>();
    }

    private static bool HasConfiguredUrls(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey]) ||
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey]) ||
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey]) ||
        configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
