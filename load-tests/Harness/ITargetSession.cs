namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// The system under test as scenarios reach it: its base address, an HTTP client tuned for load, and how a
/// request is authorised. <see cref="AnonymousTargetSession"/> serves endpoints without authentication
/// (health, plain HTTP); the gateway scenarios get a session that logs in with the development token issuer
/// (a CPR, a CVR or an authority) and adds the bearer token in <see cref="AuthorizeAsync"/>.
/// </summary>
public interface ITargetSession : IAsyncDisposable
{
    /// <summary>Base address of the target (one silo or a load balancer in front of a cluster).</summary>
    Uri Target { get; }

    /// <summary>The client every iteration shares (connection pooling is the point).</summary>
    HttpClient Http { get; }

    /// <summary>Adds whatever the target needs to accept <paramref name="request"/> as from <paramref name="principal"/>.</summary>
    ValueTask AuthorizeAsync(HttpRequestMessage request, string? principal, CancellationToken cancellationToken);
}
