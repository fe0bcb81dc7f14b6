using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// Logs simulated users in with the gateway's development token issuer (<c>POST /auth/dev-token</c>, Development
/// environment only) and caches each principal's token for the rest of the run, so logging in is never part of a
/// measured request. A failed login is not cached: the next caller tries again.
/// </summary>
public sealed class DevTokenClient
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly ConcurrentDictionary<GatewayPrincipal, Lazy<Task<string>>> _tokens = new();

    /// <summary>A client logging in at <paramref name="target"/><c>/auth/dev-token</c> through <paramref name="http"/>.</summary>
    public DevTokenClient(HttpClient http, Uri target)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(target);
        _http = http;
        _endpoint = new Uri(target, "/auth/dev-token");
    }

    /// <summary>Tokens fetched so far (the cache size).</summary>
    public int CachedCount => _tokens.Count;

    /// <summary>The token of <paramref name="principal"/>, from the cache or a new login.</summary>
    public async Task<string> GetTokenAsync(GatewayPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var entry = _tokens.GetOrAdd(principal, static (key, self) => new Lazy<Task<string>>(() => self.LoginAsync(key)), this);
        try
        {
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            _tokens.TryRemove(new KeyValuePair<GatewayPrincipal, Lazy<Task<string>>>(principal, entry));
            throw;
        }
    }

    /// <summary>Logs every principal in, at most <paramref name="concurrency"/> at a time.</summary>
    public Task LoginAllAsync(IEnumerable<GatewayPrincipal> principals, int concurrency, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            principals,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = cancellationToken },
            async (principal, token) => await GetTokenAsync(principal, token).ConfigureAwait(false));

    // Not tied to the first caller's cancellation: the token is shared by everyone who asks for it.
    private async Task<string> LoginAsync(GatewayPrincipal principal)
    {
        using var response = await _http.PostAsJsonAsync(_endpoint, new { subject = principal.Subject, platform = principal.Platform }).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new GatewayException($"dev-token-{(int)response.StatusCode}", $"POST {_endpoint} for {principal} answered {(int)response.StatusCode}: {Trim(body)}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String
            ? token.GetString()!
            : throw new GatewayException("dev-token-invalid", $"POST {_endpoint} answered without a token: {Trim(body)}");
    }

    private static string Trim(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
