using System.Collections.Concurrent;
using DigitalPost.GraphQLGateway.Authentication.Keys;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>One <see cref="GatewayTokenValidator"/> per scheme, so the OpenID Connect key cache lives as long as the process.</summary>
public sealed class GatewayTokenValidatorProvider : IDisposable
{
    private readonly IOptionsMonitor<JwtBearerGatewayOptions> _options;
    private readonly IHttpClientFactory _httpClients;
    private readonly ConcurrentDictionary<string, Lazy<(GatewayTokenValidator Validator, OidcMetadataClient? Metadata)>> _validators = new(StringComparer.Ordinal);

    public GatewayTokenValidatorProvider(IOptionsMonitor<JwtBearerGatewayOptions> options, IHttpClientFactory httpClients)
    {
        _options = options;
        _httpClients = httpClients;
    }

    public GatewayTokenValidator Get(string scheme = JwtBearerGatewayDefaults.AuthenticationScheme) =>
        _validators.GetOrAdd(scheme, s => new Lazy<(GatewayTokenValidator, OidcMetadataClient?)>(() => Create(s))).Value.Validator;

    /// <summary>The scheme's authority client, or <c>null</c> without an authority.</summary>
    public OidcMetadataClient? Metadata(string scheme = JwtBearerGatewayDefaults.AuthenticationScheme)
    {
        Get(scheme);
        return _validators[scheme].Value.Metadata;
    }

    private (GatewayTokenValidator, OidcMetadataClient?) Create(string scheme)
    {
        var options = _options.Get(scheme);
        var metadata = options.Authority is null
            ? null
            : new OidcMetadataClient(_httpClients.CreateClient(JwtBearerGatewayDefaults.MetadataHttpClient), options);
        return (new GatewayTokenValidator(options, metadata), metadata);
    }

    public void Dispose()
    {
        foreach (var entry in _validators.Values)
        {
            if (entry.IsValueCreated)
            {
                entry.Value.Metadata?.Dispose();
            }
        }
    }
}
