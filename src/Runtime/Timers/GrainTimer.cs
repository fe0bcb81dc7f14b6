using System.Text.Json;
using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.CodeGeneration;
using DigitalPost.Runtime.Diagnostics;

namespace DigitalPost.Runtime.Timers;

/// <summary>
/// A per-activation timer. The underlying <see cref="ITimer"/> is one-shot: when it fires, a tick is
/// queued as a turn of the activation, and only when that turn ends is the next tick armed, so
/// ticks never pile up behind a slow callback. Not durable: it stops with the activation.
/// </summary>
internal abstract class GrainTimer : GrainInvocation, IGrainTimer
{
    private static readonly GrainMethodDescriptor s_tick = new(
        typeof(IGrainTimer), "Tick", 0, InvocationKind.Exclusive, 0,
        static () => throw new NotSupportedException("Timer ticks are local to their activation and cannot be serialised."));

    private static readonly TimerCallback s_onFire = static state => ((GrainTimer)state!).OnFire();

    private readonly ActivationData _activation;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly bool _keepAlive;
    private readonly ITimer _timer;
    private readonly TimeSpan _dueTime;
    private TimeSpan? _dueAfterTick;
    private TimeSpan _period;
    private bool _tickQueued;
    private bool _stopped;
    private Action? _onTickCompleted;
    private Task? _tickTask;

    protected GrainTimer(ActivationData activation, GrainTimerCreationOptions options)
    {
        _activation = activation;
        _dueTime = options.DueTime;
        _period = options.Period;
        _keepAlive = options.KeepAlive;
        Kind = options.Interleave || activation.GrainClass.Reentrant ? InvocationKind.Interleave : InvocationKind.Exclusive;
        _timer = activation.Runtime.TimeProvider.CreateTimer(s_onFire, this, System.Threading.Timeout.InfiniteTimeSpan, System.Threading.Timeout.InfiniteTimeSpan);
    }

    public override GrainMethodDescriptor Method => s_tick;

    internal override bool CountsAsActivity => _keepAlive;

    public void Start()
    {
        lock (_gate)
        {
            Arm(_dueTime);
        }
    }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _period = period;
            if (!_tickQueued)
            {
                Arm(dueTime);
            }
            else
            {
                // A tick is running or queued: the new due time applies after it.
                _dueAfterTick = dueTime;
            }
        }
    }

    public void Dispose()
    {
        Stop();
        _activation.RemoveTimer(this);
    }

    /// <summary>Stops the timer for good (disposal or deactivation); a running tick sees its token cancelled.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
        }

        _timer.Dispose();
        // Not disposed: a tick still running may hold the token.
        _stopping.Cancel();
    }

    public override void WriteArguments(Utf8JsonWriter writer, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void ReadArguments(ref Utf8JsonReader reader, JsonSerializerOptions options) => throw new NotSupportedException();

    internal override ValueTask<byte[]?> InvokeForWireAsync(GrainReference target, JsonSerializerOptions options) => throw new NotSupportedException();

    internal override void RunQueued(ActivationData activation, object grain)
    {
        CancellationToken token;
        lock (_gate)
        {
            if (_stopped)
            {
                _tickQueued = false;
                activation.EndTurn(Kind, CountsAsActivity);
                return;
            }

            token = _stopping.Token;
        }

        Task task;
        try
        {
            task = InvokeCallback(token);
        }
        catch (Exception e)
        {
            task = Task.FromException(e);
        }

        if (task.IsCompleted)
        {
            activation.EndTurn(Kind, CountsAsActivity);
            AfterTick(task);
            return;
        }

        _tickTask = task;
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_onTickCompleted ??= OnTickCompleted);
    }

    internal override bool Fail(Exception error)
    {
        lock (_gate)
        {
            _tickQueued = false;
        }

        return true;
    }

    /// <summary>A tick queued on an activation that then deactivated is dropped: the timer died with it.</summary>
    internal override void Redispatch() => Fail(new ObjectDisposedException(nameof(GrainTimer)));

    protected abstract Task InvokeCallback(CancellationToken cancellationToken);

    private void OnTickCompleted()
    {
        var task = _tickTask!;
        _tickTask = null;
        _activation.EndTurn(Kind, CountsAsActivity);
        AfterTick(task);
    }

    private void AfterTick(Task task)
    {
        if (task.IsFaulted)
        {
            RuntimeLog.TimerTickFailed(_activation.Runtime.Logger, task.Exception!.InnerException!, _activation.Id);
        }

        lock (_gate)
        {
            _tickQueued = false;
            var changed = _dueAfterTick is not null;
            var next = _dueAfterTick ?? _period;
            _dueAfterTick = null;
            if (!_stopped && next != System.Threading.Timeout.InfiniteTimeSpan && (next > TimeSpan.Zero || changed))
            {
                Arm(next);
            }
        }
    }

    private void Arm(TimeSpan dueTime)
    {
        if (!_stopped && dueTime != System.Threading.Timeout.InfiniteTimeSpan)
        {
            _timer.Change(dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime, System.Threading.Timeout.InfiniteTimeSpan);
        }
    }

    private void OnFire()
    {
        lock (_gate)
        {
            if (_stopped || _tickQueued || !_activation.AcceptsTimerTicks)
            {
                return;
            }

            _tickQueued = true;
        }

        if (_activation.Enqueue(this, allowInline: false) == EnqueueResult.Rejected)
        {
            Fail(new ObjectDisposedException(nameof(GrainTimer)));
        }
    }
}
