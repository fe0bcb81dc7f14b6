using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// <see cref="INotificationOutbox"/> on PostgreSQL. Enqueueing commits the notification and one
/// row per address to dispatch (the request's e-mail addresses, mobile numbers and push devices;
/// for a delegate, one row that the dispatcher expands into the delegate's own channels) before it
/// returns; the same <see cref="NotificationRequest.NotificationId"/> again stores nothing.
/// </summary>
/// <remarks>
/// Texts: for new-post kinds the text sent is the template of the kind in the configured language,
/// never the caller's text, so no caller can put personal data in a notification. The caller's
/// text is still checked and a text that looks like it carries personal data (a CPR number, an
/// e-mail address) is refused with <see cref="NotificationTextRejectedException"/>: it is a bug in
/// the caller worth failing loudly on. For <see cref="NotificationKind.NemSms"/> the text is the
/// sender's SMS text (checked the same way for CPR numbers) and only the SMS channel is used.
/// An address that is not usable (a foreign mobile number, a malformed e-mail address) does not
/// fail the enqueue, which runs after the message was delivered: its row is dead-lettered at once
/// with the reason, and counted.
/// </remarks>
public sealed class PostgresNotificationOutbox : INotificationOutbox
{
    private readonly NotificationOutboxStore _store;
    private readonly NotificationDispatchSignal _signal;
    private readonly NotificationMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly NotificationsOptions _options;

    public PostgresNotificationOutbox(
        NotificationOutboxStore store,
        NotificationDispatchSignal signal,
        NotificationMetrics metrics,
        IOptions<NotificationsOptions> options,
        TimeProvider timeProvider,
        ILogger<PostgresNotificationOutbox> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _signal = signal;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
        _options = options.Value;
        _options.Validate();
    }

    /// <inheritdoc />
    public async Task EnqueueAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown notification kind.");
        }

        if (request.DelegateCpr is not null && !Interfaces.Identity.Cpr.TryParse(request.DelegateCpr, out _))
        {
            throw new ArgumentException("The delegate's CPR is malformed.", nameof(request));
        }

        var (subject, body) = Texts(request);
        var rows = Rows(request, subject, body);
        var notification = new NotificationRow(
            request.NotificationId, request.Mailbox.Value, request.DelegateCpr, request.Kind.ToString(), request.MessageUuid, _options.Language,
            request.CreatedAt, _timeProvider.GetUtcNow());
        if (!await _store.EnqueueAsync(notification, rows, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        foreach (var row in rows)
        {
            if (row.Error is null)
            {
                _metrics.Queued(row.Channel);
            }
            else
            {
                _metrics.DeadLettered(row.Channel);
                NotificationsLog.AddressRejected(_logger, request.NotificationId, row.Channel, row.Error);
            }
        }

        _signal.Wake();
    }

    private (string? Subject, string Body) Texts(NotificationRequest request)
    {
        var text = request.Text ?? string.Empty;
        if (request.Kind == NotificationKind.NemSms)
        {
            if (string.IsNullOrWhiteSpace(text) || text.Length > _options.MaxNemSmsTextLength)
            {
                throw new NotificationTextRejectedException($"A NemSMS text must be 1-{_options.MaxNemSmsTextLength} characters; got {text.Length}.");
            }

            if (PersonalDataDetector.FindCprLike(text) is { } found)
            {
                throw new NotificationTextRejectedException($"A NemSMS text must not carry personal data; it contains what looks like {found}.");
            }

            return (null, text);
        }

        if (PersonalDataDetector.FindPersonalData(text) is { } personal)
        {
            throw new NotificationTextRejectedException($"Notification texts carry no personal data; the text contains what looks like {personal}.");
        }

        var template = _options.Templates[_options.Language][request.Kind];
        return (template.Subject, template.Text);
    }

    private static List<DispatchRow> Rows(NotificationRequest request, string? subject, string body)
    {
        var channels = request.Channels ?? NotificationSettings.None;
        var rows = new List<DispatchRow>();
        foreach (var phone in channels.PhoneNumbers ?? [])
        {
            rows.Add(DanishMobileNumber.TryParse(phone, out var number, out var error)
                ? new DispatchRow(DispatchChannels.Sms, number.Value, subject, body)
                : new DispatchRow(DispatchChannels.Sms, phone ?? string.Empty, subject, body, error));
        }

        if (request.Kind == NotificationKind.NemSms)
        {
            // NemSMS is an SMS service: e-mail, push and delegates do not apply.
            return Distinct(rows);
        }

        foreach (var email in channels.Emails ?? [])
        {
            rows.Add(EmailAddress.TryParse(email, out var address, out var error)
                ? new DispatchRow(DispatchChannels.Email, address.Value, subject, body)
                : new DispatchRow(DispatchChannels.Email, email ?? string.Empty, subject, body, error));
        }

        foreach (var device in channels.PushDevices ?? [])
        {
            rows.Add(PushDeviceToken.TryParse(device, out var token, out var error)
                ? new DispatchRow(DispatchChannels.Push, token.Value, subject, body)
                : new DispatchRow(DispatchChannels.Push, device ?? string.Empty, subject, body, error));
        }

        if (request.DelegateCpr is { } delegateCpr)
        {
            rows.Add(new DispatchRow(DispatchChannels.Delegate, delegateCpr, subject, body));
        }

        return Distinct(rows);
    }

    private static List<DispatchRow> Distinct(List<DispatchRow> rows) => [.. rows.DistinctBy(r => (r.Channel, r.Address))];
}
