namespace DigitalPost.Grains.Interfaces.AuthorityDirectory;

/// <summary>A place within an authority that receives messages (e.g. a municipality's "Borgerservice").</summary>
/// <param name="Id">Stable id within the authority (a slug, e.g. "borgerservice").</param>
/// <param name="Categories">The subjects a writer chooses from, in display order.</param>
public sealed record ContactPoint(
    string Id,
    string Name,
    string Description,
    AttachmentLimits AttachmentLimits,
    IReadOnlyList<ContactPointCategory> Categories);
