using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Tasks.Sources;
using DigitalPost.Runtime.Activations;

namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>
/// Invocation of a method returning <see cref="Task"/> or <see cref="ValueTask"/>; the same
/// protocol as <see cref="ResultInvocation{TResult}"/> without a result.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class VoidInvocation : GrainInvocation, IValueTaskSource
{
    // Continuations of callers run on the thread pool (or their own synchronization context),
    // never inline on the thread completing the call: that thread may be a callee's work loop or
    // a timer thread, and a caller blocking there would stall them.
    private ManualResetValueTaskSourceCore<bool> _promise = new() { RunContinuationsAsynchronously = true };
    private ValueTask _grainTask;
    private ActivationData? _activation;
    private Action? _onGrainTaskCompleted;

    /// <summary>Calls the grain method with the argument fields (generated).</summary>
    protected abstract ValueTask InvokeGrain(object grain);

    internal ValueTask Invoke(GrainReference target)
    {
        Prepare(target, Method);
        target.Runtime.Instruments.CallStarted();
        while (true)
        {
            var activation = target.ResolveActivation();
            switch (activation.Enqueue(this, allowInline: true))
            {
                case EnqueueResult.Rejected:
                    target.Forget(activation);
                    continue;
                case EnqueueResult.Queued:
                    ArmDeadline();
                    return new ValueTask(this, _promise.Version);
                default:
                    return RunInline(activation);
            }
        }
    }

    internal override void RunQueued(ActivationData activation, object grain)
    {
        ValueTask task;
        var activity = CallActivity;
        var previousActivity = activity is null ? null : Activity.Current;
        try
        {
            if (activity is not null)
            {
                Activity.Current = activity;
            }

            task = InvokeGrain(grain);
        }
        catch (Exception e)
        {
            task = ValueTask.FromException(e);
        }
        finally
        {
            if (activity is not null)
            {
                Activity.Current = previousActivity;
            }
        }

        if (task.IsCompleted)
        {
            activation.EndTurn(Kind, CountsAsActivity);
            Answer(task);
            return;
        }

        AwaitGrainTask(activation, task);
    }

    internal override bool Fail(Exception error)
    {
        if (!TryClaim(error))
        {
            return false;
        }

        WithoutContext(static s => s.Self._promise.SetException(s.Error), (Self: this, Error: error));
        return true;
    }

    internal override async ValueTask<byte[]?> InvokeForWireAsync(GrainReference target, JsonSerializerOptions options)
    {
        await Invoke(target).ConfigureAwait(false);
        return null;
    }

    private ValueTask RunInline(ActivationData activation)
    {
        ValueTask task;
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(activation.Context);
        var activity = CallActivity;
        var previousActivity = activity is null ? null : Activity.Current;
        try
        {
            if (activity is not null)
            {
                Activity.Current = activity;
            }

            task = InvokeGrain(activation.Grain!);
        }
        catch (Exception e)
        {
            task = ValueTask.FromException(e);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
            if (activity is not null)
            {
                Activity.Current = previousActivity;
            }
        }

        if (task.IsCompleted)
        {
            activation.CompleteInlineTurn(Kind, CountsAsActivity);
            if (activity is not null)
            {
                // Not reading the error: that would consume a value task the caller still has to await.
                StopActivity(!task.IsCompletedSuccessfully, null);
            }

            Recycle();
            return task;
        }

        ArmDeadline();
        AwaitGrainTask(activation, task);
        activation.ExitInline();
        return new ValueTask(this, _promise.Version);
    }

    private void AwaitGrainTask(ActivationData activation, ValueTask task)
    {
        _activation = activation;
        _grainTask = task;
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_onGrainTaskCompleted ??= OnGrainTaskCompleted);
    }

    private void OnGrainTaskCompleted()
    {
        var task = _grainTask;
        var activation = _activation!;
        _grainTask = default;
        _activation = null;
        activation.EndTurn(Kind, CountsAsActivity);
        Answer(task);
    }

    private void Answer(in ValueTask task)
    {
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            Fail(e);
            return;
        }

        if (TryClaim(null))
        {
            WithoutContext(static self => self._promise.SetResult(true), this);
        }
    }

    void IValueTaskSource.GetResult(short token) => _promise.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _promise.GetStatus(token);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
        => _promise.OnCompleted(continuation, state, token, flags);
}
