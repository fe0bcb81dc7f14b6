using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Streams;
using DigitalPost.Runtime.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Streams;

/// <summary>The subscriber probe counts open subscriptions per stream; publishing still reaches subscribers.</summary>
public sealed class SubscriberTrackingStreamProviderTests
{
    [Fact]
    public async Task A_stream_has_subscribers_from_subscribe_until_the_last_handle_is_released()
    {
        await using var host = await RuntimeTestHost.StartAsync(services => services.AddStreamSubscriberProbe());
        var streams = host.Services.GetRequiredService<IStreamProvider>();
        var probe = host.Services.GetRequiredService<IStreamSubscriberProbe>();
        var id = new StreamId("mailbox-events", "cpr:0101901234");

        Assert.False(probe.HasSubscribers(id));
        var first = await streams.GetStream<string>(id).SubscribeAsync((_, _) => Task.CompletedTask);
        var second = await streams.GetStream<int>(id).SubscribeAsync((_, _) => Task.CompletedTask);
        Assert.True(probe.HasSubscribers(id));
        Assert.False(probe.HasSubscribers(new StreamId("mailbox-events", "cpr:0202851234")));

        await first.UnsubscribeAsync();
        await first.DisposeAsync();
        Assert.True(probe.HasSubscribers(id));
        await second.DisposeAsync();
        Assert.False(probe.HasSubscribers(id));
    }

    [Fact]
    public async Task Events_published_through_the_wrapper_reach_subscribers()
    {
        await using var host = await RuntimeTestHost.StartAsync(services => services.AddStreamSubscriberProbe().AddStreamSubscriberProbe());
        var streams = host.Services.GetRequiredService<IStreamProvider>();
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stream = streams.GetStream<string>(new StreamId("ns", "k"));
        await using var handle = await stream.SubscribeAsync((item, _) =>
        {
            received.TrySetResult(item);
            return Task.CompletedTask;
        });

        await stream.OnNextAsync("hello");

        Assert.Equal("hello", await received.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.IsType<SubscriberTrackingStreamProvider>(streams);
    }
}
