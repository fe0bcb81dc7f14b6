namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>An <c>xmlns:prefix="uri"</c> declaration from the message root, kept so written messages use the sender's prefixes.</summary>
public sealed record MeMoNamespaceDeclaration(string Prefix, string Uri);
