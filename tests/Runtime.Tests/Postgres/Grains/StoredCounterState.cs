namespace DigitalPost.Runtime.Tests.Postgres.Grains;

public sealed class StoredCounterState
{
    public int Count { get; set; }

    public int Touches { get; set; }
}
