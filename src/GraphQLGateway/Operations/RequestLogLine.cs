using System.Collections;
using System.Globalization;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>
/// The state of a request log line (events 5200 and 5202, <see cref="GatewayRequestLog"/>): the same properties and text
/// as the message template <c>GraphQL {OperationType} {OperationName} answered in {DurationMs:0.0} ms: {Outcome}
/// {ErrorCodes}</c> (plus <c>(cached)</c> for a hit), but the text is written straight from the fields (invariant culture,
/// as the framework's template formatter) without boxing the duration or formatting through a parsed template. The
/// properties are boxed only when a structured sink (the JSON console formatter) enumerates them.
/// </summary>
public readonly struct RequestLogLine : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The message template the text follows (the <c>{OriginalFormat}</c> property).</summary>
    public const string Template = "GraphQL {OperationType} {OperationName} answered in {DurationMs:0.0} ms: {Outcome} {ErrorCodes}";

    /// <summary>The template of a line about an answer from the response cache.</summary>
    public const string CachedTemplate = Template + "(cached)";

    public RequestLogLine(string operationType, string operationName, double durationMs, string outcome, string errorCodes, bool cached)
    {
        OperationType = operationType;
        OperationName = operationName;
        DurationMs = durationMs;
        Outcome = outcome;
        ErrorCodes = errorCodes;
        Cached = cached;
    }

    public string OperationType { get; }

    public string OperationName { get; }

    public double DurationMs { get; }

    public string Outcome { get; }

    public string ErrorCodes { get; }

    /// <summary>Whether the answer came from the response cache.</summary>
    public bool Cached { get; }

    public int Count => 6;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("OperationType", OperationType),
        1 => new("OperationName", OperationName),
        2 => new("DurationMs", DurationMs),
        3 => new("Outcome", Outcome),
        4 => new("ErrorCodes", ErrorCodes),
        5 => new("{OriginalFormat}", Cached ? CachedTemplate : Template),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"GraphQL {OperationType} {OperationName} answered in {DurationMs:0.0} ms: {Outcome} {ErrorCodes}{(Cached ? "(cached)" : string.Empty)}");

    /// <summary>The formatter <c>ILogger.Log</c> takes.</summary>
    public static string Format(RequestLogLine line, Exception? exception) => line.ToString();
}
