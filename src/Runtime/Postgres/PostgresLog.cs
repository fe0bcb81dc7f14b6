using Microsoft.Extensions.Logging;

namespace DigitalPost.Runtime.Postgres;

/// <summary>Log messages of the PostgreSQL plumbing (event ids 5100-5199).</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(5100, LogLevel.Information, "Private PostgreSQL {Version} started in {ElapsedMs} ms from data folder {DataDirectory} on 127.0.0.1:{Port} (initialised now: {Initialised})")]
    public static partial void PrivateServerStarted(ILogger logger, string version, string dataDirectory, int port, bool initialised, long elapsedMs);

    [LoggerMessage(5101, LogLevel.Information, "Private PostgreSQL in {DataDirectory} stopped")]
    public static partial void PrivateServerStopped(ILogger logger, string dataDirectory);

    [LoggerMessage(5102, LogLevel.Information, "Initialising a PostgreSQL cluster in {ClusterDirectory} with the binaries in {BinDirectory}")]
    public static partial void InitialisingCluster(ILogger logger, string clusterDirectory, string binDirectory);

    [LoggerMessage(5103, LogLevel.Warning, "Removing stale {PidFile}: process {ProcessId} is not a running server of this data folder (left by a killed run)")]
    public static partial void RemovingStalePidFile(ILogger logger, string pidFile, int processId);

    [LoggerMessage(5104, LogLevel.Warning, "A PostgreSQL server (pid {ProcessId}) of {ClusterDirectory} was left running by a run that died; stopping it to start afresh")]
    public static partial void StoppingLeftoverServer(ILogger logger, int processId, string clusterDirectory);

    [LoggerMessage(5110, LogLevel.Information, "Applied migration {Component} {Version} ({Name}) in {ElapsedMs} ms")]
    public static partial void MigrationApplied(ILogger logger, string component, int version, string name, long elapsedMs);

    [LoggerMessage(5111, LogLevel.Warning, "Migration {Component} {Version} ({Name}) was changed after it was applied (checksum {Applied} then, {Current} now); migrations are never re-run, add a new one instead")]
    public static partial void MigrationChanged(ILogger logger, string component, int version, string name, string applied, string current);

    [LoggerMessage(5112, LogLevel.Information, "Ready: {Target}, migrations applied ({Count} new)")]
    public static partial void DatabaseReady(ILogger logger, string target, int count);

    [LoggerMessage(5113, LogLevel.Error, "Not ready: {Target}: {Reason}; retrying in {RetryDelay}")]
    public static partial void DatabaseNotReady(ILogger logger, Exception? exception, string target, string reason, TimeSpan retryDelay);
}
