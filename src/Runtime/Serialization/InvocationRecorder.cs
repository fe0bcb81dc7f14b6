using System.Buffers;
using System.Text.Json;
using DigitalPost.Runtime.CodeGeneration;

namespace DigitalPost.Runtime.Serialization;

/// <summary>Backs a recording grain reference: a call made through it is serialised instead of being run.</summary>
internal sealed class InvocationRecorder(JsonSerializerOptions options)
{
    public SerializedGrainCall? Recorded { get; private set; }

    public void Record(GrainReference reference, GrainInvocation invocation)
    {
        if (Recorded is not null)
        {
            throw new InvalidOperationException("A recording reference captures exactly one call.");
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            invocation.WriteArguments(writer, options);
        }

        var method = invocation.Method;
        Recorded = new SerializedGrainCall(method.InterfaceName, reference.GrainId.Key, method.MethodId, method.MethodName, buffer.WrittenSpan.ToArray());
    }
}
