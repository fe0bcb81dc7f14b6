using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Tasks.Sources;
using DigitalPost.Runtime.Activations;

namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>
/// Invocation of a method returning <see cref="Task{TResult}"/> or <see cref="ValueTask{TResult}"/>.
/// When the grain completes the call synchronously on the caller's thread, the caller receives the
/// grain's own task (no allocation, the very same exception object); otherwise the invocation itself
/// is the promise the caller awaits.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ResultInvocation<TResult> : GrainInvocation, IValueTaskSource<TResult>
{
    // Continuations of callers run on the thread pool (or their own synchronization context),
    // never inline on the thread completing the call: that thread may be a callee's work loop or
    // a timer thread, and a caller blocking there would stall them.
    private ManualResetValueTaskSourceCore<TResult> _promise = new() { RunContinuationsAsynchronously = true };
    private ValueTask<TResult> _grainTask;
    private ActivationData? _activation;
    private Action? _onGrainTaskCompleted;

    /// <summary>Calls the grain method with the argument fields (generated).</summary>
    protected abstract ValueTask<TResult> InvokeGrain(object grain);

    internal ValueTask<TResult> Invoke(GrainReference target)
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
                    return new ValueTask<TResult>(this, _promise.Version);
                default:
                    return RunInline(activation);
            }
        }
    }

    internal override void RunQueued(ActivationData activation, object grain)
    {
        ValueTask<TResult> task;
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
            task = ValueTask.FromException<TResult>(e);
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
        var result = await Invoke(target).ConfigureAwait(false);
        return JsonSerializer.SerializeToUtf8Bytes(result, options);
    }

    private ValueTask<TResult> RunInline(ActivationData activation)
    {
        ValueTask<TResult> task;
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
            task = ValueTask.FromException<TResult>(e);
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
        return new ValueTask<TResult>(this, _promise.Version);
    }

    private void AwaitGrainTask(ActivationData activation, ValueTask<TResult> task)
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

    private void Answer(in ValueTask<TResult> task)
    {
        TResult result;
        try
        {
            result = task.Result;
        }
        catch (Exception e)
        {
            Fail(e);
            return;
        }

        if (TryClaim(null))
        {
            WithoutContext(static s => s.Self._promise.SetResult(s.Result), (Self: this, Result: result));
        }
    }

    TResult IValueTaskSource<TResult>.GetResult(short token) => _promise.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<TResult>.GetStatus(short token) => _promise.GetStatus(token);

    void IValueTaskSource<TResult>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
        => _promise.OnCompleted(continuation, state, token, flags);
}
