using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// The response cache's own log lines. (The request log line of an answer served from the cache, event 5202, is
/// <see cref="Operations.GatewayRequestLog.AnsweredFromCache"/>.)
/// </summary>
internal static partial class ResponseCacheLog
{
    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Response cache bypassed: the mailbox version could not be read ({ExceptionType})")]
    public static partial void VersionUnavailable(ILogger logger, string exceptionType);
}
