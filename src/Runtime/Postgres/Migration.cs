namespace DigitalPost.Runtime.Postgres;

/// <summary>One versioned SQL script of a component; <see cref="Checksum"/> is the SHA-256 of its text.</summary>
public sealed record Migration(int Version, string Name, string Sql, string Checksum);
