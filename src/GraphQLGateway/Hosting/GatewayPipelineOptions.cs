using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Operations;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Hosting;

/// <summary>The engine's request-pipeline options for the gateway, from <see cref="GatewayOptions"/>.</summary>
public static class GatewayPipelineOptions
{
    public static RequestPipelineOptions Create(GatewayOptions options, bool introspection, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        return new RequestPipelineOptions
        {
            Execution = new ExecutionOptions
            {
                EnableIntrospection = introspection,
                Timeout = options.RequestTimeout > TimeSpan.Zero ? options.RequestTimeout : null,
                TimeProvider = time,
                UnexpectedExceptionObserver = (exception, path) =>
                    GatewayRequestLog.ResolverFailed(logger, LogSafeText.Mask(path?.ToString()) ?? "(root)", exception.GetType().Name, LogSafeText.Mask(exception.Message)),
            },
            Limits = new OperationLimits
            {
                MaxDepth = options.MaxDepth,
                MaxAliases = options.MaxAliases,
                MaxRootFields = options.MaxRootFields,
                MaxCost = options.MaxCost,
                MaxRequestBytes = options.MaxRequestBytes,
                Cost = new CostOptions { DefaultListSize = options.DefaultListSize },
            },
            DocumentCacheCapacity = options.DocumentCacheCapacity,
        };
    }
}
