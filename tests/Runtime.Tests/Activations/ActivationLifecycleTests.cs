using System.Text;
using DigitalPost.Runtime.Storage;
using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Activations;

public sealed class ActivationLifecycleTests : RuntimeTestBase
{
    protected override void ConfigureRuntime(GrainRuntimeOptions options)
    {
        options.IdleTimeout = TimeSpan.FromMinutes(5);
        options.CollectionInterval = TimeSpan.FromMinutes(1);
    }

    [Fact]
    public async Task A_grain_is_activated_by_its_first_call_and_not_before()
    {
        var counter = Grains.GetGrain<ICounterGrain>("first");
        Assert.Equal(0, Host.Runtime.Activations.Count);
        Assert.Equal(0, Probe.Count("activations first"));

        Assert.Equal(3, await counter.Add(3));

        Assert.Equal(1, Probe.Count("activations first"));
        Assert.Equal(1, Host.Runtime.Activations.Count);
        Assert.Equal(5, await counter.Add(2));
        Assert.Equal(1, Probe.Count("activations first"));
    }

    [Fact]
    public async Task An_idle_activation_is_deactivated_after_the_idle_timeout_and_not_earlier()
    {
        var counter = Grains.GetGrain<ICounterGrain>("idle");
        await counter.Add(1);
        Assert.True(Host.Runtime.Activations.TryGet(new GrainId("counter", "idle"), out var activation));

        Host.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.False(activation.IsDeactivationRequested);

        Host.Time.Advance(TimeSpan.FromMinutes(2));
        await Probe.WaitAsync("deactivated idle 1");

        Assert.Contains("deactivate idle IdleTimeout", Probe.Events);
        Assert.True(activation.IsInvalid);
        Assert.Equal(0, Host.Runtime.Activations.Count);
    }

    [Fact]
    public async Task Calls_keep_an_activation_alive()
    {
        var counter = Grains.GetGrain<ICounterGrain>("busy");
        await counter.Add(1);
        Assert.True(Host.Runtime.Activations.TryGet(new GrainId("counter", "busy"), out var activation));

        for (var minute = 0; minute < 20; minute++)
        {
            Host.Time.Advance(TimeSpan.FromMinutes(1));
            await counter.Touch();
        }

        Assert.False(activation.IsDeactivationRequested);
        Assert.Equal(1, Probe.Count("activations busy"));
    }

    [Fact]
    public async Task After_deactivation_the_next_call_activates_the_grain_again_with_its_state()
    {
        var counter = Grains.GetGrain<ICounterGrain>("again");
        await counter.Add(7);
        await counter.Deactivate();
        await Probe.WaitAsync("deactivated again 1");

        Assert.Equal(7, await counter.Get());

        Assert.Equal(2, Probe.Count("activations again"));
        Assert.Contains("activate again value=7", Probe.Events);
    }

    [Fact]
    public async Task Calls_arriving_during_deactivation_reach_a_new_activation_after_it_ends()
    {
        var grain = Grains.GetGrain<ISlowDeactivationGrain>("slow");
        Assert.Equal(1, await grain.Generation());
        await grain.Deactivate();
        await Probe.WaitAsync("deactivating slow 1");

        var during = grain.Generation();
        Assert.False(during.IsCompleted);

        Probe.Set("finish deactivation slow 1");
        Probe.Set("finish deactivation slow 2"); // lets the silo stop at the end of the test
        Assert.Equal(2, await during);
        Assert.Equal(["activate 1", "deactivate-start 1", "deactivate-end 1", "activate 2"], Probe.Events);
    }

    [Fact]
    public async Task Never_two_activations_of_a_grain_at_once_while_calls_and_deactivations_race()
    {
        var grain = Grains.GetGrain<ILifeGrain>("single");

        var calls = Enumerable.Range(0, 2_000)
            .Select(i => Task.Run(() => i % 50 == 0 ? grain.Deactivate() : grain.Work()))
            .ToArray();
        await Task.WhenAll(calls);
        await grain.Deactivate();
        await grain.Work();

        var live = Host.Services.GetRequiredService<LiveActivations>();
        Assert.Equal(1, live.Max);
        Assert.True(live.Activations > 1);
    }

    [Fact]
    public async Task A_failed_activation_fails_the_call_and_the_next_call_activates_afresh()
    {
        var grain = Grains.GetGrain<IFailingActivationGrain>("flaky");

        var error = await Assert.ThrowsAsync<GrainTestException>(() => grain.Hello());

        Assert.Equal("first activation fails", error.Message);
        Assert.Equal("hello", await grain.Hello());
    }

    [Fact]
    public async Task Stopping_the_silo_deactivates_every_grain_so_it_can_write_its_state()
    {
        var storage = new InMemoryGrainStorage();
        await using var host = await RuntimeTestHost.StartAsync(
            services => services.AddTestGrainServices(Probe).AddSingleton<IGrainStorage>(storage));
        foreach (var key in new[] { "s1", "s2", "s3" })
        {
            await host.Grains.GetGrain<ICounterGrain>(key).Add(1);
        }

        await host.StopAsync();

        Assert.Equal(0, host.Runtime.Activations.Count);
        foreach (var key in new[] { "s1", "s2", "s3" })
        {
            Assert.Contains($"deactivate {key} ShuttingDown", Probe.Events);
            var stored = await storage.ReadAsync(new GrainStateKey("counter", key, "counter"), CancellationToken.None);
            Assert.Contains("\"deactivations\":1", Encoding.UTF8.GetString(stored.Data.Span));
        }
    }
}
