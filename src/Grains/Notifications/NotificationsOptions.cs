using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Notifications;

/// <summary>Settings of the notification outbox and its dispatcher (configuration section <c>Notifications</c>).</summary>
public sealed class NotificationsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Notifications";

    /// <summary>
    /// The language notification texts are written in (a key of <see cref="Templates"/>). Default
    /// <c>da</c>. Mailboxes carry no language preference yet, so one language serves everyone.
    /// </summary>
    public string Language { get; set; } = "da";

    /// <summary>
    /// Texts per language and kind. The defaults (Danish and English) are filled in when a
    /// language or a kind is missing; configuration may override any of them. Templates are fixed
    /// texts: they never carry names, CPR numbers, subjects or senders.
    /// </summary>
    public Dictionary<string, Dictionary<NotificationKind, NotificationTemplate>> Templates { get; set; } = [];

    /// <summary>Dispatch rate: notifications handed to the dispatchers per second, across channels. Default 50.</summary>
    public double NotificationsPerSecond { get; set; } = 50;

    /// <summary>Token bucket capacity: how many may go out at once after a quiet spell. Default 0: one second's worth (<see cref="NotificationsPerSecond"/>).</summary>
    public int Burst { get; set; }

    /// <summary>Rows claimed per round trip. Default 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Sends running at once within a batch. Default 8.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>
    /// How long a claimed row belongs to the dispatcher that claimed it. A dispatcher that crashed
    /// leaves its rows claimed until the lease expires; then another dispatcher takes them.
    /// Must be longer than <see cref="SendTimeout"/>. Default 2 minutes.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one send may take before it counts as a failed attempt. Default 30 seconds.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per row (the first send included) before it is dead-lettered. Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the first retry; doubled per attempt up to <see cref="MaxRetryDelay"/>. Default 5 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest delay between attempts (before jitter). Default 30 minutes.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Random extra delay, as a fraction of the backoff (0.2: up to 20 % more), so retries of a burst spread out. Default 0.2.</summary>
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>How often the dispatcher looks for due rows it was not woken for (retries, other silos' rows, expired leases). Default 1 second.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long finished notifications (every row sent or dead-lettered) are kept before the
    /// dispatcher purges them; dead letters stay inspectable this long. Default 30 days.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the background dispatcher purges notifications older than <see cref="Retention"/>. Default 1 hour.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest NemSMS text (the MeMo rule is 150). Default 150.</summary>
    public int MaxNemSmsTextLength { get; set; } = 150;

    /// <summary>Whether the background dispatcher runs in this process. Default true.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>The development dispatchers' file (one JSON line per notification). Null: <c>notifications.jsonl</c> in the silo's data folder.</summary>
    public string? DevelopmentFilePath { get; set; }

    /// <summary>Checks the settings and fills in default templates.</summary>
    public void Validate()
    {
        if (NotificationsPerSecond <= 0 || double.IsNaN(NotificationsPerSecond) || double.IsInfinity(NotificationsPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(NotificationsPerSecond), NotificationsPerSecond, "Notifications:NotificationsPerSecond must be a positive number.");
        }

        Positive(BatchSize, nameof(BatchSize));
        Positive(MaxConcurrency, nameof(MaxConcurrency));
        Positive(MaxAttempts, nameof(MaxAttempts));
        Positive(MaxNemSmsTextLength, nameof(MaxNemSmsTextLength));
        ArgumentOutOfRangeException.ThrowIfNegative(Burst, nameof(Burst));
        if (RetryJitter is < 0 or > 10 || double.IsNaN(RetryJitter))
        {
            throw new ArgumentOutOfRangeException(nameof(RetryJitter), RetryJitter, "Notifications:RetryJitter must be between 0 and 10.");
        }

        if (LeaseDuration <= SendTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(LeaseDuration), LeaseDuration, $"Notifications:LeaseDuration must be longer than SendTimeout ({SendTimeout}), or a slow send would be claimed twice.");
        }

        if (Retention <= TimeSpan.Zero || PurgeInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Retention), "Notifications:Retention and PurgeInterval must be positive.");
        }

        if (RetryDelay <= TimeSpan.Zero || MaxRetryDelay < RetryDelay || PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryDelay), "Notifications:RetryDelay and PollInterval must be positive and MaxRetryDelay at least RetryDelay.");
        }

        NotificationTemplate.AddDefaults(Templates);
        if (!Templates.ContainsKey(Language))
        {
            throw new ArgumentOutOfRangeException(nameof(Language), Language, $"Notifications:Language '{Language}' has no templates; known: {string.Join(", ", Templates.Keys)}.");
        }
    }

    /// <summary>The token bucket's capacity.</summary>
    public int EffectiveBurst => Burst > 0 ? Burst : Math.Max(1, (int)Math.Ceiling(NotificationsPerSecond));

    private static void Positive(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Notifications:{name} must be at least 1.");
        }
    }
}
