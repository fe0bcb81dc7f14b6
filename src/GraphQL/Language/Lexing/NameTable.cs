using System.Text;

namespace DigitalPost.GraphQL.Language;

/// <summary>
/// A bounded, lock-free cache of name strings keyed by their UTF-8 bytes, so the same field and type
/// names across parsed documents share one string instead of allocating per occurrence. A slot holds
/// one string; a collision replaces it (races are benign: a reference write is atomic and any string
/// found is checked byte for byte before use).
/// </summary>
internal static class NameTable
{
    private const int Size = 8192;
    private const int MaxCachedLength = 64;
    private static readonly string?[] Slots = new string?[Size];

    /// <summary>Returns the string for an ASCII name, shared when cached.</summary>
    public static string Get(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return Encoding.ASCII.GetString(name);
        }

        var hash = (uint)name.Length;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 16777619u;
        }

        var slot = (int)(hash & (Size - 1));
        var cached = Slots[slot];
        if (cached is not null && Matches(cached, name))
        {
            return cached;
        }

        var created = Encoding.ASCII.GetString(name);
        Slots[slot] = created;
        return created;
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> name)
    {
        if (cached.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (cached[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
