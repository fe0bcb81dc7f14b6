using System.Diagnostics;
using System.Globalization;

namespace DigitalPost.Benchmarks.Runtime;

/// <summary>
/// Many callers on many grains for a fixed time; prints calls/s.
/// <c>dotnet run -c Release --project benchmarks -- throughput [--grains N] [--callers N] [--seconds N] [--yielding]</c>.
/// Each caller awaits its call before the next, walking the grains with its own stride, so calls
/// spread over all grains and sometimes meet on one. <c>--yielding</c> makes the grain method
/// await <c>Task.Yield()</c>, exercising the queued path and the activation work loop.
/// </summary>
internal static class ThroughputProbe
{
    public static async Task RunAsync(string[] args)
    {
        var grains = IntOption(args, "--grains", 10_000);
        var callers = IntOption(args, "--callers", Environment.ProcessorCount * 32);
        var seconds = IntOption(args, "--seconds", 10);
        var yielding = args.Contains("--yielding");

        await using var host = RuntimeHost.Start();
        var references = Enumerable.Range(0, grains).Select(i => host.Grains.GetGrain<ICounterBenchmarkGrain>($"grain-{i}")).ToArray();
        foreach (var grain in references)
        {
            await grain.Increment(0);
        }

        // Warm-up, then the measured run.
        await RunCallers(references, callers, TimeSpan.FromSeconds(2), yielding);
        var (calls, elapsed) = await RunCallers(references, callers, TimeSpan.FromSeconds(seconds), yielding);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {calls / elapsed.TotalSeconds:N0} calls/s ({calls:N0} calls in {elapsed.TotalSeconds:N1} s; {grains:N0} grains, {callers} callers, {Environment.ProcessorCount} cores, {(yielding ? "yielding" : "synchronous")} grain method)"));
    }

    private static async Task<(long Calls, TimeSpan Elapsed)> RunCallers(ICounterBenchmarkGrain[] grains, int callers, TimeSpan duration, bool yielding)
    {
        var stop = false;
        var counts = new long[callers];
        var stopwatch = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var index = c * 7919 % grains.Length;
            var stride = (c * 2) + 1;
            long n = 0;
            while (!Volatile.Read(ref stop))
            {
                for (var i = 0; i < 256; i++)
                {
                    index = (index + stride) % grains.Length;
                    if (yielding)
                    {
                        await grains[index].IncrementYielding(1);
                    }
                    else
                    {
                        await grains[index].Increment(1);
                    }
                }

                n += 256;
                if (!yielding)
                {
                    // Synchronous calls never yield the thread; let the other callers run too.
                    await Task.Yield();
                }
            }

            counts[c] = n;
        })).ToArray();

        await Task.Delay(duration);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(tasks);
        stopwatch.Stop();
        return (counts.Sum(), stopwatch.Elapsed);
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
