using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Operations;

/// <summary>
/// The gateway's request log. What it writes: operation type and name (CPR-shaped digits masked), duration, outcome and
/// error codes. What it never writes: variables, the document, results, message contents, or a full CPR.
/// </summary>
public static partial class GatewayRequestLog
{
    public const string CategoryName = "DigitalPost.Gateway.Requests";

    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "GraphQL {OperationType} {OperationName} answered in {DurationMs:0.0} ms: {Outcome} {ErrorCodes}")]
    public static partial void Answered(ILogger logger, string operationType, string operationName, double durationMs, string outcome, string errorCodes);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Error, Message = "GraphQL resolver failed at {Path}: {ExceptionType}: {Detail}")]
    public static partial void ResolverFailed(ILogger logger, string path, string exceptionType, string? detail);
}
