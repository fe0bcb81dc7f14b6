using DigitalPost.Runtime.Streams;
using DigitalPost.Runtime.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Streams;

public sealed class InMemoryStreamTests : RuntimeTestBase
{
    private IStreamProvider Streams => Host.Services.GetRequiredService<IStreamProvider>();

    [Fact]
    public async Task A_subscriber_receives_events_in_publish_order()
    {
        var stream = Streams.GetStream<int>(new StreamId("numbers", "ordered"));
        var received = new List<int>();
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await stream.SubscribeAsync(async (item, _) =>
        {
            await Task.Yield();
            received.Add(item);
            if (received.Count == 1000)
            {
                all.SetResult();
            }
        });

        for (var i = 1; i <= 1000; i++)
        {
            await stream.OnNextAsync(i);
        }

        await all.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(Enumerable.Range(1, 1000), received);
    }

    [Fact]
    public async Task Every_subscriber_receives_every_event_and_an_unsubscribed_one_no_more()
    {
        var stream = Streams.GetStream<string>(new StreamId("words", "fanout"));
        var first = new Recorder<string>(2);
        var second = new Recorder<string>(3);
        var firstHandle = await stream.SubscribeAsync(first);
        await stream.SubscribeAsync(second);

        await stream.OnNextAsync("a");
        await stream.OnNextAsync("b");
        await first.Done.WaitAsync(TimeSpan.FromSeconds(30));
        await firstHandle.UnsubscribeAsync();
        await stream.OnNextAsync("c");
        await second.Done.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["a", "b"], first.Items);
        Assert.Equal(["a", "b", "c"], second.Items);
    }

    [Fact]
    public async Task Streams_are_told_apart_by_namespace_and_key()
    {
        var a = Streams.GetStream<int>(new StreamId("ns", "a"));
        var b = Streams.GetStream<int>(new StreamId("ns", "b"));
        var onA = new Recorder<int>(1);
        await a.SubscribeAsync(onA);

        await b.OnNextAsync(2);
        await a.OnNextAsync(1);
        await onA.Done.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Same(a, Streams.GetStream<int>(new StreamId("ns", "a")));
        Assert.Equal([1], onA.Items);
    }

    private sealed class Recorder<T>(int expected) : IAsyncObserver<T>
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<T> Items { get; } = [];

        public Task Done => _done.Task;

        public Task OnNextAsync(T item, CancellationToken cancellationToken)
        {
            Items.Add(item);
            if (Items.Count == expected)
            {
                _done.SetResult();
            }

            return Task.CompletedTask;
        }

        public Task OnErrorAsync(Exception error) => Task.CompletedTask;
    }
}
