namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>An edge of a mass-send connection (jobs or receipts).</summary>
public sealed record MassSendEdge(string Cursor, object Node);
