using DigitalPost.Runtime.Activations;

namespace DigitalPost.Runtime.Timers;

/// <summary>A grain timer with a typed callback state (no boxing).</summary>
internal sealed class GrainTimer<TState>(
    ActivationData activation,
    Func<TState, CancellationToken, Task> callback,
    TState state,
    GrainTimerCreationOptions options) : GrainTimer(activation, options)
{
    protected override Task InvokeCallback(CancellationToken cancellationToken) => callback(state, cancellationToken);
}
