namespace DigitalPost.Grains.Interfaces.AuthorityDirectory;

/// <summary>A subject a citizen picks when writing to a contact point (e.g. "Pas og kørekort").</summary>
/// <param name="Id">Stable id within the contact point (a slug).</param>
public sealed record ContactPointCategory(string Id, string Name);
