using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Diagnostics;

namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>
/// One call of a grain method: typed argument fields (generated subclasses), the deadline, and the
/// caller's promise. An invocation that completes synchronously on the caller's thread goes back
/// to a per-thread pool; one that goes asynchronous is never reused, so a late deadline timer or
/// a completion racing with it can never touch a recycled object.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainInvocation
{
    private const int Pending = 0;
    private const int Completed = 1;

    private static readonly TimerCallback s_onDeadline = static state => ((GrainInvocation)state!).TimeOut();

    private int _state;
    private ITimer? _deadlineTimer;
    private long _deadlineArmedAt;
    private bool _deadlineArmed;
    private Activity? _activity;

    /// <summary>The method being called.</summary>
    public abstract GrainMethodDescriptor Method { get; }

    /// <summary>Writes the arguments as a JSON array (the serialisable form of the call).</summary>
    public abstract void WriteArguments(Utf8JsonWriter writer, JsonSerializerOptions options);

    /// <summary>Reads the arguments from a JSON array written by <see cref="WriteArguments"/>.</summary>
    public abstract void ReadArguments(ref Utf8JsonReader reader, JsonSerializerOptions options);

    internal GrainReference? Target { get; private protected set; }

    internal InvocationKind Kind { get; private protected set; }

    internal TimeSpan Timeout { get; private protected set; }

    /// <summary>False for timer ticks, which must not keep an activation from being collected.</summary>
    internal virtual bool CountsAsActivity => true;

    /// <summary>True once the caller has its answer (result, error or timeout): a queued call that is already answered is dropped.</summary>
    internal bool IsAnswered => Volatile.Read(ref _state) != Pending;

    /// <summary>Starts the call on its activation from the activation's work loop.</summary>
    internal abstract void RunQueued(ActivationData activation, object grain);

    /// <summary>Runs the call (re-created from its serialised form) and returns its result serialised as JSON (null for no result).</summary>
    internal abstract ValueTask<byte[]?> InvokeForWireAsync(GrainReference target, JsonSerializerOptions options);

    /// <summary>Answers the caller with <paramref name="error"/> without running the call; false when the caller already had its answer.</summary>
    internal abstract bool Fail(Exception error);

    /// <summary>
    /// True when the call's deadline has come by <paramref name="time"/>, whether or not its deadline
    /// timer has run yet: that callback runs on another thread and may come late (a busy thread pool,
    /// or a fake clock still firing an earlier timer due at the same instant), and a queued call
    /// must not start in that gap.
    /// </summary>
    internal bool IsPastDeadline(TimeProvider time)
        => Volatile.Read(ref _deadlineArmed) && time.GetElapsedTime(_deadlineArmedAt) >= Timeout;

    /// <summary>Answers the caller with <see cref="GrainCallTimeoutException"/> (the deadline timer's callback, or a queued call found past its deadline).</summary>
    internal void TimeOut()
    {
        var target = Target;
        if (target is null)
        {
            return;
        }

        var method = Method;
        if (Fail(new GrainCallTimeoutException(target.GrainId, method.InterfaceName, method.MethodName, Timeout)))
        {
            target.Runtime.Instruments.CallTimedOut();
        }
    }

    /// <summary>Delivers the call again after its activation deactivated before running it.</summary>
    internal virtual void Redispatch()
    {
        var target = Target!;
        while (true)
        {
            ActivationData activation;
            try
            {
                activation = target.ResolveActivation();
            }
            catch (Exception e)
            {
                Fail(e);
                return;
            }

            if (activation.Enqueue(this, allowInline: false) != EnqueueResult.Rejected)
            {
                return;
            }

            target.Forget(activation);
        }
    }

    /// <summary>Clears argument fields and returns the object to its per-thread pool (generated).</summary>
    protected virtual void ReturnToPool()
    {
    }

    private protected void Prepare(GrainReference target, GrainMethodDescriptor method)
    {
        Target = target;
        var grainClass = target.GrainClass;
        Kind = grainClass is not null && grainClass.Reentrant ? InvocationKind.Interleave : method.Kind;
        Timeout = target.TimeoutOverride ?? method.Timeout ?? target.Runtime.Options.DefaultCallTimeout;
        if (RuntimeInstruments.ActivitySource.HasListeners())
        {
            StartActivity(target, method);
        }
    }

    /// <summary>The call's trace activity, made current while grain code of the call starts (so nested calls become its children).</summary>
    private protected Activity? CallActivity => _activity;

    /// <summary>Ends the call's activity (if traced) once the caller has its answer.</summary>
    private protected void StopActivity(Exception? error) => StopActivity(error is not null, error?.Message);

    /// <summary>Ends the call's activity (if traced) once the caller has its answer.</summary>
    private protected void StopActivity(bool failed, string? message)
    {
        var activity = _activity;
        if (activity is null)
        {
            return;
        }

        _activity = null;
        if (failed)
        {
            activity.SetStatus(ActivityStatusCode.Error, message);
        }

        // Stopping must not change the ambient activity of whatever thread answers the call.
        var current = Activity.Current;
        activity.Stop();
        Activity.Current = current;
    }

    private void StartActivity(GrainReference target, GrainMethodDescriptor method)
    {
        var previous = Activity.Current;
        var activity = RuntimeInstruments.ActivitySource.StartActivity("grain call", ActivityKind.Internal);
        Activity.Current = previous;
        if (activity is null)
        {
            return;
        }

        activity.DisplayName = $"{method.InterfaceType.Name}.{method.MethodName}";
        activity.SetTag("grain.id", target.GrainId.ToString());
        activity.SetTag("grain.interface", method.InterfaceName);
        activity.SetTag("grain.method", method.MethodName);
        _activity = activity;
    }

    private protected void Recycle()
    {
        Target = null;
        ReturnToPool();
    }

    /// <summary>Claims the right to answer the caller; false when someone (deadline or completion) already did.</summary>
    private protected bool TryClaim(Exception? error)
    {
        if (Interlocked.CompareExchange(ref _state, Completed, Pending) != Pending)
        {
            return false;
        }

        Interlocked.Exchange(ref _deadlineTimer, null)?.Dispose();
        StopActivity(error);
        return true;
    }

    /// <summary>Starts the deadline clock for a call that did not complete synchronously.</summary>
    private protected void ArmDeadline()
    {
        if (Timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return;
        }

        var time = Target!.Runtime.TimeProvider;

        // The start of the deadline for IsPastDeadline; published before the flag that says it is set.
        _deadlineArmedAt = time.GetTimestamp();
        Volatile.Write(ref _deadlineArmed, true);
        var timer = time.CreateTimer(s_onDeadline, this, Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        Volatile.Write(ref _deadlineTimer, timer);
        if (IsAnswered)
        {
            // Answered while the timer was being created: nobody else will dispose it.
            Interlocked.Exchange(ref _deadlineTimer, null)?.Dispose();
        }
    }

    /// <summary>Runs <paramref name="complete"/> with no synchronization context, so a caller's continuation that runs inline never lands in the callee's activation.</summary>
    private protected static void WithoutContext<TState>(Action<TState> complete, TState state)
    {
        var context = SynchronizationContext.Current;
        if (context is null)
        {
            complete(state);
            return;
        }

        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            complete(state);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }
}
