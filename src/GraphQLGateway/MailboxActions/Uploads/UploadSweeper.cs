using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>Deletes expired uploads every <see cref="UploadOptions.SweepInterval"/> (on the injected clock).</summary>
public sealed class UploadSweeper : BackgroundService
{
    private readonly UploadStore _store;
    private readonly IOptions<UploadOptions> _options;
    private readonly TimeProvider _time;

    public UploadSweeper(UploadStore store, IOptions<UploadOptions> options, TimeProvider time)
    {
        _store = store;
        _options = options;
        _time = time;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Value.SweepInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await _store.SweepAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the store deletes what is left when it is disposed.
        }
    }
}
