using DigitalPost.Grains.Interfaces.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// Drains the outbox: claims due rows by lease (<c>FOR UPDATE SKIP LOCKED</c>, so dispatchers in
/// several silos share the work and a crashed one's rows are taken over when their lease expires),
/// never more than the token bucket allows, and hands each to its channel's dispatcher. A failed
/// send is retried after an exponential backoff with jitter; after
/// <see cref="NotificationsOptions.MaxAttempts"/> attempts the row is dead-lettered with the last
/// error. Delegate rows are expanded into the delegate's own channels.
/// </summary>
public sealed class NotificationDispatcher
{
    private readonly NotificationOutboxStore _store;
    private readonly IEmailDispatcher _email;
    private readonly ISmsDispatcher _sms;
    private readonly IPushDispatcher _push;
    private readonly IDelegateChannelResolver _delegates;
    private readonly NotificationMetrics _metrics;
    private readonly NotificationsOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TokenBucket _bucket;
    private readonly Random _random;

    public NotificationDispatcher(
        NotificationOutboxStore store,
        IEmailDispatcher email,
        ISmsDispatcher sms,
        IPushDispatcher push,
        IDelegateChannelResolver delegates,
        NotificationMetrics metrics,
        IOptions<NotificationsOptions> options,
        TimeProvider timeProvider,
        ILogger<NotificationDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _email = email;
        _sms = sms;
        _push = push;
        _delegates = delegates;
        _metrics = metrics;
        _options = options.Value;
        _options.Validate();
        _timeProvider = timeProvider;
        _logger = logger;
        _bucket = new TokenBucket(_options.NotificationsPerSecond, _options.EffectiveBurst, timeProvider);
        _random = new Random();
    }

    /// <summary>This dispatcher's lease owner name (unique per instance).</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>How long until the rate limit lets another row go (zero when it does now).</summary>
    public TimeSpan TimeUntilNextToken() => _bucket.TimeUntilNextToken();

    /// <summary>
    /// One pass: claims as many due rows as the rate limit allows right now (at most
    /// <see cref="NotificationsOptions.BatchSize"/>) and dispatches them. Returns how many rows it
    /// claimed; 0 when none was due or the rate limit allows none now.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var tokens = _bucket.TryTake(_options.BatchSize);
        if (tokens == 0)
        {
            return 0;
        }

        IReadOnlyList<ClaimedDispatch> claimed;
        try
        {
            var now = _timeProvider.GetUtcNow();
            claimed = await _store.ClaimAsync(Owner, now, now + _options.LeaseDuration, tokens, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _bucket.Return(tokens);
            throw;
        }

        _bucket.Return(tokens - claimed.Count);
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken },
            (row, token) => new ValueTask(DispatchAsync(row, token))).ConfigureAwait(false);
        return claimed.Count;
    }

    /// <summary>Purges finished notifications older than <see cref="NotificationsOptions.Retention"/>; returns how many.</summary>
    public Task<int> PurgeFinishedAsync(CancellationToken cancellationToken) =>
        _store.PurgeAsync(_timeProvider.GetUtcNow() - _options.Retention, cancellationToken);

    private async Task DispatchAsync(ClaimedDispatch row, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.SendTimeout, _timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            if (row.Channel == DispatchChannels.Delegate)
            {
                await ExpandDelegateAsync(row, linked.Token).ConfigureAwait(false);
                return;
            }

            var channel = DispatchChannels.Parse(row.Channel) ?? throw new InvalidOperationException($"Unknown channel '{row.Channel}'.");
            var outgoing = new OutgoingNotification(row.NotificationId, row.DispatchId, row.Kind, channel, row.Address, row.Subject, row.Body, row.Attempt);
            await (channel switch
            {
                NotificationChannel.Email => _email.SendAsync(outgoing, linked.Token),
                NotificationChannel.Sms => _sms.SendAsync(outgoing, linked.Token),
                _ => _push.SendAsync(outgoing, linked.Token),
            }).ConfigureAwait(false);

            if (await _store.MarkSentAsync(row.DispatchId, Owner, _timeProvider.GetUtcNow(), CancellationToken.None).ConfigureAwait(false))
            {
                _metrics.Sent(channel);
            }
            else
            {
                NotificationsLog.LeaseLost(_logger, row.DispatchId, Owner);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(row, ex).ConfigureAwait(false);
        }
    }

    private async Task ExpandDelegateAsync(ClaimedDispatch row, CancellationToken cancellationToken)
    {
        var settings = await _delegates.ResolveAsync(row.Address, cancellationToken).ConfigureAwait(false);
        var rows = new List<DispatchRow>();
        foreach (var phone in settings.PhoneNumbers)
        {
            rows.Add(DanishMobileNumber.TryParse(phone, out var number, out var error)
                ? new DispatchRow(DispatchChannels.Sms, number.Value, row.Subject, row.Body)
                : new DispatchRow(DispatchChannels.Sms, phone, row.Subject, row.Body, error));
        }

        foreach (var email in settings.Emails)
        {
            rows.Add(EmailAddress.TryParse(email, out var address, out var error)
                ? new DispatchRow(DispatchChannels.Email, address.Value, row.Subject, row.Body)
                : new DispatchRow(DispatchChannels.Email, email, row.Subject, row.Body, error));
        }

        foreach (var device in settings.PushDevices)
        {
            rows.Add(PushDeviceToken.TryParse(device, out var token, out var error)
                ? new DispatchRow(DispatchChannels.Push, token.Value, row.Subject, row.Body)
                : new DispatchRow(DispatchChannels.Push, device, row.Subject, row.Body, error));
        }

        rows = [.. rows.DistinctBy(r => (r.Channel, r.Address))];
        if (!await _store.ExpandDelegateAsync(row, Owner, _timeProvider.GetUtcNow(), rows, CancellationToken.None).ConfigureAwait(false))
        {
            NotificationsLog.LeaseLost(_logger, row.DispatchId, Owner);
            return;
        }

        foreach (var added in rows)
        {
            if (added.Error is null)
            {
                _metrics.Queued(added.Channel);
            }
            else
            {
                _metrics.DeadLettered(added.Channel);
            }
        }
    }

    private async Task RecordFailureAsync(ClaimedDispatch row, Exception ex)
    {
        var error = $"{ex.GetType().Name}: {ex.Message}";
        var now = _timeProvider.GetUtcNow();
        if (row.Attempt >= _options.MaxAttempts)
        {
            if (await _store.DeadLetterAsync(row.DispatchId, Owner, now, error, CancellationToken.None).ConfigureAwait(false))
            {
                _metrics.DeadLettered(row.Channel);
                NotificationsLog.DeadLettered(_logger, row.NotificationId, row.Channel, row.DispatchId, row.Attempt, error);
            }
            else
            {
                NotificationsLog.LeaseLost(_logger, row.DispatchId, Owner);
            }

            return;
        }

        var next = now + RetryDelay(row.Attempt);
        if (await _store.ScheduleRetryAsync(row.DispatchId, Owner, next, error, CancellationToken.None).ConfigureAwait(false))
        {
            if (DispatchChannels.Parse(row.Channel) is { } channel)
            {
                _metrics.Failed(channel);
            }

            NotificationsLog.AttemptFailed(_logger, ex, row.NotificationId, row.Channel, row.DispatchId, row.Attempt, next);
        }
        else
        {
            NotificationsLog.LeaseLost(_logger, row.DispatchId, Owner);
        }
    }

    /// <summary>
    /// Backoff after attempt <paramref name="attempt"/>: <see cref="NotificationsOptions.RetryDelay"/>
    /// doubled per earlier attempt, capped at <see cref="NotificationsOptions.MaxRetryDelay"/>, plus
    /// up to <see cref="NotificationsOptions.RetryJitter"/> of it at random.
    /// </summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var baseTicks = Math.Min(_options.RetryDelay.Ticks * factor, _options.MaxRetryDelay.Ticks);
        double jitter;
        lock (_random)
        {
            jitter = _random.NextDouble() * _options.RetryJitter;
        }

        return TimeSpan.FromTicks((long)(baseTicks * (1 + jitter)));
    }
}
