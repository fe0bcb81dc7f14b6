using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace DigitalPost.Grains.Messages;

/// <summary>
/// The SHA-256 keys of contents this process has seen committed in <c>mailbox_contents</c>, so a
/// delivery of the same content again (a mass send, a template letter) sends the hash instead of
/// the bytes. A key is added only after the statement that stored or referenced the content has
/// committed, and a committed content (with its file rows) is permanent (the database refuses to
/// change or remove it; Migrations/0002), so a known key stays true. Bounded: when full it starts
/// over, which costs one more send of each content's bytes, never a wrong row.
/// </summary>
public sealed class KnownContents(int capacity)
{
    private readonly ConcurrentDictionary<Key, byte> _keys = new();

    /// <summary>Most keys held before the set starts over; 0 turns the hint off (bytes always sent).</summary>
    public int Capacity { get; } = capacity >= 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity cannot be negative.");

    public int Count => _keys.Count;

    public bool Contains(byte[] sha256) => Capacity > 0 && Key.TryFrom(sha256, out var key) && _keys.ContainsKey(key);

    /// <summary>Records a content as stored; call only once the statement that stored or referenced it has committed.</summary>
    public void Add(byte[] sha256)
    {
        if (Capacity == 0 || !Key.TryFrom(sha256, out var key))
        {
            return;
        }

        if (_keys.Count >= Capacity)
        {
            _keys.Clear();
        }

        _keys.TryAdd(key, 0);
    }

    public void Forget(byte[] sha256)
    {
        if (Key.TryFrom(sha256, out var key))
        {
            _keys.TryRemove(key, out _);
        }
    }

    /// <summary>A SHA-256 as four longs: no allocation per look-up, cheap equality.</summary>
    private readonly record struct Key(ulong A, ulong B, ulong C, ulong D)
    {
        public static bool TryFrom(byte[] sha256, out Key key)
        {
            if (sha256 is not { Length: 32 })
            {
                key = default;
                return false;
            }

            ReadOnlySpan<byte> bytes = sha256;
            key = new Key(
                BinaryPrimitives.ReadUInt64LittleEndian(bytes),
                BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]));
            return true;
        }
    }
}
