namespace DigitalPost.GraphQLGateway.Tests.Ide;

/// <summary>
/// A fact that needs Debian's Chromium (<c>apt-get install chromium</c>). On a developer machine
/// without it the test is reported as skipped; under CI (<c>CI=true</c>, where <c>.ci/run</c>
/// installs Chromium) it always runs, so a missing browser fails instead of passing silently.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi && !File.Exists(Executable))
        {
            Skip = $"{Executable} is not installed";
        }
    }
}
