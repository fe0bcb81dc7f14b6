using DigitalPost.Runtime.Placement;
using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Placement;

public sealed class PartitionTests
{
    [Fact]
    public void Partitions_are_stable_across_processes()
    {
        // Pinned values (computed by an independent implementation of the same hash): changing the hash would move every grain (and its reminders) to another partition.
        Assert.Equal(GrainPartitioner.StableHash("cpr:0101901234"), GrainPartitioner.StableHash(new string("cpr:0101901234".ToCharArray())));
        Assert.Equal(1124, GrainPartitioner.GetPartition("cpr:0101901234", 4096));
        Assert.Equal(1651, GrainPartitioner.GetPartition("cvr:12345678", 4096));
        Assert.Equal(3083, GrainPartitioner.GetPartition("", 4096));
    }

    [Fact]
    public void Keys_spread_over_the_partitions()
    {
        var counts = new int[64];
        for (var i = 0; i < 64_000; i++)
        {
            counts[GrainPartitioner.GetPartition($"cpr:{i:D10}", 64)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 800, 1200));
    }

    [Fact]
    public async Task A_call_to_a_grain_in_a_partition_owned_elsewhere_is_refused_with_a_clear_error()
    {
        var probe = new GrainProbe();
        await using var host = await RuntimeTestHost.StartAsync(
            services => services.AddTestGrainServices(probe).AddSingleton<IPartitionDirectory>(new EvenPartitionsDirectory()),
            options => options.PartitionCount = 16);
        var key = Enumerable.Range(0, 100).Select(i => $"k{i}").First(k => GrainPartitioner.GetPartition(k, 16) % 2 == 1);
        var ownedKey = Enumerable.Range(0, 100).Select(i => $"k{i}").First(k => GrainPartitioner.GetPartition(k, 16) % 2 == 0);

        var error = await Assert.ThrowsAsync<PartitionNotOwnedException>(() => host.Grains.GetGrain<ICounterGrain>(key).Get());

        Assert.Equal("other-silo", error.Owner);
        Assert.Contains("other-silo", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await host.Grains.GetGrain<ICounterGrain>(ownedKey).Get());
    }

    private sealed class EvenPartitionsDirectory : IPartitionDirectory
    {
        public string LocalSiloId => "test-silo";

        public int PartitionCount => 16;

        public IReadOnlyCollection<int> OwnedPartitions => [.. Enumerable.Range(0, 16).Where(p => p % 2 == 0)];

        public bool IsOwnedLocally(int partition) => partition % 2 == 0;

        public string? GetOwner(int partition) => IsOwnedLocally(partition) ? LocalSiloId : "other-silo";
    }
}
