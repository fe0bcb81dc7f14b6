using System.Globalization;

namespace DigitalPost.Benchmarks.MassSend;

/// <summary>Command line of <c>mass-send</c>: <c>--recipients N --batch-size N --parallelism N --slices N --no-fsync --keep</c>.</summary>
internal sealed record MassSendProbeOptions(long Recipients, int BatchSize, int Parallelism, int Slices, bool Fsync, bool SkipFloor)
{
    public static MassSendProbeOptions Parse(string[] args)
    {
        var options = new MassSendProbeOptions(1_000_000, 10_000, 2 * Environment.ProcessorCount, 64, true, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--recipients" => options with { Recipients = long.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--batch-size" => options with { BatchSize = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--parallelism" => options with { Parallelism = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--slices" => options with { Slices = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--no-fsync" => options with { Fsync = false },
                "--no-floor" => options with { SkipFloor = true },
                _ => throw new ArgumentException($"mass-send: unknown option '{args[i]}'; usage: mass-send [--recipients N] [--batch-size N] [--parallelism N] [--slices N] [--no-fsync] [--no-floor]"),
            };
        }

        return options;
    }
}
