namespace DigitalPost.LoadTests.Scenarios.MassSend;

/// <summary>The names of the figures <c>mass-send</c> reports.</summary>
public static class MassSendMetrics
{
    /// <summary>Recipients in the list sent.</summary>
    public const string Recipients = "recipients";

    /// <summary>Seconds from the start of the upload to the job seen ended (client side; includes the upload and up to one poll interval).</summary>
    public const string Elapsed = "elapsed";

    /// <summary>Seconds the upload (the 202) took.</summary>
    public const string Upload = "upload";

    /// <summary>Seconds from the job's createdAt to its completedAt, as the server reports them.</summary>
    public const string ServerElapsed = "server elapsed";

    /// <summary>Recipients processed per second of <see cref="Elapsed"/>.</summary>
    public const string RecipientsPerSecond = "recipients/s";

    /// <summary>Messages delivered to a mailbox per second of <see cref="Elapsed"/>.</summary>
    public const string DeliveriesPerSecond = "deliveries/s";

    /// <summary>Recipients processed per second of <see cref="ServerElapsed"/>.</summary>
    public const string ServerRecipientsPerSecond = "recipients/s (server)";
}
