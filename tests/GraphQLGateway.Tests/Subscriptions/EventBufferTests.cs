using DigitalPost.GraphQLGateway.Subscriptions;
using DigitalPost.Runtime.Streams;

namespace DigitalPost.GraphQLGateway.Tests.Subscriptions;

public sealed class EventBufferTests
{
    [Fact]
    public async Task Events_are_read_in_order_while_they_fit()
    {
        var buffer = new EventBuffer<int>(3);

        await buffer.OnNextAsync(1, CancellationToken.None);
        await buffer.OnNextAsync(2, CancellationToken.None);
        await buffer.OnNextAsync(3, CancellationToken.None);
        var read = await ReadAsync(buffer, 3);

        Assert.Equal([1, 2, 3], read.Select(i => i.Event));
        Assert.All(read, i => Assert.Equal(EventBufferItemKind.Event, i.Kind));
        Assert.False(buffer.Overflowed);
    }

    [Fact]
    public async Task One_event_more_than_the_capacity_ends_the_reader_with_an_overflow_before_the_waiting_events()
    {
        var buffer = new EventBuffer<int>(2);

        Assert.True(buffer.TryWrite(1));
        Assert.True(buffer.TryWrite(2));
        Assert.False(buffer.TryWrite(3));
        Assert.False(buffer.TryWrite(4));
        var read = await ReadAllAsync(buffer);

        var only = Assert.Single(read);
        Assert.Equal(EventBufferItemKind.Overflowed, only.Kind);
        Assert.True(buffer.Overflowed);
    }

    [Fact]
    public async Task A_reader_that_keeps_up_never_overflows()
    {
        var buffer = new EventBuffer<int>(1);
        var read = new List<int>();

        await using var reader = buffer.ReadAllAsync().GetAsyncEnumerator();
        for (var i = 0; i < 100; i++)
        {
            Assert.True(buffer.TryWrite(i));
            Assert.True(await reader.MoveNextAsync());
            read.Add(reader.Current.Event);
        }

        Assert.Equal(Enumerable.Range(0, 100), read);
        Assert.False(buffer.Overflowed);
    }

    [Fact]
    public async Task The_runtime_ending_the_subscription_for_its_backlog_counts_as_an_overflow()
    {
        var buffer = new EventBuffer<int>(10);

        buffer.TryWrite(1);
        await buffer.OnErrorAsync(new StreamOverflowException(new StreamId("test", "1"), 10));
        var read = await ReadAllAsync(buffer);

        Assert.Equal(EventBufferItemKind.Overflowed, Assert.Single(read).Kind);
    }

    [Fact]
    public async Task Another_stream_error_is_rethrown_after_the_waiting_events()
    {
        var buffer = new EventBuffer<int>(10);
        var failure = new InvalidOperationException("stream broke");

        buffer.TryWrite(1);
        await buffer.OnErrorAsync(failure);
        var read = new List<EventBufferItem<int>>();
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var item in buffer.ReadAllAsync())
            {
                read.Add(item);
            }
        });

        Assert.Same(failure, thrown);
        Assert.Equal(1, Assert.Single(read).Event);
    }

    private static async Task<List<EventBufferItem<int>>> ReadAsync(EventBuffer<int> buffer, int count)
    {
        var read = new List<EventBufferItem<int>>();
        await foreach (var item in buffer.ReadAllAsync())
        {
            read.Add(item);
            if (read.Count == count)
            {
                break;
            }
        }

        return read;
    }

    private static async Task<List<EventBufferItem<int>>> ReadAllAsync(EventBuffer<int> buffer)
    {
        var read = new List<EventBufferItem<int>>();
        await foreach (var item in buffer.ReadAllAsync())
        {
            read.Add(item);
        }

        return read;
    }
}
