using DigitalPost.Grains;
using DigitalPost.Grains.AuthorityDirectory;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Registry;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Development;
using DigitalPost.GraphQLGateway.Hosting;
using DigitalPost.Runtime;

namespace DigitalPost.Silo;

/// <summary>The Digital Post domain on top of the runtime: registry, authority directory, mailbox grains and notifications; and the GraphQL gateway over them.</summary>
internal static class DigitalPostComposition
{
    /// <summary>The configuration section bound to <see cref="MailboxOptions"/> (attachment limits, file types, exception senders).</summary>
    public const string MailboxSectionName = "Mailbox";

    public static void AddDigitalPost(IServiceCollection services, IConfiguration configuration)
    {
        // The generated grain references and invokers of src/Grains register when its assembly is named here.
        services.AddOptions<GrainRuntimeOptions>().Configure(options => options.AddGrainAssembly(typeof(MailboxGrainBase).Assembly));
        services.AddPopulationRegistry();
        services.AddAuthorityDirectory();
        services.AddDigitalPostGrains();
        services.AddOptions<MailboxOptions>().Bind(configuration.GetSection(MailboxSectionName));
        services.AddOptions<DeliveryWriterOptions>().Bind(configuration.GetSection(MailboxSectionName + ":DeliveryWriter"));
        services.AddDigitalPostNotifications(configuration);
        DigitalPost.Grains.MassSend.MassSendServiceCollectionExtensions.AddMassSend(services, configuration);
    }

    /// <summary>The GraphQL gateway (docs/gateway.md): authentication, IDE, every part, schema, limits, metrics.</summary>
    public static void AddGateway(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) =>
        services.AddDigitalPostGateway(configuration, environment);

    /// <summary>Maps <c>/graphql</c>, <c>/metrics</c>, the dev-token endpoint (Development) and the parts' endpoints.</summary>
    public static void MapGateway(WebApplication app) => app.MapDigitalPostGateway();

    /// <summary>In Development, tells the developer how to get a token once the silo listens.</summary>
    public static void LogDevelopmentSignIn(WebApplication app, ILogger logger)
    {
        if (app.Services.GetService<DevTokenIssuer>() is not { } issuer)
        {
            return;
        }

        var baseUrl = app.Urls.FirstOrDefault(url => url.StartsWith("http://", StringComparison.Ordinal)) ?? app.Urls.FirstOrDefault() ?? SiloOptions.DefaultUrl;
        GatewayAuthenticationLog.DevelopmentSignInHowTo(logger, baseUrl.TrimEnd('/'), issuer.Options.Lifetime);
    }
}
