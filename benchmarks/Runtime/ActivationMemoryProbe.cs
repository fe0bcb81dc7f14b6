using System.Globalization;
using System.Text.Json;
using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Benchmarks.Runtime;

/// <summary>
/// Managed memory of idle activations with a small persisted state:
/// <c>dotnet run -c Release --project benchmarks -- activation-memory [--activations N]</c>.
/// The states are stored before the baseline is taken, so only the activations (table entry,
/// activation, grain, persistent state and its deserialised state, key) are counted.
/// </summary>
internal static class ActivationMemoryProbe
{
    public static async Task RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--activations");
        var count = index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 100_000;

        await using var host = RuntimeHost.Start();
        var runtime = host.Services.GetRequiredService<GrainRuntime>();
        var grainType = typeof(StatefulBenchmarkGrain).FullName!;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = $"mailbox-{i:D8}";
            var data = JsonSerializer.SerializeToUtf8Bytes(new SmallState { Count = i, Name = "small" }, options);
            await host.Storage.WriteAsync(new GrainStateKey(grainType, keys[i], "state"), data, null, CancellationToken.None);
        }

        // Warm the code paths with one activation so JIT and statics are not counted.
        await host.Grains.GetGrain<IStatefulBenchmarkGrain>("warm-up").Read();
        var before = FullGcMemory();

        for (var i = 0; i < count; i++)
        {
            await host.Grains.GetGrain<IStatefulBenchmarkGrain>(keys[i]).Read();
        }

        // The keys array keeps the key strings alive either way; they belong to the activations.
        var after = FullGcMemory();
        var perActivation = (after - before) / (double)count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"activation-memory: {count:N0} idle activations with a small state, {runtime.Activations.Count:N0} in the table, {after - before:N0} bytes => {perActivation:N0} bytes per activation (key strings excluded: held by the probe in both measurements)"));
        GC.KeepAlive(keys);
    }

    private static long FullGcMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
