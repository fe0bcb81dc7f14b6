namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>One of the 5 Danish regions.</summary>
public sealed record Region(int Code, string Name);
