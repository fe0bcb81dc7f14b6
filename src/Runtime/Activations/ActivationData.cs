using DigitalPost.Runtime.CodeGeneration;
using DigitalPost.Runtime.Diagnostics;
using DigitalPost.Runtime.Timers;

namespace DigitalPost.Runtime.Activations;

/// <summary>
/// One activation of one grain: its instance, its queue of waiting calls and its work loop.
/// <para>
/// Scheduling: at most one thread runs code of the activation at a time (<c>_running</c>). A
/// call arriving at an idle activation runs inline on the caller's thread (the cheap path); else
/// it waits in <see cref="CallQueue"/> and the work loop, a thread-pool work item, starts it when
/// the turn rules allow. A turn lasts until the grain's task completes; <c>await</c>s inside it
/// resume through <see cref="ActivationSynchronizationContext"/> on the same work loop, ahead of
/// any new call.
/// </para>
/// </summary>
internal sealed partial class ActivationData : IThreadPoolWorkItem
{
    private readonly GrainRuntime _runtime;
    private readonly Lock _lock = new();
    private volatile ActivationStatus _status;
    private bool _running;
    private int _inFlight;
    private int _readOnlyInFlight;
    private CallQueue? _pending;
    private Queue<(SendOrPostCallback Callback, object? State)>? _continuations;
    private long _lastActiveSweep;
    private DeactivationReason _deactivationReason;
    private TaskCompletionSource? _deactivated;
    private List<IActivationStateLoader>? _states;
    private List<GrainTimer>? _timers;

    public ActivationData(GrainRuntime runtime, GrainId id, GrainClassInfo grainClass)
    {
        _runtime = runtime;
        Id = id;
        GrainClass = grainClass;
        Context = new ActivationSynchronizationContext(this);
        _lastActiveSweep = runtime.CurrentSweep;
    }

    public GrainId Id { get; }

    public GrainClassInfo GrainClass { get; }

    public ActivationSynchronizationContext Context { get; }

    public object? Grain { get; private set; }

    public GrainRuntime Runtime => _runtime;

    public bool IsInvalid => _status == ActivationStatus.Invalid;

    /// <summary>Calls waiting for their turn (read without the lock: for metrics only).</summary>
    public int QueueLength => _pending?.Count ?? 0;

    /// <summary>
    /// Delivers a call. When the activation is idle and <paramref name="allowInline"/>, the caller
    /// is told to run it now (the activation's loop is then held by the caller until
    /// <see cref="CompleteInlineTurn"/> or <see cref="ExitInline"/>).
    /// </summary>
    public EnqueueResult Enqueue(GrainInvocation call, bool allowInline)
    {
        bool schedule;
        lock (_lock)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return EnqueueResult.Rejected;
            }

            if (call.CountsAsActivity)
            {
                _lastActiveSweep = _runtime.CurrentSweep;
            }

            if (allowInline
                && _status == ActivationStatus.Valid
                && !_running
                && _deactivated is null
                && (_pending is null || _pending.Count == 0)
                && (_continuations is null || _continuations.Count == 0)
                && CanStart(call.Kind))
            {
                _running = true;
                AddInFlight(call.Kind);
                return EnqueueResult.RunInline;
            }

            (_pending ??= new CallQueue()).Enqueue(call);
            schedule = TryClaimLoopLocked();
        }

        if (schedule)
        {
            Schedule();
        }

        return EnqueueResult.Queued;
    }

    /// <summary>Queues the continuation of an <c>await</c> in grain code (from the synchronization context).</summary>
    public void PostContinuation(SendOrPostCallback callback, object? state)
    {
        bool schedule;
        lock (_lock)
        {
            (_continuations ??= new Queue<(SendOrPostCallback, object?)>()).Enqueue((callback, state));
            schedule = TryClaimLoopLocked();
        }

        if (schedule)
        {
            Schedule();
        }
    }

    /// <summary>A turn ended (its task completed) wherever that happened.</summary>
    public void EndTurn(InvocationKind kind, bool countsAsActivity)
    {
        bool schedule;
        lock (_lock)
        {
            RemoveInFlight(kind, countsAsActivity);
            schedule = TryClaimLoopLocked();
        }

        if (schedule)
        {
            Schedule();
        }
    }

    /// <summary>An inline turn completed synchronously: end it and release the loop the caller held.</summary>
    public void CompleteInlineTurn(InvocationKind kind, bool countsAsActivity)
    {
        bool schedule;
        lock (_lock)
        {
            RemoveInFlight(kind, countsAsActivity);
            schedule = ReleaseLoopLocked();
        }

        if (schedule)
        {
            Schedule();
        }
    }

    /// <summary>An inline turn went asynchronous: release the loop the caller held; the turn stays in flight.</summary>
    public void ExitInline()
    {
        bool schedule;
        lock (_lock)
        {
            schedule = ReleaseLoopLocked();
        }

        if (schedule)
        {
            Schedule();
        }
    }

    /// <summary>The work loop: continuations first, then activation, calls (or their timeouts) and deactivation, as the rules allow.</summary>
    void IThreadPoolWorkItem.Execute()
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(Context);
        try
        {
            var budget = _runtime.Options.MaxWorkItemsPerSlice;
            for (var i = 0; i < budget; i++)
            {
                WorkItem item;
                lock (_lock)
                {
                    item = TakeWorkLocked();
                    if (item.Kind == WorkKind.None)
                    {
                        _running = false;
                        return;
                    }
                }

                Run(item);
            }

            // Slice used up: yield the thread to other activations and continue later.
            Schedule();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void Run(in WorkItem item)
    {
        switch (item.Kind)
        {
            case WorkKind.Continuation:
                try
                {
                    item.Callback!(item.State);
                }
                catch (Exception e)
                {
                    RuntimeLog.ContinuationFailed(_runtime.Logger, e, Id);
                }

                break;
            case WorkKind.Call:
                item.Call!.RunQueued(this, Grain!);
                break;
            case WorkKind.Expired:
                item.Call!.TimeOut();
                break;
            case WorkKind.Activate:
                _ = ActivateAsync();
                break;
            case WorkKind.Deactivate:
                _ = DeactivateAsync();
                break;
        }
    }

    private WorkItem TakeWorkLocked()
    {
        if (_continuations is { Count: > 0 })
        {
            var (callback, state) = _continuations.Dequeue();
            return new WorkItem(WorkKind.Continuation, null, callback, state);
        }

        switch (_status)
        {
            case ActivationStatus.Created:
                _status = ActivationStatus.Activating;
                return new WorkItem(WorkKind.Activate, null, null, null);
            case ActivationStatus.Valid when _deactivated is not null:
                if (_inFlight == 0)
                {
                    _status = ActivationStatus.Deactivating;
                    return new WorkItem(WorkKind.Deactivate, null, null, null);
                }

                return default;
            case ActivationStatus.Valid:
                var call = TakeStartableCallLocked();
                if (call is null)
                {
                    return default;
                }

                // The deadline timer may not have run yet (it fires on another thread, maybe late):
                // the clock decides, so a queued call never starts at or after its deadline.
                if (call.IsPastDeadline(_runtime.TimeProvider))
                {
                    return new WorkItem(WorkKind.Expired, call, null, null);
                }

                AddInFlight(call.Kind);
                return new WorkItem(WorkKind.Call, call, null, null);
            default:
                return default;
        }
    }

    private GrainInvocation? TakeStartableCallLocked()
    {
        var pending = _pending;
        if (pending is null)
        {
            return null;
        }

        // Calls whose caller already gave up (deadline) are dropped rather than run late.
        while (pending.Count > 0 && pending.Peek().IsAnswered)
        {
            pending.Dequeue();
        }

        if (pending.Count == 0)
        {
            return null;
        }

        if (CanStart(pending.Peek().Kind))
        {
            return pending.Dequeue();
        }

        if (pending.InterleaveCount > 0)
        {
            var index = pending.IndexOfInterleave();
            return index >= 0 ? pending.RemoveAt(index) : null;
        }

        return null;
    }

    private bool HasWorkLocked()
    {
        if (_continuations is { Count: > 0 } || _status == ActivationStatus.Created)
        {
            return true;
        }

        if (_status != ActivationStatus.Valid)
        {
            return false;
        }

        if (_deactivated is not null)
        {
            return _inFlight == 0;
        }

        var pending = _pending;
        if (pending is null || pending.Count == 0)
        {
            return false;
        }

        var head = pending.Peek();
        return head.IsAnswered || CanStart(head.Kind) || pending.InterleaveCount > 0;
    }

    /// <summary>Claims the loop when it is free and has work; the caller must then schedule it.</summary>
    private bool TryClaimLoopLocked()
    {
        if (_running || !HasWorkLocked())
        {
            return false;
        }

        _running = true;
        return true;
    }

    /// <summary>Releases the loop held by an inline caller; true when work remains and the loop must be scheduled (still claimed).</summary>
    private bool ReleaseLoopLocked()
    {
        if (HasWorkLocked())
        {
            return true;
        }

        _running = false;
        return false;
    }

    private void Schedule() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);

    private bool CanStart(InvocationKind kind) => kind switch
    {
        InvocationKind.Exclusive => _inFlight == 0,
        InvocationKind.ReadOnly => _inFlight == _readOnlyInFlight,
        _ => true,
    };

    private void AddInFlight(InvocationKind kind)
    {
        _inFlight++;
        if (kind == InvocationKind.ReadOnly)
        {
            _readOnlyInFlight++;
        }
    }

    private void RemoveInFlight(InvocationKind kind, bool countsAsActivity)
    {
        _inFlight--;
        if (kind == InvocationKind.ReadOnly)
        {
            _readOnlyInFlight--;
        }

        if (countsAsActivity)
        {
            _lastActiveSweep = _runtime.CurrentSweep;
        }
    }

    private enum WorkKind
    {
        None,
        Continuation,
        Call,
        Expired,
        Activate,
        Deactivate,
    }

    private readonly record struct WorkItem(WorkKind Kind, GrainInvocation? Call, SendOrPostCallback? Callback, object? State);
}
