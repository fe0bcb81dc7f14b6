namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>
/// One call of a matrix cell: a GraphQL document with variables, and <see cref="Probe"/>, the path (dot-separated, list
/// indexes as numbers) whose value tells an allowed call (non-null) from a hidden one answered with null.
/// </summary>
public sealed record MatrixRequest(string Query, object? Variables, string Probe);
