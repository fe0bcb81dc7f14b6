using System.Net.Mime;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Messages.Content;
using DigitalPost.GraphQLGateway.Platforms;
using DigitalPost.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DigitalPost.GraphQLGateway.Messages.Files;

/// <summary>
/// <c>GET /graphql/files/{token}</c> and <c>GET /graphql/calendar/{token}</c>. The token is the credential (links are
/// opened by browsers without the bearer token), so each request re-authorises: the message is opened through its
/// mailbox grain as the viewer the link was issued to, on the link's platform — a revoked delegate's link, private
/// post on another platform, a deleted grant all stop working at once. Every failure, whatever its cause, is the same
/// bodiless 404, so a link cannot be used to probe which messages exist.
/// </summary>
public static class MessageFileEndpoints
{
    private static readonly FileExtensionContentTypeProvider s_contentTypes = new();

    /// <summary>Maps both endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<MessagesGatewayOptions>>().Value;
        endpoints.MapGet(options.FilesPath.TrimEnd('/') + "/{token}", DownloadFileAsync).AllowAnonymous();
        endpoints.MapGet(options.CalendarPath.TrimEnd('/') + "/{token}", DownloadCalendarAsync).AllowAnonymous();
    }

    private static async Task DownloadFileAsync(HttpContext http, string token)
    {
        var detail = await OpenAsync(http, token, MessageLinkKind.File).ConfigureAwait(false);
        if (detail is null)
        {
            NotFound(http);
            return;
        }

        try
        {
            var (message, index) = detail.Value;
            if (!MessageContentIndex.FileAt(message.Message, index, out var file))
            {
                NotFound(http);
                return;
            }

            WriteHeaders(http, ContentTypeOf(file), file.Filename, file.Content.Length);
            var stream = file.Content.OpenRead();
            await using (stream.ConfigureAwait(false))
            {
                await stream.CopyToAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
            }
        }
        finally
        {
            MessageContentIndex.DisposeContents(detail.Value.Detail.Message);
        }
    }

    private static async Task DownloadCalendarAsync(HttpContext http, string token)
    {
        var detail = await OpenAsync(http, token, MessageLinkKind.Calendar).ConfigureAwait(false);
        if (detail is null)
        {
            NotFound(http);
            return;
        }

        try
        {
            var (message, index) = detail.Value;
            if (!MessageContentIndex.ActionAt(message.Message, index, out var action) || action.ActionCode != MeMoActionCode.Aftale || action.Reservation is null)
            {
                NotFound(http);
                return;
            }

            var time = http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
            var bytes = new MeMoCalendarWriter(time).CreateIcsBytes(action);
            WriteHeaders(http, MeMoCalendarWriter.MediaType + "; charset=utf-8", "aftale.ics", bytes.Length);
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            MessageContentIndex.DisposeContents(detail.Value.Detail.Message);
        }
    }

    /// <summary>Opens the link's message as the link's viewer; null for any failure.</summary>
    private static async Task<(MessageDetail Detail, int Index)?> OpenAsync(HttpContext http, string token, MessageLinkKind kind)
    {
        var services = http.RequestServices;
        var links = services.GetRequiredService<MessageLinks>();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        if (!links.Protector.TryUnprotect(token, time.GetUtcNow(), out var link)
            || link.Kind != kind
            || !GatewaySubject.TryParse(link.Subject, out var subject, out _)
            || !TryPlatform(link.Platform, out var platform))
        {
            return null;
        }

        var viewer = await services.GetRequiredService<GatewayViewerFactory>()
            .CreateAsync(subject, platform, GatewayLanguage.Danish, http.RequestAborted).ConfigureAwait(false);
        var grain = services.GetRequiredService<IGrainFactory>().Mailbox(link.Mailbox);
        try
        {
            var detail = await grain.OpenMessageAsync(viewer.ActorFor(link.Mailbox), link.MessageUuid).ConfigureAwait(false);
            return (detail, link.Index);
        }
        catch (MailboxActionException)
        {
            // Not authorised any more, the message is gone or hidden on this platform: all the same to the caller.
            return null;
        }
    }

    private static bool TryPlatform(Platform domain, out GatewayPlatform platform)
    {
        foreach (var candidate in GatewayPlatform.All)
        {
            if (candidate.Domain == domain)
            {
                platform = candidate;
                return true;
            }
        }

        platform = default;
        return false;
    }

    private static void NotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.Headers.CacheControl = "no-store";
    }

    private static void WriteHeaders(HttpContext http, string contentType, string filename, long length)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = length;
        var disposition = new ContentDispositionHeaderValue(DispositionTypeNames.Attachment);
        disposition.SetHttpFileName(filename);
        response.Headers.ContentDisposition = disposition.ToString();
        // The file is the sender's content served from our origin: never sniffed, never run as a page.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox";
        response.Headers.CacheControl = "private, no-store";
    }

    /// <summary>The file's MeMo encodingFormat when it is a MIME type, else the type its extension names, else octet-stream.</summary>
    public static string ContentTypeOf(MeMoFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (MediaTypeHeaderValue.TryParse(file.EncodingFormat, out var media) && media.MediaType.Value?.Contains('/', StringComparison.Ordinal) == true
            && !media.MediaType.Value.EndsWith('/') && !media.MediaType.Value.StartsWith('/'))
        {
            return media.MediaType.Value;
        }

        return s_contentTypes.TryGetContentType(file.Filename, out var byExtension)
            || s_contentTypes.TryGetContentType("file." + file.EncodingFormat.Trim().TrimStart('.'), out byExtension)
            ? byExtension
            : MediaTypeNames.Application.Octet;
    }
}
