using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

/// <summary>A sink that checks every byte against the pattern and records how the content arrived.</summary>
internal sealed class ChunkRecordingSink(int bufferSize) : IMeMoContentSink
{
    public int Chunks { get; private set; }

    public int LargestChunk { get; private set; }

    public long TotalBytes { get; private set; }

    public long Mismatches { get; private set; }

    public MeMoContent Receive(MeMoContentContext context, Stream decoded)
    {
        var buffer = new byte[bufferSize];
        int read;
        while ((read = decoded.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != GeneratedMeMoStream.Pattern.At(TotalBytes + i))
                {
                    Mismatches++;
                }
            }

            Chunks++;
            LargestChunk = Math.Max(LargestChunk, read);
            TotalBytes += read;
        }

        return new PatternContent(TotalBytes);
    }
}
