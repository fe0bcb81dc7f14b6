using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

public sealed record Parcel(string Recipient, IReadOnlyList<string> Lines, DateTimeOffset SentAt);

public interface ICalculatorGrain : IGrainWithStringKey
{
    Task<int> Add(int a, int b);

    Task<Parcel> Stamp(Parcel parcel, string? note);

    ValueTask<string> Concat(string a, string b);

    ValueTask Note(string text);
}

public sealed class CalculatorGrain(GrainProbe probe) : Grain, ICalculatorGrain
{
    public Task<int> Add(int a, int b) => Task.FromResult(a + b);

    public Task<Parcel> Stamp(Parcel parcel, string? note)
        => Task.FromResult(parcel with { Lines = [.. parcel.Lines, $"{GrainKey}:{note ?? "-"}"] });

    public ValueTask<string> Concat(string a, string b) => new(a + b);

    public ValueTask Note(string text)
    {
        probe.Record($"note {GrainKey} {text}");
        return ValueTask.CompletedTask;
    }
}
