using System.Text.Json;

namespace DigitalPost.GraphQLGateway.Authentication.Keys;

/// <summary>
/// Fetches an OpenID Connect authority's <c>/.well-known/openid-configuration</c> and its <c>jwks_uri</c>, caches the
/// keys for <see cref="JwtBearerGatewayOptions.MetadataRefreshInterval"/>, and fetches again when a token names an
/// unknown kid (at most once per <see cref="JwtBearerGatewayOptions.UnknownKeyRefreshInterval"/>), which is how a key rotation is picked up.
/// </summary>
public sealed class OidcMetadataClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _authority;
    private readonly JwtBearerGatewayOptions _options;
    private readonly SemaphoreSlim _fetch = new(1, 1);
    private JwtKeySet? _current;
    private DateTimeOffset _fetchedAt;

    public OidcMetadataClient(HttpClient http, JwtBearerGatewayOptions options)
    {
        _http = http;
        _options = options;
        _authority = options.Authority ?? throw new ArgumentException("No authority configured.", nameof(options));
        if (options.RequireHttpsMetadata && _authority.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"Authority '{_authority}' is not https; set RequireHttpsMetadata=false only for a local authority.", nameof(options));
        }
    }

    /// <summary>How many times metadata was fetched (for tests and metrics).</summary>
    public int FetchCount { get; private set; }

    public async ValueTask<JwtKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && _options.Clock.GetUtcNow() - _fetchedAt < _options.MetadataRefreshInterval)
        {
            return current;
        }

        return await FetchAsync(current, force: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fetches again for a kid the cached set lacks, unless the last fetch is too recent.</summary>
    public async ValueTask<JwtKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && _options.Clock.GetUtcNow() - _fetchedAt < _options.UnknownKeyRefreshInterval)
        {
            return current;
        }

        return await FetchAsync(current, force: true, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<JwtKeySet> FetchAsync(JwtKeySet? seen, bool force, CancellationToken cancellationToken)
    {
        await _fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have fetched while this one waited.
            if (!ReferenceEquals(_current, seen) && _current is not null)
            {
                return _current;
            }

            if (!force && _current is not null && _options.Clock.GetUtcNow() - _fetchedAt < _options.MetadataRefreshInterval)
            {
                return _current;
            }

            try
            {
                var discoveryUri = new Uri(_authority.AbsoluteUri.TrimEnd('/') + "/.well-known/openid-configuration");
                using var discovery = JsonDocument.Parse(await _http.GetStringAsync(discoveryUri, cancellationToken).ConfigureAwait(false));
                var issuer = discovery.RootElement.TryGetProperty("issuer", out var i) ? i.GetString() : null;
                var jwksUri = discovery.RootElement.TryGetProperty("jwks_uri", out var j) ? j.GetString() : null;
                if (jwksUri is null || !Uri.TryCreate(jwksUri, UriKind.Absolute, out var jwks))
                {
                    throw new InvalidOperationException($"The discovery document of '{_authority}' has no valid jwks_uri.");
                }

                if (_options.RequireHttpsMetadata && jwks.Scheme != Uri.UriSchemeHttps)
                {
                    throw new InvalidOperationException($"jwks_uri '{jwks}' is not https.");
                }

                var keys = JwksParser.Parse(await _http.GetStringAsync(jwks, cancellationToken).ConfigureAwait(false), allowSymmetric: false);
                _current = new JwtKeySet(keys, issuer);
                FetchCount++;
                _fetchedAt = _options.Clock.GetUtcNow();
                return _current;
            }
            catch (Exception ex) when (_current is not null
                                       && (ex is HttpRequestException or JsonException or FormatException or InvalidOperationException
                                           || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)))
            {
                // An authority outage must not log everyone out: keep the keys we have and retry after the short interval.
                _fetchedAt = _options.Clock.GetUtcNow() - _options.MetadataRefreshInterval + _options.UnknownKeyRefreshInterval;
                return _current;
            }
        }
        finally
        {
            _fetch.Release();
        }
    }

    public void Dispose() => _fetch.Dispose();
}
