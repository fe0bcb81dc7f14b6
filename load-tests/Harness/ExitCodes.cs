namespace DigitalPost.LoadTests.Harness;

/// <summary>Exit codes of the load-test CLI.</summary>
public static class ExitCodes
{
    /// <summary>The run completed and every threshold held.</summary>
    public const int Success = 0;

    /// <summary>The run completed and at least one threshold failed.</summary>
    public const int ThresholdFailed = 1;

    /// <summary>The run could not be carried out (bad options, init hook failed, cancelled).</summary>
    public const int RunFailed = 2;
}
