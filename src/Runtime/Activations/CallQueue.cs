using DigitalPost.Runtime.CodeGeneration;

namespace DigitalPost.Runtime.Activations;

/// <summary>
/// Arrival-ordered queue of calls waiting for their turn: a ring buffer that also lets an
/// interleaving call be taken from the middle when an exclusive call blocks the head.
/// </summary>
internal sealed class CallQueue
{
    private GrainInvocation?[] _items = new GrainInvocation?[4];
    private int _head;

    public int Count { get; private set; }

    /// <summary>Number of queued <see cref="InvocationKind.Interleave"/> calls, so the middle is scanned only when useful.</summary>
    public int InterleaveCount { get; private set; }

    public GrainInvocation Peek() => _items[_head]!;

    public void Enqueue(GrainInvocation call)
    {
        if (Count == _items.Length)
        {
            var grown = new GrainInvocation?[_items.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                grown[i] = _items[(_head + i) % _items.Length];
            }

            _items = grown;
            _head = 0;
        }

        _items[(_head + Count) % _items.Length] = call;
        Count++;
        if (call.Kind == InvocationKind.Interleave)
        {
            InterleaveCount++;
        }
    }

    public GrainInvocation Dequeue() => RemoveAt(0);

    /// <summary>Index of the first queued interleaving call, or -1.</summary>
    public int IndexOfInterleave()
    {
        for (var i = 0; i < Count; i++)
        {
            if (_items[(_head + i) % _items.Length]!.Kind == InvocationKind.Interleave)
            {
                return i;
            }
        }

        return -1;
    }

    public GrainInvocation RemoveAt(int index)
    {
        var length = _items.Length;
        var slot = (_head + index) % length;
        var call = _items[slot]!;
        if (index == 0)
        {
            _items[slot] = null;
            _head = (_head + 1) % length;
        }
        else
        {
            // Close the gap by shifting the later items one slot towards the head.
            for (var i = index; i < Count - 1; i++)
            {
                _items[(_head + i) % length] = _items[(_head + i + 1) % length];
            }

            _items[(_head + Count - 1) % length] = null;
        }

        Count--;
        if (call.Kind == InvocationKind.Interleave)
        {
            InterleaveCount--;
        }

        return call;
    }

    /// <summary>Removes and returns every queued call in order.</summary>
    public List<GrainInvocation> DrainAll()
    {
        var calls = new List<GrainInvocation>(Count);
        while (Count > 0)
        {
            calls.Add(Dequeue());
        }

        return calls;
    }
}
