using BenchmarkDotNet.Running;
using DigitalPost.Benchmarks.Runtime;

// Probes that are not BenchmarkDotNet suites run by verb; everything else goes to the switcher
// (e.g. `-- --filter *GrainCallBenchmarks* --job short`).
switch (args.FirstOrDefault())
{
    case "throughput":
        await ThroughputProbe.RunAsync(args[1..]);
        break;
    case "delivery":
        await DigitalPost.Benchmarks.Grains.DeliveryProbe.RunAsync(args[1..]);
        break;
    case "seed":
        await DigitalPost.Benchmarks.Grains.SeedProbe.RunAsync(args[1..]);
        break;
    case "mass-send":
        Environment.ExitCode = await DigitalPost.Benchmarks.MassSend.MassSendProbe.RunAsync(args[1..]);
        break;
    case "activation-memory":
        await ActivationMemoryProbe.RunAsync(args[1..]);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ThroughputProbe).Assembly).Run(args);
        break;
}
