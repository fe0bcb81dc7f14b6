namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>The schema's <c>PageInfo</c> of a mass-send page (read by property).</summary>
public sealed record MassSendPageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
