using System.Globalization;
using System.Text;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>
/// The bulk API for authorities (see docs/mass-send.md): <c>POST /api/mass-sends</c> (multipart
/// upload, streamed into the job), <c>GET /api/mass-sends/{jobId}</c>, <c>POST …/recall</c> and
/// <c>GET …/receipts.csv</c>. Callers authenticate with the gateway's bearer token; only an
/// authority subject may use it (others, the agency included, get 403; no token 401), and only the
/// owning authority sees a job (another authority gets 404, as for an unknown job). <c>{jobId}</c> is
/// the job's UUID as the POST answered it (GraphQL's <c>MassSendJob.jobId</c>; its <c>MassSendJob.id</c>
/// is the global id of the same job, which this API does not take: one spelling per resource).
/// </summary>
public static class MassSendApi
{
    /// <summary>The path prefix.</summary>
    public const string BasePath = "/api/mass-sends";

    /// <summary>The request header naming the idempotency key.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the bulk API's endpoints.</summary>
    public static IEndpointRouteBuilder MapMassSendApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Authorisation is the handlers' own (authority subjects only), so the endpoints need no policy.
        endpoints.MapPost(BasePath, SubmitAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapGet(BasePath + "/{jobId}", GetAsync).AllowAnonymous();
        endpoints.MapPost(BasePath + "/{jobId}/recall", RecallAsync).AllowAnonymous();
        endpoints.MapGet(BasePath + "/{jobId}/receipts.csv", ReceiptsAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task SubmitAsync(HttpContext http)
    {
        if (await AuthorityAsync(http).ConfigureAwait(false) is not { } authority)
        {
            return;
        }

        var limits = http.RequestServices.GetRequiredService<IOptions<MassSendLimits>>().Value;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxBodyBytes;
        }

        var key = http.Request.Headers[IdempotencyKeyHeader].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            await ErrorAsync(http, StatusCodes.Status400BadRequest, new MassSendErrorResponse($"The {IdempotencyKeyHeader} header is required.")).ConfigureAwait(false);
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) ||
            HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            await ErrorAsync(http, StatusCodes.Status415UnsupportedMediaType,
                new MassSendErrorResponse("The body must be multipart/form-data with a 'template' and a 'recipients' part, or a 'messages' part.")).ConfigureAwait(false);
            return;
        }

        try
        {
            var result = await ReadAndSubmitAsync(http, authority, key, boundary, limits).ConfigureAwait(false);
            if (result is null)
            {
                return;
            }

            http.Response.StatusCode = StatusCodes.Status202Accepted;
            http.Response.Headers.Location = $"{BasePath}/{result.JobId}";
            await http.Response.WriteAsJsonAsync(new MassSendAcceptedResponse(result.JobId, result.Status.ToString(), result.Recipients, result.Duplicate), s_json, http.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (MassSendInputException ex)
        {
            await ErrorAsync(http, StatusCodes.Status400BadRequest, new MassSendErrorResponse(ex.Message, ex.Part, ex.LineNumber)).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await ErrorAsync(http, StatusCodes.Status413PayloadTooLarge,
                new MassSendErrorResponse($"The body is larger than {limits.MaxBodyBytes} bytes (MassSend:Limits:MaxBodyBytes).")).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            await ErrorAsync(http, StatusCodes.Status400BadRequest, new MassSendErrorResponse("The multipart body is malformed: " + ex.Message)).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the parts in order; the template (if any) must come before the recipient list it applies to.</summary>
    private static async Task<MassSendSubmitResult?> ReadAndSubmitAsync(HttpContext http, AuthorityId authority, string key, string boundary, MassSendLimits limits)
    {
        var service = http.RequestServices.GetRequiredService<IMassSendService>();
        var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = null };
        byte[]? template = null;
        while (await reader.ReadNextSectionAsync(http.RequestAborted).ConfigureAwait(false) is { } section)
        {
            var name = section.AsFormDataSection()?.Name ?? ContentDispositionName(section);
            switch (name)
            {
                case MassSendLineReader.TemplatePart:
                    template = await ReadTemplateAsync(section.Body, limits, http.RequestAborted).ConfigureAwait(false);
                    break;
                case MassSendLineReader.RecipientsPart:
                    if (template is null)
                    {
                        throw new MassSendInputException(MassSendLineReader.RecipientsPart, 0,
                            "the 'template' part must come before the 'recipients' part (the list is streamed, so the letter must be known first).");
                    }

                    var format = RecipientFormat(section.ContentType);
                    return await service.SubmitAsync(
                        new MassSendSubmission(authority, key, MassSendKind.Template, template),
                        MassSendLineReader.ReadRecipientsAsync(section.Body, format, limits, http.RequestAborted),
                        http.RequestAborted).ConfigureAwait(false);
                case MassSendLineReader.MessagesPart:
                    if (template is not null)
                    {
                        throw new MassSendInputException(MassSendLineReader.MessagesPart, 0, "send either 'template' with 'recipients', or 'messages'; not both.");
                    }

                    return await service.SubmitAsync(
                        new MassSendSubmission(authority, key, MassSendKind.Personalised, ReadOnlyMemory<byte>.Empty),
                        MassSendLineReader.ReadMessagesAsync(section.Body, limits, http.RequestAborted),
                        http.RequestAborted).ConfigureAwait(false);
                default:
                    throw new MassSendInputException("request", 0, $"unknown part '{name}'; expected 'template' and 'recipients', or 'messages'.");
            }
        }

        throw new MassSendInputException("request", 0, template is null
            ? "no 'recipients' or 'messages' part."
            : "the 'template' part needs a 'recipients' part after it.");
    }

    private static string? ContentDispositionName(MultipartSection section) =>
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) ? HeaderUtilities.RemoveQuotes(disposition.Name).Value : null;

    private static MassSendRecipientFormat RecipientFormat(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            return MassSendRecipientFormat.Csv;
        }

        var media = type.MediaType.Value ?? string.Empty;
        if (media.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || media.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return MassSendRecipientFormat.Csv;
        }

        if (media.Equals("application/x-ndjson", StringComparison.OrdinalIgnoreCase) || media.Equals("application/ndjson", StringComparison.OrdinalIgnoreCase) ||
            media.Equals("application/jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return MassSendRecipientFormat.Ndjson;
        }

        throw new MassSendInputException(MassSendLineReader.RecipientsPart, 0, $"content type '{media}' is not supported; use text/csv or application/x-ndjson.");
    }

    private static async Task<byte[]> ReadTemplateAsync(Stream body, MassSendLimits limits, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limits.MaxTemplateBytes)
            {
                throw new MassSendInputException(MassSendLineReader.TemplatePart, 0, $"the template is larger than {limits.MaxTemplateBytes} bytes (MassSend:Limits:MaxTemplateBytes).");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task GetAsync(HttpContext http, string jobId)
    {
        if (await AuthorityAsync(http).ConfigureAwait(false) is not { } authority)
        {
            return;
        }

        var job = Guid.TryParse(jobId, out var id)
            ? await http.RequestServices.GetRequiredService<IMassSendService>().GetAsync(authority, id, http.RequestAborted).ConfigureAwait(false)
            : null;
        if (job is null)
        {
            await NotFoundAsync(http).ConfigureAwait(false);
            return;
        }

        await http.Response.WriteAsJsonAsync(MassSendStatusResponse.From(job), s_json, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task RecallAsync(HttpContext http, string jobId)
    {
        if (await AuthorityAsync(http).ConfigureAwait(false) is not { } authority)
        {
            return;
        }

        if (!Guid.TryParse(jobId, out var id))
        {
            await NotFoundAsync(http).ConfigureAwait(false);
            return;
        }

        var service = http.RequestServices.GetRequiredService<IMassSendService>();
        switch (await service.RecallAsync(authority, id, http.RequestAborted).ConfigureAwait(false))
        {
            case MassSendRecallOutcome.Recalled:
                var job = await service.GetAsync(authority, id, http.RequestAborted).ConfigureAwait(false);
                await http.Response.WriteAsJsonAsync(MassSendStatusResponse.From(job!), s_json, http.RequestAborted).ConfigureAwait(false);
                break;
            case MassSendRecallOutcome.AlreadyStarted:
                await ErrorAsync(http, StatusCodes.Status409Conflict, new MassSendErrorResponse("Delivery of this job has started; it can no longer be recalled.")).ConfigureAwait(false);
                break;
            default:
                await NotFoundAsync(http).ConfigureAwait(false);
                break;
        }
    }

    private static async Task ReceiptsAsync(HttpContext http, string jobId)
    {
        if (await AuthorityAsync(http).ConfigureAwait(false) is not { } authority)
        {
            return;
        }

        var receipts = Guid.TryParse(jobId, out var id)
            ? await http.RequestServices.GetRequiredService<IMassSendService>().ReadReceiptsAsync(authority, id, http.RequestAborted).ConfigureAwait(false)
            : null;
        if (receipts is null)
        {
            await NotFoundAsync(http).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"receipts-{id}.csv\"";
        var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 64 * 1024);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync("recipient,status,reason,detail,createdAt,messageUuid\n").ConfigureAwait(false);
            var line = new StringBuilder();
            await foreach (var r in receipts.WithCancellation(http.RequestAborted).ConfigureAwait(false))
            {
                line.Clear()
                    .Append(r.Recipient).Append(',')
                    .Append(MassSendReceiptNames.Of(r.Status)).Append(',')
                    .Append(Csv(r.Reason)).Append(',')
                    .Append(Csv(r.Detail)).Append(',')
                    .Append(r.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append(',')
                    .Append(r.MessageUuid.ToString("D")).Append('\n');
                await writer.WriteAsync(line, http.RequestAborted).ConfigureAwait(false);
            }
        }
    }

    /// <summary>RFC 4180 quoting when the value needs it.</summary>
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The calling authority; otherwise answers 401 (no valid token) or 403 (not an authority) and returns null.</summary>
    private static async Task<AuthorityId?> AuthorityAsync(HttpContext http)
    {
        switch (http.User.GetSubject())
        {
            // The agency's token acts as the agency (estate access), never as a sender, as in GraphQL.
            case AuthoritySubject authority when !IsAgency(http, authority):
                return authority.Authority;
            case null:
                await http.ChallengeAsync(JwtBearerGatewayDefaults.AuthenticationScheme).ConfigureAwait(false);
                return null;
            default:
                await ErrorAsync(http, StatusCodes.Status403Forbidden, new MassSendErrorResponse("Only authorities may use the bulk API.")).ConfigureAwait(false);
                return null;
        }
    }

    private static bool IsAgency(HttpContext http, AuthoritySubject authority) =>
        string.Equals(authority.Authority.Value, http.RequestServices.GetService<IOptions<GatewayOptions>>()?.Value.AgencyAuthorityId ?? GatewayViewer.DefaultAgencyAuthorityId,
            StringComparison.Ordinal);

    private static Task NotFoundAsync(HttpContext http) =>
        ErrorAsync(http, StatusCodes.Status404NotFound, new MassSendErrorResponse("No such mass send."));

    private static async Task ErrorAsync(HttpContext http, int status, MassSendErrorResponse error)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(error, s_json, http.RequestAborted).ConfigureAwait(false);
    }
}
