namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>The exit code and combined output of a finished program.</summary>
internal sealed record ProcessResult(int ExitCode, string Output);
