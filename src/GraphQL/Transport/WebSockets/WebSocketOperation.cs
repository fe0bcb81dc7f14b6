namespace DigitalPost.GraphQL.Transport.WebSockets;

/// <summary>One active operation of a connection: its id and the cancellation that a client <c>complete</c> or the socket's end triggers.</summary>
internal sealed class WebSocketOperation(string id, CancellationToken connectionClosed) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);

    public string Id { get; } = id;

    /// <summary>Cancelled when the client completes the operation or the connection ends; nothing more is sent for it then.</summary>
    public CancellationToken Token => _cancellation.Token;

    public Task Running { get; set; } = Task.CompletedTask;

    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
