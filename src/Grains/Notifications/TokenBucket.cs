namespace DigitalPost.Grains.Notifications;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>: <c>rate</c> tokens per second, at most
/// <c>capacity</c> saved up. Starts full. Thread-safe.
/// </summary>
public sealed class TokenBucket
{
    private readonly Lock _gate = new();
    private readonly double _rate;
    private readonly int _capacity;
    private readonly TimeProvider _timeProvider;
    private double _tokens;
    private DateTimeOffset _updatedAt;

    public TokenBucket(double tokensPerSecond, int capacity, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokensPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _rate = tokensPerSecond;
        _capacity = capacity;
        _timeProvider = timeProvider;
        _tokens = capacity;
        _updatedAt = timeProvider.GetUtcNow();
    }

    /// <summary>Whole tokens available now.</summary>
    public int Available
    {
        get
        {
            lock (_gate)
            {
                Refill();
                return Whole();
            }
        }
    }

    /// <summary>Takes up to <paramref name="wanted"/> whole tokens; returns how many were taken.</summary>
    public int TryTake(int wanted)
    {
        lock (_gate)
        {
            Refill();
            var taken = Math.Min(wanted, Whole());
            _tokens -= taken;
            return taken;
        }
    }

    /// <summary>Puts back tokens taken but not used (fewer rows were due than tokens taken).</summary>
    public void Return(int count)
    {
        lock (_gate)
        {
            _tokens = Math.Min(_capacity, _tokens + count);
        }
    }

    /// <summary>How long until a whole token is available (zero when one is).</summary>
    public TimeSpan TimeUntilNextToken()
    {
        lock (_gate)
        {
            Refill();
            var missing = 1 - _tokens;
            return missing <= 1e-9 ? TimeSpan.Zero : TimeSpan.FromTicks((long)Math.Ceiling(missing / _rate * TimeSpan.TicksPerSecond));
        }
    }

    // Refills computed from fractional seconds may land a hair below a whole token.
    private int Whole() => (int)Math.Floor(_tokens + 1e-9);

    private void Refill()
    {
        var now = _timeProvider.GetUtcNow();
        var elapsed = (now - _updatedAt).TotalSeconds;
        if (elapsed > 0)
        {
            _tokens = Math.Min(_capacity, _tokens + (elapsed * _rate));
            _updatedAt = now;
        }
    }
}
