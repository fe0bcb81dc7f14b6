using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DigitalPost.Runtime.Storage.Postgres;

/// <summary>
/// Storage latency and ETag conflicts of the PostgreSQL providers, on the meter <see cref="MeterName"/>:
/// <c>digitalpost.runtime.storage.duration</c> (ms, tagged <c>operation</c> and <c>outcome</c>:
/// ok / conflict / error) and <c>digitalpost.runtime.storage.etag_conflicts</c>.
/// </summary>
public static class PostgresStorageInstruments
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "DigitalPost.Runtime.Postgres";

    internal const string Ok = "ok";
    internal const string Conflict = "conflict";
    internal const string Error = "error";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "digitalpost.runtime.storage.duration", "ms", "Round trip of one grain-state or reminder operation to PostgreSQL.");

    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>(
        "digitalpost.runtime.storage.etag_conflicts", "{operation}", "Writes and clears refused because the stored ETag had changed.");

    internal static void Record(string operation, long startTimestamp, string outcome)
    {
        Duration.Record(
            Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds,
            new KeyValuePair<string, object?>("operation", operation),
            new KeyValuePair<string, object?>("outcome", outcome));
        if (ReferenceEquals(outcome, Conflict))
        {
            Conflicts.Add(1, new KeyValuePair<string, object?>("operation", operation));
        }
    }
}
