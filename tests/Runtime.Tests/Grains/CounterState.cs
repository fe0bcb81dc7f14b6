namespace DigitalPost.Runtime.Tests.Grains;

public sealed class CounterState
{
    public int Value { get; set; }

    public int Deactivations { get; set; }
}
