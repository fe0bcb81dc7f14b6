using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQL.Utilities;
using DigitalPost.GraphQLGateway.Composition;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Hosting;

/// <summary>
/// The composed gateway (a singleton): the parts from <see cref="GatewayParts.Create"/> (the same instances whose services
/// were added), the schema they bind, its printed SDL, and the request pipeline with this schema's limits.
/// </summary>
public sealed class GatewayComposition
{
    private readonly Lazy<Schema> _schema;
    private readonly Lazy<string> _sdl;
    private readonly Lazy<InstrumentedRequestExecutor> _executor;

    public GatewayComposition(
        GatewayPartList parts,
        IOptions<GatewayOptions> options,
        IHostEnvironment environment,
        GatewayMetrics metrics,
        ILoggerFactory loggers,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Parts = parts.Parts;
        Options = options.Value;
        IntrospectionEnabled = Options.EnableIntrospection ?? environment.IsDevelopment();
        SdlEnabled = Options.EnableSdl ?? IntrospectionEnabled;
        var requestLogger = loggers.CreateLogger(GatewayRequestLog.CategoryName);
        _schema = new Lazy<Schema>(() => GatewaySchemaFactory.Build(Parts));
        _sdl = new Lazy<string>(() => SchemaPrinter.Print(Schema));
        _executor = new Lazy<InstrumentedRequestExecutor>(() => new InstrumentedRequestExecutor(
            new GraphQLRequestPipeline(Schema, GatewayPipelineOptions.Create(Options, IntrospectionEnabled, time, requestLogger)),
            metrics,
            requestLogger,
            time,
            Options.MaxPageSize));
    }

    /// <summary>The parts, in binding order.</summary>
    public IReadOnlyList<IGatewayPart> Parts { get; }

    /// <summary>The bound configuration.</summary>
    public GatewayOptions Options { get; }

    /// <summary>Whether <c>__schema</c>/<c>__type</c> answer (<c>Gateway:EnableIntrospection</c>; default: Development only).</summary>
    public bool IntrospectionEnabled { get; }

    /// <summary>Whether <c>GET /graphql?sdl</c> answers (<c>Gateway:EnableSdl</c>; default: as introspection).</summary>
    public bool SdlEnabled { get; }

    /// <summary>The served schema (built on first use; a binding error surfaces at start-up through <see cref="GatewayEndpointRouteBuilderExtensions"/>).</summary>
    public Schema Schema => _schema.Value;

    /// <summary>The served schema as SDL (graphql-js <c>printSchema</c> form).</summary>
    public string Sdl => _sdl.Value;

    /// <summary>The instrumented request pipeline transports call.</summary>
    public InstrumentedRequestExecutor Executor => _executor.Value;
}
