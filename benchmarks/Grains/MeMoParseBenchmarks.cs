using System.Xml;
using BenchmarkDotNet.Attributes;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Benchmarks.Grains;

/// <summary>
/// MeMo parsing of the published full example (target: ≥ 20,000 messages/s on one core, i.e.
/// ≤ 50 µs per parse). The floor is a bare XmlReader walk over the same bytes with the same
/// settings, so the ratio shows what the model, validation and content decoding cost on top.
/// </summary>
[MemoryDiagnoser]
public class MeMoParseBenchmarks
{
    private static readonly XmlReaderSettings FloorSettings = new()
    {
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    private byte[] _full = [];
    private byte[] _nemSms = [];
    private MeMoMessage _parsed = null!;
    private MemoryStream _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        _full = File.ReadAllBytes(Sample("MeMo_Full_Example.xml"));
        _nemSms = File.ReadAllBytes(Sample("MeMo_NemSMS.xml"));
        _parsed = MeMoReader.Default.ReadOrThrow(new MemoryStream(_full));
        _output = new MemoryStream(_full.Length * 2);
    }

    [Benchmark(Baseline = true, Description = "XmlReader walk (floor)")]
    public int XmlReaderWalk()
    {
        using var reader = XmlReader.Create(new MemoryStream(_full), FloorSettings);
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    [Benchmark(Description = "Parse MeMo_Full_Example")]
    public MeMoMessage? ParseFullExample() => MeMoReader.Default.Read(new MemoryStream(_full)).Message;

    [Benchmark(Description = "Parse MeMo_NemSMS")]
    public MeMoMessage? ParseNemSms() => MeMoReader.Default.Read(new MemoryStream(_nemSms)).Message;

    [Benchmark(Description = "Write MeMo_Full_Example")]
    public long WriteFullExample()
    {
        _output.Position = 0;
        MeMoWriter.Default.Write(_parsed, _output);
        return _output.Position;
    }

    /// <summary>The samples as the tests carry them (TestData), found from the repository root.</summary>
    private static string Sample(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigitalPost.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Grains.Interfaces.Tests", "TestData", "MeMo", name);
            }
        }

        throw new FileNotFoundException($"DigitalPost.sln not found above {AppContext.BaseDirectory}; cannot locate MeMo sample {name}.");
    }
}
