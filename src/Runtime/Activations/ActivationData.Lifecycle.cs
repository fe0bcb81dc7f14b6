using System.Diagnostics;
using DigitalPost.Runtime.CodeGeneration;
using DigitalPost.Runtime.Diagnostics;
using DigitalPost.Runtime.Timers;

namespace DigitalPost.Runtime.Activations;

internal sealed partial class ActivationData
{
    /// <summary>Registers a persistent state created by the grain's constructor.</summary>
    public void AddState(IActivationStateLoader state) => (_states ??= []).Add(state);

    public void AddTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            if (_status is ActivationStatus.Deactivating or ActivationStatus.Invalid)
            {
                throw new InvalidOperationException($"Grain {Id} is deactivating; it cannot register timers.");
            }

            (_timers ??= []).Add(timer);
        }
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers?.Remove(timer);
        }
    }

    /// <summary>True once deactivation was requested (by idle collection, the grain or shutdown).</summary>
    public bool IsDeactivationRequested
    {
        get
        {
            lock (_lock)
            {
                return _deactivated is not null;
            }
        }
    }

    /// <summary>True while the activation can run timer ticks (timers stop at deactivation).</summary>
    public bool AcceptsTimerTicks => _status is ActivationStatus.Valid or ActivationStatus.Activating && _deactivated is null;

    /// <summary>
    /// Deactivates after the running turns end. Calls that are waiting or arrive meanwhile are
    /// delivered to a new activation once this one is gone, so two never run at once.
    /// </summary>
    public Task RequestDeactivation(DeactivationReason reason)
    {
        bool schedule;
        Task task;
        lock (_lock)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return Task.CompletedTask;
            }

            if (_deactivated is null)
            {
                _deactivationReason = reason;
                _deactivated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            task = _deactivated.Task;
            schedule = TryClaimLoopLocked();
        }

        if (schedule)
        {
            Schedule();
        }

        return task;
    }

    /// <summary>Starts idle deactivation when nothing ran for <paramref name="idleSweeps"/> collection sweeps.</summary>
    public void CollectIfIdle(long sweep, long idleSweeps)
    {
        lock (_lock)
        {
            if (_status != ActivationStatus.Valid
                || _deactivated is not null
                || _inFlight > 0
                || _pending is { Count: > 0 }
                || sweep - _lastActiveSweep < idleSweeps)
            {
                return;
            }
        }

        _ = RequestDeactivation(new DeactivationReason(DeactivationReasonCode.IdleTimeout, "No calls within the idle timeout."));
    }

    private async Task ActivateAsync()
    {
        // Runs on the activation's loop; every await resumes there (no ConfigureAwait(false)),
        // because OnActivateAsync is grain code.
        using var activity = RuntimeInstruments.ActivitySource.StartActivity("grain activate", ActivityKind.Internal);
        activity?.SetTag("grain.id", Id.ToString());
        var started = _runtime.TimeProvider.GetTimestamp();
        using var cancellation = new CancellationTokenSource(_runtime.Options.ActivationTimeout, _runtime.TimeProvider);
        try
        {
            Grain = GrainClass.Activator.Create(_runtime.Services, this);
            if (_states is not null)
            {
                foreach (var state in _states)
                {
                    await state.ReadStateAsync(cancellation.Token);
                }

                // Only needed for this first read; an idle activation should stay small.
                _states = null;
            }

            if (Grain is Grain grain)
            {
                await grain.OnActivateAsync(cancellation.Token);
            }
        }
        catch (Exception e)
        {
            RuntimeLog.ActivationFailed(_runtime.Logger, e, Id);
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            FailActivation(e);
            return;
        }

        bool schedule;
        lock (_lock)
        {
            _status = ActivationStatus.Valid;
            schedule = TryClaimLoopLocked();
        }

        _runtime.Instruments.Activated(_runtime.TimeProvider.GetElapsedTime(started));
        RuntimeLog.Activated(_runtime.Logger, Id);
        if (schedule)
        {
            Schedule();
        }
    }

    private void FailActivation(Exception error)
    {
        List<GrainInvocation> waiting;
        List<GrainTimer>? timers;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            waiting = _pending?.DrainAll() ?? [];
            timers = _timers;
            _timers = null;
        }

        StopTimers(timers);
        _runtime.Activations.Remove(this);
        _deactivated?.TrySetResult();
        foreach (var call in waiting)
        {
            call.Fail(error);
        }
    }

    private async Task DeactivateAsync()
    {
        using var activity = RuntimeInstruments.ActivitySource.StartActivity("grain deactivate", ActivityKind.Internal);
        activity?.SetTag("grain.id", Id.ToString());
        activity?.SetTag("grain.deactivation_reason", _deactivationReason.Code.ToString());
        List<GrainTimer>? timers;
        lock (_lock)
        {
            timers = _timers;
            _timers = null;
        }

        StopTimers(timers);
        if (Grain is Grain grain)
        {
            using var cancellation = new CancellationTokenSource(_runtime.Options.DeactivationTimeout, _runtime.TimeProvider);
            try
            {
                await grain.OnDeactivateAsync(_deactivationReason, cancellation.Token);
            }
            catch (Exception e)
            {
                // The activation goes away regardless; the grain must not be able to pin itself.
                RuntimeLog.DeactivationFailed(_runtime.Logger, e, Id);
                activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            }
        }

        List<GrainInvocation> waiting;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            waiting = _pending?.DrainAll() ?? [];
        }

        _runtime.Activations.Remove(this);
        _runtime.Instruments.Deactivated();
        RuntimeLog.Deactivated(_runtime.Logger, Id, _deactivationReason.Code);
        _deactivated!.TrySetResult();

        // Only now, with this activation out of the table, may a new one start.
        foreach (var call in waiting)
        {
            if (!call.IsAnswered)
            {
                call.Redispatch();
            }
        }
    }

    private static void StopTimers(List<GrainTimer>? timers)
    {
        if (timers is null)
        {
            return;
        }

        foreach (var timer in timers)
        {
            timer.Stop();
        }
    }
}
