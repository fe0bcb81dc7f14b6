using DigitalPost.Grains.AccessLog;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Receipts;
using DigitalPost.Runtime.Streams;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>
/// What every mailbox grain uses, in one constructor argument. The outbox, the NemSMS sender and
/// the mobile number index come from the notifications component (<c>AddDigitalPostNotifications</c>),
/// or from the host in tests.
/// </summary>
public sealed class MailboxServices(
    MessageStore messages,
    ReceiptStore receipts,
    AccessLogStore accessLog,
    AccessGrantIndex grantIndex,
    INotificationOutbox outbox,
    INemSmsSender nemSms,
    IMobileNumberIndex mobileNumbers,
    IStreamProvider streams,
    IContactPointLimits contactPointLimits,
    IOptions<MailboxOptions> options)
{
    private readonly MailboxOptions _options = options.Value;
    private HashSet<string>? _exceptionSenders;
    private TimeZoneInfo? _calendarZone;

    public MessageStore Messages => messages;

    public ReceiptStore Receipts => receipts;

    public AccessLogStore AccessLog => accessLog;

    public AccessGrantIndex GrantIndex => grantIndex;

    public INotificationOutbox Outbox => outbox;

    public INemSmsSender NemSms => nemSms;

    public IMobileNumberIndex MobileNumbers => mobileNumbers;

    public IStreamProvider Streams => streams;

    public IContactPointLimits ContactPointLimits => contactPointLimits;

    public MailboxOptions Options => _options;

    public MailboxDatabase Database => messages.Database;

    public IReadOnlySet<string> ExemptionExceptionSenders => _exceptionSenders ??= new HashSet<string>(_options.ExemptionExceptionSenders, StringComparer.Ordinal);

    public TimeZoneInfo CalendarZone => _calendarZone ??= TimeZoneInfo.FindSystemTimeZoneById(_options.CalendarTimeZone);

    /// <summary>The Danish calendar date at <paramref name="now"/>.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, CalendarZone).DateTime);

    /// <summary>Midnight (Danish time) starting <paramref name="date"/>, as an instant.</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, CalendarZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
