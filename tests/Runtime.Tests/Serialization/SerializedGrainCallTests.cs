using System.Text;
using System.Text.Json;
using DigitalPost.Runtime.CodeGeneration;
using DigitalPost.Runtime.Serialization;
using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Serialization;

public sealed class SerializedGrainCallTests : RuntimeTestBase
{
    private GrainCallSerializer Serializer => Host.Services.GetRequiredService<GrainCallSerializer>();

    [Fact]
    public async Task A_call_survives_a_round_trip_through_its_serialised_form()
    {
        var call = Serializer.Capture<ICalculatorGrain>("calc", g => g.Add(2, 40));

        var wire = JsonSerializer.Serialize(call);
        var received = JsonSerializer.Deserialize<SerializedGrainCall>(wire)!;
        var result = await Serializer.InvokeAsync(received);

        Assert.Equal("[2,40]", Encoding.UTF8.GetString(call.Arguments));
        Assert.Equal(42, Serializer.DeserializeResult<int>(result!));
    }

    [Fact]
    public async Task Records_nullable_and_collection_arguments_round_trip()
    {
        var parcel = new Parcel("0101901234", ["line 1"], new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var withNote = Serializer.Capture<ICalculatorGrain>("post", g => g.Stamp(parcel, "note"));
        var withoutNote = Serializer.Capture<ICalculatorGrain>("post", g => g.Stamp(parcel, null));

        var stamped = Serializer.DeserializeResult<Parcel>((await Serializer.InvokeAsync(withNote))!)!;
        var unstamped = Serializer.DeserializeResult<Parcel>((await Serializer.InvokeAsync(withoutNote))!)!;

        Assert.Equal(["line 1", "post:note"], stamped.Lines);
        Assert.Equal(["line 1", "post:-"], unstamped.Lines);
        Assert.Equal(parcel.SentAt, stamped.SentAt);
        Assert.Equal(await Grains.GetGrain<ICalculatorGrain>("post").Stamp(parcel, "note") is { } direct ? direct.Lines : [], stamped.Lines);
    }

    [Fact]
    public async Task Value_task_and_void_methods_round_trip()
    {
        var concat = await Serializer.InvokeAsync(Serializer.Capture<ICalculatorGrain>("v", g => g.Concat("ab", "cd")));
        var note = await Serializer.InvokeAsync(Serializer.Capture<ICalculatorGrain>("v", g => g.Note("hello")));

        Assert.Equal("abcd", Serializer.DeserializeResult<string>(concat!));
        Assert.Null(note);
        Assert.Contains("note v hello", Probe.Events);
    }

    [Fact]
    public void Method_ids_are_a_stable_hash_of_interface_name_and_parameter_types()
    {
        var call = Serializer.Capture<ICalculatorGrain>("ids", g => g.Add(1, 2));

        Assert.Equal(Fnv1a($"global::{typeof(ICalculatorGrain).FullName}.Add(int,int)"), call.MethodId);
        Assert.True(GrainInterfaceRegistry.TryGetInterface(typeof(ICalculatorGrain), out var info));
        Assert.Equal(4, info.Methods.Select(m => m.MethodId).Distinct().Count());
    }

    [Fact]
    public async Task An_unknown_method_id_is_refused()
    {
        var call = Serializer.Capture<ICalculatorGrain>("x", g => g.Add(1, 2)) with { MethodId = 12345 };

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Serializer.InvokeAsync(call));
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
