namespace DigitalPost.Grains.Seeding;

/// <summary>
/// A small deterministic generator (SplitMix64). Every synthetic row gets its own generator seeded
/// from (seed, row index), so rows are the same whatever the thread or chunk that makes them.
/// </summary>
internal struct SeedRandom(ulong state)
{
    private ulong _state = state;

    /// <summary>A generator for row <paramref name="index"/> of stream <paramref name="stream"/> under <paramref name="seed"/>.</summary>
    public static SeedRandom For(long seed, ulong stream, long index) =>
        new(Mix(Mix((ulong)seed ^ 0x5DEECE66DUL, stream), (ulong)index));

    public static ulong Mix(ulong a, ulong b)
    {
        var z = a + 0x9E3779B97F4A7C15UL + (b * 0xD1B54A32D192ED03UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    /// <summary>Uniform in [0, <paramref name="max"/>).</summary>
    public long NextInt64(long max) => (long)(NextUInt64() % (ulong)max);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
