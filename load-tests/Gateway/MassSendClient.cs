using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// The bulk API for mass sends: <c>POST /api/mass-sends</c> (authority token, <c>Idempotency-Key</c> header,
/// multipart/form-data with a <c>template</c> part holding the MeMo XML and a <c>recipients</c> part in
/// <c>text/csv</c>, one number per line) answered <c>202</c> with the job, and <c>GET /api/mass-sends/{jobId}</c>
/// for its progress. Refusals throw <see cref="GatewayException"/> of kind <c>http-&lt;status&gt;</c> with the body.
/// </summary>
public sealed class MassSendClient
{
    /// <summary>The path of the bulk API.</summary>
    public const string Path = "/api/mass-sends";

    private readonly GatewaySession _session;

    internal MassSendClient(GatewaySession session)
    {
        _session = session;
    }

    /// <summary>Starts a mass send of <paramref name="template"/> to <paramref name="recipients"/> as <paramref name="authority"/>.</summary>
    public async Task<MassSendAccepted> StartAsync(
        GatewayPrincipal authority,
        ReadOnlyMemory<byte> template,
        RecipientListContent recipients,
        string idempotencyKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_session.Target, Path));
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        var templatePart = new ReadOnlyMemoryContent(template);
        templatePart.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" };
        using var form = new MultipartFormDataContent
        {
            { templatePart, "template", "template.xml" },
            { recipients, "recipients", "recipients.csv" },
        };
        request.Content = form;
        await _session.AuthorizeAsync(request, authority.ToString(), cancellationToken).ConfigureAwait(false);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode is not (200 or 201 or 202))
        {
            throw Refused("POST " + Path, response, body);
        }

        using var document = Parse(body, "POST " + Path);
        var root = document.RootElement;
        return new MassSendAccepted(
            Text(root, "jobId") ?? throw new GatewayException("bulk-api-invalid", $"POST {Path} answered without a jobId: {Trim(body)}"),
            Text(root, "status") ?? string.Empty,
            Number(root, "recipients"),
            root.TryGetProperty("duplicate", out var duplicate) && duplicate.ValueKind == JsonValueKind.True);
    }

    /// <summary>The progress of job <paramref name="jobId"/>.</summary>
    public async Task<MassSendStatus> GetStatusAsync(GatewayPrincipal authority, string jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        var path = Path + "/" + Uri.EscapeDataString(jobId);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_session.Target, path));
        await _session.AuthorizeAsync(request, authority.ToString(), cancellationToken).ConfigureAwait(false);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw Refused("GET " + path, response, body);
        }

        using var document = Parse(body, "GET " + path);
        var root = document.RootElement;
        return new MassSendStatus(
            Text(root, "jobId") ?? jobId,
            Text(root, "status") ?? string.Empty,
            Number(root, "recipients"),
            Number(root, "processed"),
            Number(root, "delivered"),
            Number(root, "printed"),
            Number(root, "held"),
            Number(root, "refused"),
            Number(root, "invalid"),
            Time(root, "createdAt"),
            Time(root, "startedAt"),
            Time(root, "completedAt"),
            Time(root, "scheduledFor"));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _session.Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new GatewayException($"http-{exception.HttpRequestError}", $"{request.Method} {request.RequestUri}: {exception.Message}");
        }
    }

    private static GatewayException Refused(string what, HttpResponseMessage response, string body) =>
        new($"http-{(int)response.StatusCode}", $"{what} answered {(int)response.StatusCode}: {Trim(body)}");

    private static JsonDocument Parse(string body, string what)
    {
        try
        {
            var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
            // Reported below with the body.
        }

        throw new GatewayException("bulk-api-invalid", $"{what} answered something that is not a JSON object: {Trim(body)}");
    }

    // Ids may be strings (a UUID) or numbers; either is kept as text.
    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static long Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : 0;

    private static DateTimeOffset? Time(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    private static string Trim(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
