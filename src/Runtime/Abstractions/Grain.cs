using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Reminders;
using DigitalPost.Runtime.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime;

/// <summary>
/// Base class of grain implementations (Orleans' <c>Grain</c>). Instances are created by the runtime
/// on activation; the constructor may take services and <c>[PersistentState]</c> states.
/// Grain code must not use <c>ConfigureAwait(false)</c>: it would leave the grain's turn.
/// </summary>
public abstract class Grain
{
    private readonly ActivationData _activation;

    protected Grain()
    {
        _activation = GrainActivator.Constructing
            ?? throw new InvalidOperationException("Grain instances are created by the grain runtime when a grain activates.");
    }

    /// <summary>This grain's id (grain type and key).</summary>
    public GrainId GrainId => _activation.Id;

    /// <summary>This grain's key.</summary>
    public string GrainKey => _activation.Id.Key;

    /// <summary>Creates references to other grains.</summary>
    protected IGrainFactory GrainFactory => _activation.Runtime;

    /// <summary>The runtime's clock (inject it into domain code instead of reading the system clock).</summary>
    protected TimeProvider TimeProvider => _activation.Runtime.TimeProvider;

    /// <summary>Called once after the grain's states are read and before its first call.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once before the activation goes away: idle timeout, <see cref="DeactivateOnIdle"/> or silo shutdown. Write state here.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation when the current turn ends; later calls reach a new activation.</summary>
    protected void DeactivateOnIdle()
        => _ = _activation.RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "The grain called DeactivateOnIdle."));

    /// <summary>Registers a timer whose ticks run as turns of this activation; it stops when the activation deactivates.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
        => RegisterGrainTimer(static (cb, ct) => cb(ct), callback, new GrainTimerCreationOptions { DueTime = dueTime, Period = period });

    /// <summary>Registers a timer whose ticks run as turns of this activation; it stops when the activation deactivates.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<Task> callback, TimeSpan dueTime, TimeSpan period)
        => RegisterGrainTimer(static (cb, _) => cb(), callback, new GrainTimerCreationOptions { DueTime = dueTime, Period = period });

    /// <summary>Registers a timer with state and options; ticks run as turns unless <see cref="GrainTimerCreationOptions.Interleave"/>.</summary>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(options);
        var timer = new GrainTimer<TState>(_activation, callback, state, options);
        try
        {
            _activation.AddTimer(timer);
        }
        catch
        {
            timer.Stop();
            throw;
        }

        timer.Start();
        return timer;
    }

    /// <summary>
    /// Registers (or replaces) a durable reminder: it first fires after <paramref name="dueTime"/>,
    /// then every <paramref name="period"/> (zero: once), surviving deactivation and silo restarts.
    /// The grain must implement <see cref="IRemindable"/>.
    /// </summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminderAsync(string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        EnsureRemindable();
        return Reminders.RegisterOrUpdateAsync(_activation.Id, reminderName, dueTime, period);
    }

    /// <summary>Removes a reminder of this grain.</summary>
    protected Task UnregisterReminderAsync(IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return Reminders.UnregisterAsync(_activation.Id, reminder.ReminderName);
    }

    /// <summary>The reminder named <paramref name="reminderName"/>, or null.</summary>
    protected Task<IGrainReminder?> GetReminder(string reminderName) => Task.FromResult(Reminders.GetReminder(_activation.Id, reminderName));

    /// <summary>All reminders of this grain.</summary>
    protected Task<IReadOnlyList<IGrainReminder>> GetReminders() => Task.FromResult(Reminders.GetReminders(_activation.Id));

    private ReminderService Reminders => _activation.Runtime.Services.GetRequiredService<ReminderService>();

    private void EnsureRemindable()
    {
        if (this is not IRemindable)
        {
            throw new InvalidOperationException($"Grain class {GetType()} must implement IRemindable to register reminders.");
        }
    }
}
