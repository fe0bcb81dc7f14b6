using System.Text.Json;
using DigitalPost.Runtime.Activations;

namespace DigitalPost.Runtime.Storage;

/// <summary><see cref="IPersistentState{TState}"/> over <see cref="IGrainStorage"/>, serialising with System.Text.Json.</summary>
internal sealed class PersistentState<TState>(GrainStateKey key, IGrainStorage storage, JsonSerializerOptions options)
    : IPersistentState<TState>, IActivationStateLoader
{
    public TState State { get; set; } = CreateDefault();

    public string? ETag { get; private set; }

    public bool RecordExists { get; private set; }

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var stored = await storage.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        State = stored.Exists ? Deserialize(stored.Data) : CreateDefault();
        ETag = stored.ETag;
        RecordExists = stored.Exists;
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var data = JsonSerializer.SerializeToUtf8Bytes(State, options);
        ETag = await storage.WriteAsync(key, data, ETag, cancellationToken).ConfigureAwait(false);
        RecordExists = true;
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        await storage.ClearAsync(key, ETag, cancellationToken).ConfigureAwait(false);
        ETag = null;
        RecordExists = false;
        State = CreateDefault();
    }

    private TState Deserialize(ReadOnlyMemory<byte> data)
        => JsonSerializer.Deserialize<TState>(data.Span, options) ?? CreateDefault();

    private static TState CreateDefault()
    {
        // Reflection here runs at activation only; a state without a parameterless constructor starts as default.
        var type = typeof(TState);
        if (type.IsValueType || type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return Activator.CreateInstance<TState>();
        }

        return default!;
    }
}
