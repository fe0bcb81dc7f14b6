using DigitalPost.GraphQLGateway.Authentication.Development;
using DigitalPost.GraphQLGateway.Authentication.Keys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>Registers the gateway's bearer scheme (as the default scheme) and, in Development, the development token issuer.</summary>
public static class GatewayAuthenticationServiceCollectionExtensions
{
    public const string JwtBearerSection = "Authentication:JwtBearer";
    public const string DevelopmentSection = "Authentication:Development";

    public static IServiceCollection AddGatewayAuthentication(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment,
        Action<JwtBearerGatewayOptions>? configure = null)
    {
        services.AddHttpClient(JwtBearerGatewayDefaults.MetadataHttpClient, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<GatewayTokenValidatorProvider>();
        services.AddSingleton<GatewayConnectionInitAuthenticator>();

        DevTokenOptions? devOptions = null;
        JwtSigningKey? devKey = null;
        if (environment.IsDevelopment())
        {
            var section = configuration.GetSection(DevelopmentSection);
            var defaults = new DevTokenOptions();
            var devOptionsValue = new DevTokenOptions
            {
                Issuer = section["Issuer"] ?? defaults.Issuer,
                Audience = section["Audience"] ?? defaults.Audience,
                Lifetime = section.GetValue("Lifetime", defaults.Lifetime),
                SigningKey = section["SigningKey"],
                KeyId = section["KeyId"] ?? defaults.KeyId,
            };
            devOptions = devOptionsValue;
            devKey = DevTokenIssuer.CreateKey(devOptionsValue);
            var key = devKey;

            // Tokens are stamped with the same clock the handler validates with.
            services.AddSingleton(sp => new DevTokenIssuer(devOptionsValue, key, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        }

        services.AddAuthentication(JwtBearerGatewayDefaults.AuthenticationScheme)
            .AddScheme<JwtBearerGatewayOptions, JwtBearerGatewayHandler>(JwtBearerGatewayDefaults.AuthenticationScheme, options =>
            {
                Bind(options, configuration.GetSection(JwtBearerSection), environment);
                if (devOptions is not null && devKey is not null)
                {
                    options.SigningKeys.Add(devKey);
                    options.ValidIssuers.Add(devOptions.Issuer);
                    options.ValidAudiences.Add(devOptions.Audience);
                }

                configure?.Invoke(options);
            });
        return services;
    }

    private static void Bind(JwtBearerGatewayOptions options, IConfigurationSection section, IHostEnvironment environment)
    {
        foreach (var issuer in section.GetSection("ValidIssuers").GetChildren().Select(c => c.Value).OfType<string>())
        {
            options.ValidIssuers.Add(issuer);
        }

        foreach (var audience in section.GetSection("ValidAudiences").GetChildren().Select(c => c.Value).OfType<string>())
        {
            options.ValidAudiences.Add(audience);
        }

        if (section["Authority"] is { Length: > 0 } authority)
        {
            options.Authority = new Uri(authority, UriKind.Absolute);
        }

        options.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", options.RequireHttpsMetadata);
        options.ClockSkew = section.GetValue("ClockSkew", options.ClockSkew);
        options.MetadataRefreshInterval = section.GetValue("MetadataRefreshInterval", options.MetadataRefreshInterval);
        options.UnknownKeyRefreshInterval = section.GetValue("UnknownKeyRefreshInterval", options.UnknownKeyRefreshInterval);
        options.MaxTokenLength = section.GetValue("MaxTokenLength", options.MaxTokenLength);
        options.RequireExpiration = section.GetValue("RequireExpiration", options.RequireExpiration);
        options.MaxTokenLifetime = section.GetValue("MaxTokenLifetime", options.MaxTokenLifetime);
        options.ValidatedTokenCacheSize = section.GetValue("ValidatedTokenCacheSize", options.ValidatedTokenCacheSize);
        options.ConnectionMemo = section.GetValue("ConnectionMemo", options.ConnectionMemo);

        foreach (var key in section.GetSection("Keys").GetChildren())
        {
            var pem = key["Pem"] ?? (key["PemFile"] is { } file ? File.ReadAllText(Resolve(file, environment)) : null)
                ?? throw new InvalidOperationException($"{key.Path}: set Pem or PemFile.");
            options.SigningKeys.Add(PemKeyLoader.Load(pem, key["KeyId"]));
        }

        var jwks = section["Jwks"] ?? (section["JwksFile"] is { } jwksFile ? File.ReadAllText(Resolve(jwksFile, environment)) : null);
        if (jwks is not null)
        {
            foreach (var key in JwksParser.Parse(jwks, allowSymmetric: true))
            {
                options.SigningKeys.Add(key);
            }
        }
    }

    private static string Resolve(string path, IHostEnvironment environment) =>
        Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
}
