namespace DigitalPost.GraphQLGateway.Messages.Content;

/// <summary>The runtime value of the schema's <c>Document</c>.</summary>
public sealed record DocumentView(string? DocumentId, string? Label, IReadOnlyList<FileView> Files, IReadOnlyList<ActionView> Actions);
