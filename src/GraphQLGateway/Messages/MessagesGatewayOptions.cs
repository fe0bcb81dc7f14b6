namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>
/// The message read side's settings (section <c>Gateway:Messages</c>, documented in docs/gateway.md).
/// </summary>
public sealed class MessagesGatewayOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Messages";

    /// <summary>Page size of <c>Mailbox.messages</c> when neither <c>first</c> nor <c>last</c> is given. Default 20.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Most messages <c>Message.thread</c> returns (the newest ones of a longer thread). Default 100.</summary>
    public int MaxThreadMessages { get; set; } = 100;

    /// <summary>Most receipts <c>Message.receipts</c> returns. Default 100.</summary>
    public int MaxReceipts { get; set; } = 100;

    /// <summary>How long a file or calendar link (<c>File.downloadUrl</c>, <c>Action.calendarUrl</c>) works. Default 5 minutes.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The secret the links are signed and encrypted with, base64 (at least 32 bytes). When empty, a random key is made
    /// at start-up: links then stop working at a restart and work only on the silo that issued them, so a cluster
    /// must configure one key for every silo.
    /// </summary>
    public string? LinkKey { get; set; }

    /// <summary>The path prefix of file downloads. Default <c>/graphql/files</c>.</summary>
    public string FilesPath { get; set; } = "/graphql/files";

    /// <summary>The path prefix of AFTALE calendar files. Default <c>/graphql/calendar</c>.</summary>
    public string CalendarPath { get; set; } = "/graphql/calendar";
}
