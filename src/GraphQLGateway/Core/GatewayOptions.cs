namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// The gateway's configuration (section <c>Gateway</c>): who the agency is and the GraphQL limits configured for
/// this schema. Every key is documented in docs/gateway.md.
/// </summary>
public sealed class GatewayOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway";

    /// <summary>The authority id whose tokens act as the Digital Post agency (estate access, access logs). Default <c>digitaliseringsstyrelsen</c>.</summary>
    public string AgencyAuthorityId { get; set; } = GatewayViewer.DefaultAgencyAuthorityId;

    /// <summary>The largest <c>first</c>/<c>last</c> of any connection. Default 100 (issue 5).</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Deepest field nesting of an operation. Default 15 (the standard introspection query reaches 13).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Most aliased fields in one operation. Default 30.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most root fields in one operation. Default 20.</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>
    /// Highest estimated cost of an operation: each object field costs 1, multiplied by the <c>first</c>/<c>last</c>
    /// of the lists above it (10 when a list has no size argument). Default 20,000: an inbox page of 100 messages
    /// with their documents and files fits, a nest of full connections does not.
    /// </summary>
    public double MaxCost { get; set; } = 20_000;

    /// <summary>The assumed size of a list field without <c>first</c>/<c>last</c> when estimating cost. Default 10.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Largest GraphQL request body (and document text) in bytes. Default 1 MiB.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest time an operation (a subscription: each event) may run. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Parsed and validated documents kept in the cache. Default 1000.</summary>
    public int DocumentCacheCapacity { get; set; } = 1000;

    /// <summary>Whether <c>__schema</c>/<c>__type</c> work. Null (default): on in Development, off elsewhere.</summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>Whether <c>GET /graphql?sdl</c> answers with the schema. Null (default): follows introspection.</summary>
    public bool? EnableSdl { get; set; }

    /// <summary>Most operations one WebSocket connection may have running. Default 100.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>Largest WebSocket message in bytes. Default 64 KiB.</summary>
    public int MaxWebSocketMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Time to send <c>connection_init</c> after the WebSocket handshake. Default 3 s.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Interval of the server's keep-alive pings on WebSockets. Default 12 s.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The Prometheus text endpoint's path; empty disables it. Default <c>/metrics</c>.</summary>
    public string MetricsPath { get; set; } = "/metrics";
}
