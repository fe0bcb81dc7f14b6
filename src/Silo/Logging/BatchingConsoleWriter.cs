using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace DigitalPost.Silo.Logging;

/// <summary>
/// Writes formatted log text to standard output from one background thread, taking everything queued at once: under
/// load many lines leave in one write (the console logger of the framework writes, and wakes its thread, per line,
/// which cost more CPU than answering a small GraphQL request). A line queued while the writer sleeps wakes it; the
/// writer then lets lines gather for about a millisecond and writes all of them, so a line waits at most about that
/// long and under load there is one write and no wake-up per line. When more than
/// <see cref="BatchedConsoleLogOptions.MaxQueuedLines"/> lines wait, the logging thread writes its own line
/// (back-pressure, never loss); after disposal every line is written synchronously.
/// <para>
/// Lines are encoded (UTF-8) into one buffer of <see cref="BatchedConsoleLogOptions.MaxWriteBytes"/> and the buffer goes
/// to the raw output stream in one <c>Write</c>: one <c>write(2)</c> per batch. (Writing through <c>Console.Out</c>, a
/// <c>StreamWriter</c> with a 256-character buffer and auto-flush, cost one system call per 256 characters, about one
/// for every two request log lines.)
/// </para>
/// </summary>
internal sealed class BatchingConsoleWriter : IDisposable
{
    /// <summary>How long the writer lets lines gather before writing them (the most a line waits).</summary>
    private const int CoalesceMilliseconds = 1;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentQueue<string> _queue = new();
    /// <summary>Blocks without spinning first: a spinning writer took a tenth of the silo's CPU on a busy 2-core machine.</summary>
    private readonly ManualResetEventSlim _wake = new(false, spinCount: 0);
    private readonly Lock _output = new();
    private readonly Stream _stdout;
    private readonly Thread _thread;
    private readonly byte[] _batch;
    private readonly int _maxQueued;
    private int _batchLength;
    private int _batchLines;
    private int _queued;
    private int _sleeping;
    private volatile bool _completed;

    /// <param name="stdout">The raw output (standard output's stream); written only by this writer, never flushed by it.</param>
    /// <param name="options">The limits; validated here.</param>
    public BatchingConsoleWriter(Stream stdout, BatchedConsoleLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _stdout = stdout;
        _maxQueued = options.MaxQueuedLines;
        _batch = new byte[options.MaxWriteBytes];
        _thread = new Thread(Run) { IsBackground = true, Name = "Console log writer" };
        _thread.Start();
    }

    /// <summary>Lines written in a batch of more than one (for tests and diagnostics).</summary>
    public long BatchedLines { get; private set; }

    /// <summary>Calls to the output stream's <c>Write</c> so far (for tests and diagnostics).</summary>
    public long Writes { get; private set; }

    public void Write(string text)
    {
        if (_completed || Interlocked.Increment(ref _queued) > _maxQueued)
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
            while (_queue.TryDequeue(out var text))
            {
                Interlocked.Decrement(ref _queued);
                Append(text);
            }

            Flush();
        }
    }

    /// <summary>Adds a line to the batch, writing the batch first when the line does not fit (a line longer than the whole buffer is written alone).</summary>
    private void Append(string text)
    {
        var room = _batch.Length - _batchLength;
        if (Utf8.GetMaxByteCount(text.Length) <= room || Utf8.GetByteCount(text) <= room)
        {
            _batchLength += Utf8.GetBytes(text, _batch.AsSpan(_batchLength));
            _batchLines++;
            return;
        }

        Flush();
        var length = Utf8.GetByteCount(text);
        if (length <= _batch.Length)
        {
            _batchLength = Utf8.GetBytes(text, _batch);
            _batchLines = 1;
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Utf8.GetBytes(text, rented);
            Output(rented.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Flush()
    {
        if (_batchLength == 0)
        {
            return;
        }

        Output(_batch.AsSpan(0, _batchLength));
        if (_batchLines > 1)
        {
            BatchedLines += _batchLines;
        }

        _batchLength = 0;
        _batchLines = 0;
    }

    private void Output(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _stdout.Write(bytes);
            Writes++;
        }
        catch (IOException)
        {
            // Standard output went away (a closed pipe): logging must not take the silo down with it.
        }
    }

    private void WriteNow(string text)
    {
        lock (_output)
        {
            // Lines already queued go first, so the output keeps the order lines were logged in.
            while (_queue.TryDequeue(out var queued))
            {
                Interlocked.Decrement(ref _queued);
                Append(queued);
            }

            Append(text);
            Flush();
        }
    }
}
