using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>
/// Runs the delivery workers' CPU work (parsing profiles, deciding each recipient) on threads of their own whose
/// Linux nice value is <see cref="MassSendOptions.WorkerThreadNice"/> (Linux schedules threads, and a thread's nice
/// value is its own; .NET's <see cref="Thread.Priority"/> does nothing on Linux, hence <c>setpriority</c> on the thread
/// id): under contention the silo's request threads run first. A thread created by a niced thread inherits its nice
/// value, and .NET's thread pool may create a worker on the thread that queues work to it; so the niced threads never
/// complete a task themselves: a completer thread at normal priority does, and continuations reach the thread pool
/// from there. With nice 0, or elsewhere than Linux, the work runs inline on the calling thread.
/// </summary>
public sealed class LowPriorityScheduler : IDisposable
{
    private readonly BlockingCollection<Action> _work = [];
    private readonly BlockingCollection<Action> _completions = [];
    private readonly Thread[] _threads;
    private readonly Thread? _completer;
    private int _failed;

    public LowPriorityScheduler(int threads, int nice)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Nice = nice;
        Enabled = nice > 0 && OperatingSystem.IsLinux();
        _threads = Enabled ? new Thread[threads] : [];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = $"mass-send-cpu-{i}" };
            _threads[i].Start();
        }

        if (Enabled)
        {
            _completer = new Thread(Complete) { IsBackground = true, Name = "mass-send-cpu-completer" };
            _completer.Start();
        }
    }

    /// <summary>The nice value of the threads.</summary>
    public int Nice { get; }

    /// <summary>Whether work goes to the low-priority threads (false: it runs inline).</summary>
    public bool Enabled { get; }

    /// <summary>Threads whose nice value could not be set (normally 0: raising one's own nice value needs no privilege).</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Runs <paramref name="work"/> on a low-priority thread (inline when disabled); the caller continues on the thread pool.</summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        if (!Enabled)
        {
            try
            {
                return Task.FromResult(work());
            }
            catch (Exception ex)
            {
                return Task.FromException<T>(ex);
            }
        }

        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            T result = default!;
            Exception? error = null;
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                error = ex;
            }

            _completions.Add(() =>
            {
                if (error is null)
                {
                    done.TrySetResult(result);
                }
                else
                {
                    done.TrySetException(error);
                }
            });
        }, cancellationToken);
        return done.Task;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _work.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _completions.CompleteAdding();
        _completer?.Join();
        _work.Dispose();
        _completions.Dispose();
    }

    private void Work()
    {
        if (LinuxBackendPriority.SetPriority(0, NativeMethods.gettid(), Nice) != 0)
        {
            Interlocked.Increment(ref _failed);
        }

        foreach (var work in _work.GetConsumingEnumerable())
        {
            work();
        }
    }

    private void Complete()
    {
        foreach (var completion in _completions.GetConsumingEnumerable())
        {
            completion();
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc")]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in this assembly; no arguments to marshal.
        internal static extern int gettid();
#pragma warning restore SYSLIB1054
    }
}
