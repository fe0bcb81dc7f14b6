using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Messages.Content;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Messages.Files;

/// <summary>
/// Issues the download links of <c>File.downloadUrl</c> and <c>Action.calendarUrl</c>: each bound to the viewer's token
/// subject and platform, the mailbox, the message and the file or action, and working for
/// <see cref="MessagesGatewayOptions.LinkLifetime"/>. A singleton.
/// </summary>
public sealed class MessageLinks
{
    private readonly MessageLinkProtector _protector;
    private readonly MessagesGatewayOptions _options;
    private readonly TimeProvider _time;

    public MessageLinks(MessageLinkProtector protector, IOptions<MessagesGatewayOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _protector = protector;
        _options = options.Value;
        _time = time;
    }

    /// <summary>The protector (the endpoints read links with it).</summary>
    public MessageLinkProtector Protector => _protector;

    /// <summary><c>File.downloadUrl</c>.</summary>
    public string FileUrl(ResolverContext context, FileView file)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(file);
        return Url(context, _options.FilesPath, Issue(context.Viewer(), MessageLinkKind.File, file.Mailbox, file.MessageUuid, file.Index));
    }

    /// <summary><c>Action.calendarUrl</c>: null unless the action is an AFTALE with a reservation.</summary>
    public string? CalendarUrl(ResolverContext context, ActionView action)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        return action.HasCalendar
            ? Url(context, _options.CalendarPath, Issue(context.Viewer(), MessageLinkKind.Calendar, action.Mailbox, action.MessageUuid, action.Index))
            : null;
    }

    /// <summary>The token of a link for <paramref name="viewer"/>.</summary>
    public string Issue(GatewayViewer viewer, MessageLinkKind kind, Grains.Interfaces.Identity.MailboxId mailbox, Guid messageUuid, int index)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var expires = _time.GetUtcNow() + _options.LinkLifetime;
        return _protector.Protect(new MessageLink(kind, viewer.Subject.Value, viewer.Platform.Domain, mailbox, messageUuid, index, expires));
    }

    // Absolute when the request is known (the platforms' front-ends live on other origins), else the path alone.
    private static string Url(ResolverContext context, string path, string token)
    {
        var request = context.GetHttpContext()?.Request;
        return request is null || !request.Host.HasValue
            ? $"{path}/{token}"
            : $"{request.Scheme}://{request.Host.Value}{request.PathBase.Value}{path}/{token}";
    }
}
