using DigitalPost.Grains.Interfaces.AccessLog;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The schema's <c>AccessLogEdge</c>.</summary>
public sealed record AccessLogEdge(string Cursor, AccessLogEntry Node);
