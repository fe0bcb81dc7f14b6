using System.Buffers;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// The default content sink: keeps a file's bytes in memory up to
/// <see cref="MemoryThreshold"/> and spills to a temporary file beyond it (deleted when the
/// returned <see cref="FileMeMoContent"/> is disposed).
/// </summary>
public sealed class BufferingMeMoContentSink : IMeMoContentSink
{
    /// <summary>Default in-memory limit per file: 1 MiB.</summary>
    public const int DefaultMemoryThreshold = 1024 * 1024;

    private const int ChunkSize = 16 * 1024;

    public BufferingMeMoContentSink(int memoryThreshold = DefaultMemoryThreshold, string? tempDirectory = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(memoryThreshold);
        MemoryThreshold = memoryThreshold;
        TempDirectory = tempDirectory ?? Path.GetTempPath();
    }

    /// <summary>A shared instance with the default threshold and the system temp folder.</summary>
    public static BufferingMeMoContentSink Default { get; } = new();

    public int MemoryThreshold { get; }

    public string TempDirectory { get; }

    public MeMoContent Receive(MeMoContentContext context, Stream decoded)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        byte[]? memory = null;
        var length = 0;
        try
        {
            while (true)
            {
                var read = decoded.Read(chunk, 0, ChunkSize);
                if (read == 0)
                {
                    return new InMemoryMeMoContent(memory is null ? Array.Empty<byte>() : memory.AsMemory(0, length));
                }

                if (length + read > MemoryThreshold)
                {
                    return SpillToFile(memory, length, chunk, read, decoded);
                }

                memory = Grow(memory, length + read);
                chunk.AsSpan(0, read).CopyTo(memory.AsSpan(length));
                length += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static byte[] Grow(byte[]? memory, int needed)
    {
        if (memory is not null && memory.Length >= needed)
        {
            return memory;
        }

        // Small files (the common case) get an exact-size array on the first chunk.
        var size = memory is null ? needed : Math.Max(needed, memory.Length * 2);
        var grown = new byte[size];
        memory?.CopyTo(grown, 0);
        return grown;
    }

    private FileMeMoContent SpillToFile(byte[]? memory, int length, byte[] chunk, int read, Stream decoded)
    {
        var path = Path.Combine(TempDirectory, "memo-" + Guid.NewGuid().ToString("N") + ".bin");
        var completed = false;
        try
        {
            long total = 0;
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                if (memory is not null)
                {
                    file.Write(memory, 0, length);
                    total += length;
                }

                while (read > 0)
                {
                    file.Write(chunk, 0, read);
                    total += read;
                    read = decoded.Read(chunk, 0, ChunkSize);
                }
            }

            completed = true;
            return new FileMeMoContent(path, total, deleteOnDispose: true);
        }
        finally
        {
            if (!completed)
            {
                File.Delete(path);
            }
        }
    }
}
