using System.Threading.Channels;

namespace DigitalPost.Grains.Seeding;

/// <summary>
/// Makes chunks of rows on several threads and hands them to one consumer through a bounded
/// channel, so at most a few chunks are in memory whatever the total. Chunks arrive in any order
/// (row contents do not depend on it).
/// </summary>
internal static class ChunkProducer
{
    public static ChannelReader<T> Start<T>(long total, int chunkSize, int parallelism, Func<long, int, T> makeChunk, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(parallelism * 2) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var chunks = (total + chunkSize - 1) / chunkSize;
        var next = -1L;
        var workers = Enumerable.Range(0, (int)Math.Max(1, Math.Min(parallelism, chunks))).Select(_ => Task.Run(
            async () =>
            {
                long chunk;
                while ((chunk = Interlocked.Increment(ref next)) < chunks)
                {
                    var start = chunk * chunkSize;
                    var count = (int)Math.Min(chunkSize, total - start);
                    await channel.Writer.WriteAsync(makeChunk(start, count), cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken)).ToArray();
        _ = Task.WhenAll(workers).ContinueWith(
            t => channel.Writer.TryComplete(t.Exception?.GetBaseException() ?? (t.IsCanceled ? new OperationCanceledException(cancellationToken) : null)),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return channel.Reader;
    }
}
