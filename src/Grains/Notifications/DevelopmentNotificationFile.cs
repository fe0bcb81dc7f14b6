using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// The development stand-in for real providers: appends one JSON line per notification to
/// <see cref="Path"/> (created with its folder when missing), flushed before the send counts as done.
/// </summary>
public sealed class DevelopmentNotificationFile : IDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _timeProvider;

    public DevelopmentNotificationFile(IOptions<NotificationsOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        Path = options.Value.DevelopmentFilePath ?? throw new InvalidOperationException("Notifications:DevelopmentFilePath is not set.");
        _timeProvider = timeProvider;
    }

    /// <summary>The file the lines go to.</summary>
    public string Path { get; }

    /// <summary>Appends one line describing <paramref name="notification"/>.</summary>
    public async Task AppendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var line = JsonSerializer.Serialize(
            new DevelopmentNotificationLine(
                _timeProvider.GetUtcNow(), notification.Channel, notification.Address, notification.Subject, notification.Text,
                notification.Kind, notification.NotificationId, notification.Attempt),
            JsonOptions) + "\n";
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 4096, useAsync: true);
            var bytes = System.Text.Encoding.UTF8.GetBytes(line);
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
