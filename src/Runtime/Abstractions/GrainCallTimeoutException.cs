namespace DigitalPost.Runtime;

/// <summary>A grain call did not complete within its deadline. The grain may still run the call.</summary>
public sealed class GrainCallTimeoutException : TimeoutException
{
    public GrainCallTimeoutException(GrainId grainId, string interfaceName, string methodName, TimeSpan timeout)
        : base($"Call to {interfaceName}.{methodName} on grain {grainId} did not complete within its deadline of {timeout}.")
    {
        GrainId = grainId;
        InterfaceName = interfaceName;
        MethodName = methodName;
        Timeout = timeout;
    }

    /// <summary>The called grain.</summary>
    public GrainId GrainId { get; }

    /// <summary>Full name of the called grain interface.</summary>
    public string InterfaceName { get; }

    /// <summary>Name of the called method.</summary>
    public string MethodName { get; }

    /// <summary>The deadline that expired.</summary>
    public TimeSpan Timeout { get; }
}
