using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>
/// The gateway's request log. What it writes: operation type and name (CPR-shaped digits masked), duration, outcome and
/// error codes. What it never writes: variables, the document, results, message contents, or a full CPR.
/// </summary>
public static partial class GatewayRequestLog
{
    public const string CategoryName = "DigitalPost.Gateway.Requests";

    /// <summary>The event of an executed operation's line.</summary>
    public static readonly EventId AnsweredEvent = new(5200, nameof(Answered));

    /// <summary>The event of a line about an answer from the response cache.</summary>
    public static readonly EventId AnsweredFromCacheEvent = new(5202, nameof(AnsweredFromCache));

    /// <summary>Event 5200 at Information: <see cref="RequestLogLine.Template"/>.</summary>
    public static void Answered(ILogger logger, string operationType, string operationName, double durationMs, string outcome, string errorCodes)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Log(LogLevel.Information, AnsweredEvent, new RequestLogLine(operationType, operationName, durationMs, outcome, errorCodes, cached: false), null, RequestLogLine.Format);
        }
    }

    /// <summary>Event 5202 at Information: <see cref="RequestLogLine.CachedTemplate"/> (an answer from the response cache).</summary>
    public static void AnsweredFromCache(ILogger logger, string operationType, string operationName, double durationMs, string outcome, string errorCodes)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Log(LogLevel.Information, AnsweredFromCacheEvent, new RequestLogLine(operationType, operationName, durationMs, outcome, errorCodes, cached: true), null, RequestLogLine.Format);
        }
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Error, Message = "GraphQL resolver failed at {Path}: {ExceptionType}: {Detail}")]
    public static partial void ResolverFailed(ILogger logger, string path, string exceptionType, string? detail);
}
