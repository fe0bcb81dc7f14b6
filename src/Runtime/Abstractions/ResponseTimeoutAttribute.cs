namespace DigitalPost.Runtime;

/// <summary>
/// Overrides the default call deadline (<c>GrainRuntimeOptions.DefaultCallTimeout</c>) for a grain
/// interface or one of its methods; the method's attribute wins over the interface's.
/// </summary>
/// <param name="timeout">A <see cref="TimeSpan"/> in invariant "c" format, e.g. <c>"00:00:05"</c>.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Interface)]
public sealed class ResponseTimeoutAttribute(string timeout) : Attribute
{
    /// <summary>The deadline of each call.</summary>
    public TimeSpan Timeout { get; } = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture);
}
