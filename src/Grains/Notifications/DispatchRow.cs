namespace DigitalPost.Grains.Notifications;

/// <summary>A row to insert into <c>notification_dispatch</c>; <paramref name="Error"/> set means dead on arrival (an unusable address).</summary>
public sealed record DispatchRow(string Channel, string Address, string? Subject, string Body, string? Error = null)
{
    /// <inheritdoc />
    public override string ToString() => $"DispatchRow({Channel})";
}
