namespace DigitalPost.Runtime.Streams;

/// <summary>
/// Publish/subscribe streams (Orleans' <c>IStreamProvider</c>). The in-memory provider delivers within
/// one silo; a cross-silo transport implements this same interface.
/// </summary>
public interface IStreamProvider
{
    /// <summary>The stream <paramref name="id"/> carrying events of type <typeparamref name="T"/>.</summary>
    IAsyncStream<T> GetStream<T>(StreamId id);
}
