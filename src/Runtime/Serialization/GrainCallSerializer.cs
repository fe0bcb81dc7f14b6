using System.Text.Json;
using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.CodeGeneration;

namespace DigitalPost.Runtime.Serialization;

/// <summary>
/// Turns grain calls into <see cref="SerializedGrainCall"/>s and runs such calls: the building
/// blocks of forwarding a call to the silo that owns the grain's partition.
/// </summary>
public sealed class GrainCallSerializer
{
    private readonly GrainRuntime _runtime;

    internal GrainCallSerializer(GrainRuntime runtime)
    {
        _runtime = runtime;
    }

    private JsonSerializerOptions Options => _runtime.Options.JsonSerializerOptions;

    /// <summary>
    /// Serialises the single call <paramref name="call"/> makes on a grain reference, without running it,
    /// e.g. <c>Capture&lt;ICounterGrain&gt;("a", g =&gt; g.Add(5))</c>.
    /// </summary>
    public SerializedGrainCall Capture<TGrainInterface>(string key, Action<TGrainInterface> call)
        where TGrainInterface : IGrain
    {
        ArgumentNullException.ThrowIfNull(call);
        if (!GrainInterfaceRegistry.TryGetInterface(typeof(TGrainInterface), out var info))
        {
            throw new InvalidOperationException($"No generated grain reference for {typeof(TGrainInterface)}.");
        }

        var recorder = new InvocationRecorder(Options);
        var id = new GrainId(info.InterfaceType.FullName ?? info.InterfaceType.Name, key);
        var reference = info.CreateReference(new GrainReferenceArgs(null, id, 0, null, info, null, recorder));
        call((TGrainInterface)(object)reference);
        return recorder.Recorded ?? throw new InvalidOperationException("The delegate made no grain call.");
    }

    /// <summary>
    /// Re-creates the call from its serialised form, runs it on this silo and returns its result as
    /// UTF-8 JSON (null for methods without a result). Errors surface as the grain threw them.
    /// </summary>
    public ValueTask<byte[]?> InvokeAsync(SerializedGrainCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (!GrainInterfaceRegistry.TryGetInterface(call.Interface, out var info))
        {
            throw new InvalidOperationException($"Grain interface '{call.Interface}' is not registered in this process.");
        }

        if (!info.TryGetMethod(call.MethodId, out var method))
        {
            throw new InvalidOperationException($"Grain interface '{call.Interface}' has no method with id {call.MethodId} ({call.MethodName}).");
        }

        var invocation = method.CreateInvocation();
        var reader = new Utf8JsonReader(call.Arguments);
        invocation.ReadArguments(ref reader, Options);
        var target = _runtime.GetReference(call.Interface, call.GrainKey);
        return invocation.InvokeForWireAsync(target, Options);
    }

    /// <summary>Reads a result produced by <see cref="InvokeAsync"/>.</summary>
    public TResult? DeserializeResult<TResult>(byte[] result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Deserialize<TResult>(result, Options);
    }
}
