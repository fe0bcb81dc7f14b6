namespace DigitalPost.GraphQLGateway.Messages.Paging;

/// <summary>The schema's <c>PageInfo</c> of a message page (read by property, like every <c>PageInfo</c>).</summary>
public sealed record MessagePageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
