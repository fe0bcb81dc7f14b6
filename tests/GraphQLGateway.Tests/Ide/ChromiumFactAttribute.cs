namespace DigitalPost.GraphQLGateway.Tests.Ide;

/// <summary>A fact that needs Debian's Chromium (<c>apt-get install chromium</c>); reported as skipped where it is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable))
        {
            Skip = $"{Executable} is not installed";
        }
    }
}
