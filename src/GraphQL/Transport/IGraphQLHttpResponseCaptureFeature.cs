using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Operations;

namespace DigitalPost.GraphQL.Transport;

/// <summary>
/// Optional hook for a response cache in front of GraphQL over HTTP. Put an implementation on <c>HttpContext.Features</c>
/// before the request reaches the endpoint; when the handler has executed an operation it asks
/// <see cref="ShouldCapture"/>, and on <c>true</c> serializes the result into a buffer, hands the exact bytes to
/// <see cref="OnCaptured"/> (status and headers are already set on the response) and then writes them. Only executed
/// operations are offered: request errors, malformed requests and operations the host refused before executing never are.
/// Without the feature the handler writes straight into the response body, as always.
/// </summary>
public interface IGraphQLHttpResponseCaptureFeature
{
    /// <summary>Whether the response to <paramref name="request"/> should be captured (called once, before writing).</summary>
    /// <param name="request">The prepared (valid) request that was executed.</param>
    /// <param name="result">Its result.</param>
    /// <param name="statusCode">The HTTP status the response gets.</param>
    bool ShouldCapture(PreparedRequest request, ExecutionResult result, int statusCode);

    /// <summary>The response body exactly as it is about to be written (valid only during the call: copy what you keep).</summary>
    void OnCaptured(PreparedRequest request, ReadOnlySpan<byte> body);
}
