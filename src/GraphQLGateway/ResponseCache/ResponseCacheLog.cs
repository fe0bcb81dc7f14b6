using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// The request log line of an answer served from the cache: category <c>DigitalPost.Gateway.Requests</c> like every
/// answered operation (event 5200), as event 5202 with the same properties and "(cached)". Nothing else is logged
/// (never variables, documents or results).
/// </summary>
internal static partial class ResponseCacheLog
{
    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "GraphQL {OperationType} {OperationName} answered in {DurationMs:0.0} ms: {Outcome} {ErrorCodes}(cached)")]
    public static partial void AnsweredFromCache(ILogger logger, string operationType, string operationName, double durationMs, string outcome, string errorCodes);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Response cache bypassed: the mailbox version could not be read ({ExceptionType})")]
    public static partial void VersionUnavailable(ILogger logger, string exceptionType);
}
