namespace DigitalPost.Silo.Tests.Grains;

public sealed class VisitState
{
    public int Visits { get; set; }
}
