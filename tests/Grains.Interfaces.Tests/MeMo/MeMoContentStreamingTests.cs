using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

public sealed class MeMoContentStreamingTests
{
    // 17,067 blocks of 3,072 bytes: 52,429,824 bytes (50 MiB and a bit), 69.9 M base64 characters.
    private const int FiftyMegabytesOfBlocks = 17_067;

    [Fact]
    public void Fifty_megabyte_content_reaches_the_sink_in_bounded_chunks_without_the_text_being_held()
    {
        using var input = new GeneratedMeMoStream(FiftyMegabytesOfBlocks);
        var sink = new ChunkRecordingSink(bufferSize: 64 * 1024);
        var reader = new MeMoReader(sink: sink);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = reader.Read(input);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(input.ContentBytes, sink.TotalBytes);
        Assert.Equal(0, sink.Mismatches);
        Assert.True(sink.Chunks >= input.ContentBytes / (64 * 1024), $"{sink.Chunks} chunks");
        Assert.True(sink.LargestChunk <= 64 * 1024);
        Assert.Equal(input.ContentBytes, result.Message.Body!.MainDocument.Files[0].Content.Length);

        // Holding the base64 as a string would allocate ~140 MB (UTF-16), the decoded bytes 50 MB more.
        Assert.True(allocated < 8 * 1024 * 1024, $"reading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Fifty_megabyte_content_is_written_back_as_base64_in_chunks()
    {
        var message = MeMoTestData.ReadValid(MeMoTestData.NemSms) with
        {
            Header = MeMoTestData.ReadValid(MeMoTestData.NemSms).Header with { MessageType = MeMoMessageType.DigitalPost },
            Body = new MeMoMessageBody
            {
                CreatedDateTime = DateTimeOffset.UnixEpoch,
                MainDocument = new MeMoDocument
                {
                    Files = [new MeMoFile { EncodingFormat = "application/pdf", Filename = "stor.pdf", Language = "da", Content = new PatternContent(50L * 1024 * 1024) }],
                },
            },
        };
        using var output = new CountingStream();

        var before = GC.GetAllocatedBytesForCurrentThread();
        new MeMoWriter(MeMoWriterOptions.Default with { Indent = false }).Write(message, output);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var base64Length = 4 * ((50L * 1024 * 1024) + 2) / 3;
        Assert.InRange(output.Length, base64Length, base64Length + 4096);
        Assert.True(allocated < 8 * 1024 * 1024, $"writing allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Default_sink_spills_large_content_to_a_temporary_file_that_dispose_deletes()
    {
        var directory = Directory.CreateTempSubdirectory("memo-sink-").FullName;
        try
        {
            using var input = new GeneratedMeMoStream(blocks: 100);
            var reader = new MeMoReader(sink: new BufferingMeMoContentSink(memoryThreshold: 64 * 1024, tempDirectory: directory));

            var message = reader.ReadOrThrow(input);
            var content = Assert.IsType<FileMeMoContent>(message.Body!.MainDocument.Files[0].Content);

            Assert.Equal(input.ContentBytes, content.Length);
            Assert.Equal<MeMoContent>(new PatternContent(input.ContentBytes), content);
            Assert.True(File.Exists(content.FilePath));
            content.Dispose();
            Assert.False(File.Exists(content.FilePath));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Default_sink_keeps_small_content_in_memory()
    {
        var content = MeMoTestData.ReadValid(MeMoTestData.FullExample).Body!.TechnicalDocuments[0].Files[0].Content;

        Assert.Equal("This is a test"u8.ToArray(), Assert.IsType<InMemoryMeMoContent>(content).Bytes.ToArray());
    }

    [Fact]
    public void Invalid_message_releases_the_temporary_files_of_its_contents()
    {
        var directory = Directory.CreateTempSubdirectory("memo-sink-").FullName;
        try
        {
            var sink = new BufferingMeMoContentSink(memoryThreshold: 4, tempDirectory: directory);
            // The last file's language is invalid, so every earlier file has already been spilled.
            var xml = MeMoTestData.WithValue(MeMoTestData.FullExample, "MessageBody/TechnicalDocument[1]/File[1]/language", "dansk");

            var result = MeMoTestData.Read(xml, sink: sink);

            Assert.False(result.IsValid);
            Assert.Empty(Directory.GetFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Sink_failure_propagates_and_releases_the_contents_already_received()
    {
        var sink = new FailingOnThirdFileSink();

        var ex = Assert.Throws<IOException>(() => MeMoTestData.Read(MeMoTestData.FullExample, sink: sink));

        Assert.Equal("disk full", ex.Message);
        Assert.Equal(2, sink.Received.Count);
        Assert.All(sink.Received, c => Assert.True(c.Disposed));
    }

    [Fact]
    public void File_over_the_per_file_limit_is_reported_and_the_rest_still_validated()
    {
        var options = MeMoReaderOptions.Default with { MaxContentBytesPerFile = 10 };

        var result = MeMoTestData.Read(MeMoTestData.FullExample, options);

        Assert.Equal(6, result.Errors.Count);
        Assert.Equal("/Message/MessageBody/MainDocument/File[1]/content: larger than 10 bytes", result.Errors[0].ToString());
        Assert.Equal("/Message/MessageBody/TechnicalDocument[1]/File[1]/content: larger than 10 bytes", result.Errors[5].ToString());
    }

    [Fact]
    public void Files_over_the_message_total_are_reported_from_the_first_that_crosses_it()
    {
        var options = MeMoReaderOptions.Default with { MaxTotalContentBytes = 30 };

        var result = MeMoTestData.Read(MeMoTestData.FullExample, options);

        Assert.Equal(4, result.Errors.Count);
        Assert.Equal(
            "/Message/MessageBody/AdditionalDocument[1]/File[1]/content: the message's files together are larger than 30 bytes",
            result.Errors[0].ToString());
    }

    [Fact]
    public void Invalid_base64_is_reported_at_the_content_element()
    {
        var xml = MeMoTestData.WithValue(MeMoTestData.FullExample, "MessageBody/MainDocument/File[2]/content", "not*base64!");

        var error = Assert.Single(MeMoTestData.Read(xml).Errors);

        Assert.Equal("/Message/MessageBody/MainDocument/File[2]/content", error.Path);
        Assert.StartsWith("not well-formed XML:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trip_through_a_temporary_file_keeps_the_bytes()
    {
        var directory = Directory.CreateTempSubdirectory("memo-sink-").FullName;
        try
        {
            using var input = new GeneratedMeMoStream(blocks: 400);
            var reader = new MeMoReader(sink: new BufferingMeMoContentSink(memoryThreshold: 1024, tempDirectory: directory));
            var first = reader.ReadOrThrow(input);
            using var written = new MemoryStream(MeMoWriter.Default.WriteToArray(first));

            var second = reader.ReadOrThrow(written);

            Assert.Equal(first, second);
            Assert.Equal<MeMoContent>(new PatternContent(input.ContentBytes), second.Body!.MainDocument.Files[0].Content);
            first.Body!.MainDocument.Files[0].Content.Dispose();
            second.Body!.MainDocument.Files[0].Content.Dispose();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed class FailingOnThirdFileSink : IMeMoContentSink
    {
        public List<TrackedContent> Received { get; } = [];

        public MeMoContent Receive(MeMoContentContext context, Stream decoded)
        {
            if (Received.Count == 2)
            {
                throw new IOException("disk full");
            }

            using var buffer = new MemoryStream();
            decoded.CopyTo(buffer);
            var content = new TrackedContent(buffer.ToArray());
            Received.Add(content);
            return content;
        }
    }

    private sealed class TrackedContent(byte[] bytes) : MeMoContent
    {
        public bool Disposed { get; private set; }

        public override long Length => bytes.Length;

        public override Stream OpenRead() => new MemoryStream(bytes, writable: false);

        protected override void Dispose(bool disposing) => Disposed = true;
    }
}
