using System.Buffers;
using System.CommandLine;
using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Scenarios;

/// <summary>
/// <c>http-get</c>: GETs one path on the target, reading the whole body (bytes are body bytes: HttpClient does not expose the size of headers). A 2xx is OK; anything else fails as
/// <c>http-&lt;status&gt;</c>, transport errors as <c>http-&lt;HttpRequestError&gt;</c>. The engine's proof and the
/// cross-check against wrk.
/// </summary>
public sealed class HttpGetScenario : ILoadScenario
{
    private readonly Option<string> _path = new("--path")
    {
        Description = "Path (and query) to GET on the target",
        DefaultValueFactory = _ => "/health/live",
    };

    /// <inheritdoc />
    public string Name => "http-get";

    /// <inheritdoc />
    public string Description => "GET a path on the target at an injected rate or with constant copies";

    /// <inheritdoc />
    public IReadOnlyList<Option> Options => [_path];

    /// <inheritdoc />
    public Task<ITargetSession> OpenSessionAsync(ScenarioSettings settings, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Task.FromResult<ITargetSession>(new AnonymousTargetSession(settings.Target, settings.MaxConnections, settings.RequestTimeout));
    }

    /// <inheritdoc />
    public IReadOnlyList<Scenario> Build(ScenarioSettings settings, ParseResult parseResult, ITargetSession session)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(parseResult);
        return
        [
            Create(Name, parseResult.GetValue(_path) ?? "/", session)
                .WithLoadSimulations([.. settings.Simulations])
                .WithThresholds([.. settings.Thresholds])
                .WithMaxIterations(settings.MaxIterations),
        ];
    }

    /// <summary>The scenario itself: one step <c>get</c> per iteration.</summary>
    public static Scenario Create(string name, string path, ITargetSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var uri = new Uri(session.Target, path);
        return Scenario.Create(name, context => Step.Run("get", context, () => GetAsync(session, uri, context.CancellationToken)));
    }

    private static async Task<Response> GetAsync(ITargetSession session, Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        await session.AuthorizeAsync(request, null, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response;
        try
        {
            response = await session.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            return Response.Fail($"http-{exception.HttpRequestError}", exception.Message);
        }

        using (response)
        {
            var bytes = await DrainAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? Response.Ok(status, bytes)
                : Response.Fail($"http-{status}", response.ReasonPhrase, status, bytes);
        }
    }

    private static async Task<long> DrainAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                long total = 0;
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }

                return total;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
