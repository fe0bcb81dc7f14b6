using System.Collections.Concurrent;
using System.Text;

namespace DigitalPost.Silo.Logging;

/// <summary>
/// Writes formatted log text to standard output from one background thread, taking everything queued at once: under
/// load many lines leave in one write (the console logger of the framework writes, and wakes its thread, per line,
/// which cost more CPU than answering a small GraphQL request). A line queued while the writer sleeps wakes it; the
/// writer then lets lines gather for about a millisecond and writes all of them, so a line waits at most about that
/// long and under load there is one write and no wake-up per line. When more than
/// <see cref="MaxQueued"/> lines wait, the logging thread writes its own line (back-pressure, never loss); after
/// disposal every line is written synchronously.
/// </summary>
internal sealed class BatchingConsoleWriter : IDisposable
{
    /// <summary>Lines allowed to wait before loggers write themselves (the framework's console logger queues 2,500).</summary>
    public const int MaxQueued = 2500;

    /// <summary>How long the writer lets lines gather before writing them (the most a line waits).</summary>
    private const int CoalesceMilliseconds = 1;

    /// <summary>Most characters written in one call.</summary>
    private const int MaxBatchChars = 64 * 1024;

    private readonly ConcurrentQueue<string> _queue = new();
    /// <summary>Blocks without spinning first: a spinning writer took a tenth of the silo's CPU on a busy 2-core machine.</summary>
    private readonly ManualResetEventSlim _wake = new(false, spinCount: 0);
    private readonly Lock _output = new();
    private readonly TextWriter _stdout;
    private readonly Thread _thread;
    private readonly StringBuilder _batch = new();
    private int _queued;
    private int _sleeping;
    private volatile bool _completed;

    public BatchingConsoleWriter(TextWriter stdout)
    {
        _stdout = stdout;
        _thread = new Thread(Run) { IsBackground = true, Name = "Console log writer" };
        _thread.Start();
    }

    /// <summary>Lines written in a batch of more than one (for tests and diagnostics).</summary>
    public long BatchedLines { get; private set; }

    public void Write(string text)
    {
        if (_completed || Interlocked.Increment(ref _queued) > MaxQueued)
        {
            if (!_completed)
            {
                Interlocked.Decrement(ref _queued);
            }

            WriteNow(text);
            return;
        }

        _queue.Enqueue(text);
        if (Volatile.Read(ref _sleeping) == 1 && Interlocked.Exchange(ref _sleeping, 0) == 1)
        {
            _wake.Set();
        }
    }

    public void Dispose()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _wake.Set();

        _thread.Join(TimeSpan.FromSeconds(5));
        Drain();
    }

    private void Run()
    {
        while (true)
        {
            Drain();
            if (_completed)
            {
                return;
            }

            if (_queue.IsEmpty)
            {
                // Announce the sleep (a full fence), then look again: a line queued before the announcement is seen
                // here, one queued after it finds the announcement and sets the event.
                _wake.Reset();
                Interlocked.Exchange(ref _sleeping, 1);
                if (_queue.IsEmpty && !_completed)
                {
                    _wake.Wait();
                }

                Volatile.Write(ref _sleeping, 0);
            }

            // Let lines gather: waking for every line cost as much as the framework's logger (a futex wake-up per line).
            if (!_completed)
            {
                Thread.Sleep(CoalesceMilliseconds);
            }
        }
    }

    private void Drain()
    {
        lock (_output)
        {
            var lines = 0;
            while (_queue.TryDequeue(out var text))
            {
                Interlocked.Decrement(ref _queued);
                _batch.Append(text);
                lines++;
                if (_batch.Length >= MaxBatchChars)
                {
                    Flush(lines);
                    lines = 0;
                }
            }

            Flush(lines);
        }
    }

    private void Flush(int lines)
    {
        if (_batch.Length == 0)
        {
            return;
        }

        try
        {
            _stdout.Write(_batch);
            _stdout.Flush();
        }
        catch (IOException)
        {
            // Standard output went away (a closed pipe): logging must not take the silo down with it.
        }

        if (lines > 1)
        {
            BatchedLines += lines;
        }

        _batch.Clear();
        if (_batch.Capacity > MaxBatchChars * 2)
        {
            _batch.Capacity = MaxBatchChars;
        }
    }

    private void WriteNow(string text)
    {
        lock (_output)
        {
            // Lines already queued go first, so the output keeps the order lines were logged in.
            Drain();
            _batch.Append(text);
            Flush(1);
        }
    }
}
