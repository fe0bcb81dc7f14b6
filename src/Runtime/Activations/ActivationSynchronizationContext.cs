namespace DigitalPost.Runtime.Activations;

/// <summary>
/// Set as <see cref="SynchronizationContext.Current"/> while grain code runs, so every
/// <c>await</c> in grain code resumes on the activation's work loop: grain code never runs on two
/// threads at once, even for reentrant grains.
/// </summary>
internal sealed class ActivationSynchronizationContext(ActivationData activation) : SynchronizationContext
{
    public ActivationData Activation { get; } = activation;

    public override void Post(SendOrPostCallback d, object? state) => Activation.PostContinuation(d, state);

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send on a grain activation would deadlock its turn.");

    public override SynchronizationContext CreateCopy() => this;
}
