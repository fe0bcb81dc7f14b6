using System.ComponentModel;
using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Serialization;

namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>
/// Base of generated grain references. A reference names one grain (grain id + partition) and
/// caches the activation it last reached, so repeated calls through the same reference skip the
/// activation table. Generated methods fill a typed invocation and hand it to one of the
/// <c>Invoke*</c> methods.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainReference
{
    private readonly GrainRuntime? _runtime;
    private readonly InvocationRecorder? _recorder;
    private ActivationData? _activation;

    protected GrainReference(in GrainReferenceArgs args)
    {
        _runtime = args.Runtime;
        _recorder = args.Recorder;
        GrainId = args.Id;
        Partition = args.Partition;
        GrainClass = args.GrainClass;
        Interface = args.Interface;
        TimeoutOverride = args.Timeout;
    }

    /// <summary>The grain this reference addresses.</summary>
    public GrainId GrainId { get; }

    /// <summary>The partition the grain's key hashes to.</summary>
    public int Partition { get; }

    internal GrainClassInfo? GrainClass { get; }

    internal GrainInterfaceInfo Interface { get; }

    internal TimeSpan? TimeoutOverride { get; }

    internal GrainRuntime Runtime => _runtime ?? throw new InvalidOperationException("This grain reference only records calls.");

    /// <inheritdoc />
    public override string ToString() => $"{Interface.InterfaceType.Name}({GrainId})";

    /// <summary>Calls a method returning <see cref="Task{TResult}"/>.</summary>
    protected Task<TResult> InvokeTask<TResult>(ResultInvocation<TResult> invocation)
        => InvokeValueTask(invocation).AsTask();

    /// <summary>Calls a method returning <see cref="ValueTask{TResult}"/>.</summary>
    protected ValueTask<TResult> InvokeValueTask<TResult>(ResultInvocation<TResult> invocation)
    {
        if (_recorder is not null)
        {
            _recorder.Record(this, invocation);
            return default;
        }

        return invocation.Invoke(this);
    }

    /// <summary>Calls a method returning <see cref="Task"/>.</summary>
    protected Task InvokeTask(VoidInvocation invocation) => InvokeValueTask(invocation).AsTask();

    /// <summary>Calls a method returning <see cref="ValueTask"/>.</summary>
    protected ValueTask InvokeValueTask(VoidInvocation invocation)
    {
        if (_recorder is not null)
        {
            _recorder.Record(this, invocation);
            return default;
        }

        return invocation.Invoke(this);
    }

    /// <summary>
    /// The activation to deliver to: the cached one while it is alive, else the table's (created
    /// on demand). Goes through the partition directory first: a partition owned by another silo
    /// is refused (forwarding is not implemented yet).
    /// </summary>
    internal ActivationData ResolveActivation()
    {
        var runtime = Runtime;
        runtime.EnsureOwned(GrainId, Partition);
        var activation = _activation;
        if (activation is not null && !activation.IsInvalid)
        {
            return activation;
        }

        activation = runtime.Activations.GetOrCreate(GrainId, GrainClass!);
        _activation = activation;
        return activation;
    }

    internal void Forget(ActivationData activation) => Interlocked.CompareExchange(ref _activation, null, activation);
}
