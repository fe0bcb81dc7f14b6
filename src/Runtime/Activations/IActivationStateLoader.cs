namespace DigitalPost.Runtime.Activations;

/// <summary>A persistent state of an activation, read before <c>OnActivateAsync</c>.</summary>
internal interface IActivationStateLoader
{
    Task ReadStateAsync(CancellationToken cancellationToken);
}
