using System.Text.Json;
using DigitalPost.Runtime.CodeGeneration;

namespace DigitalPost.Runtime.Reminders;

/// <summary>Delivers one reminder tick to <see cref="IRemindable.ReceiveReminder"/> as a turn of the grain.</summary>
internal sealed class ReminderInvocation : VoidInvocation
{
    public static readonly GrainMethodDescriptor Descriptor = new(
        typeof(IRemindable), nameof(IRemindable.ReceiveReminder), 1, InvocationKind.Exclusive, 0, static () => new ReminderInvocation());

    public static readonly GrainInterfaceInfo Interface = new(typeof(IRemindable), static args => new RemindableReference(args), [Descriptor]);

    public string ReminderName { get; set; } = "";

    public TickStatus Status { get; set; }

    public override GrainMethodDescriptor Method => Descriptor;

    public override void WriteArguments(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        JsonSerializer.Serialize(writer, ReminderName, options);
        JsonSerializer.Serialize(writer, Status, options);
        writer.WriteEndArray();
    }

    public override void ReadArguments(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        InvocationJson.ReadStart(ref reader);
        ReminderName = InvocationJson.ReadNext<string>(ref reader, options);
        Status = InvocationJson.ReadNext<TickStatus>(ref reader, options);
        InvocationJson.ReadEnd(ref reader);
    }

    protected override ValueTask InvokeGrain(object grain)
    {
        if (grain is not IRemindable remindable)
        {
            throw new InvalidOperationException($"Grain class {grain.GetType()} has reminders but does not implement IRemindable.");
        }

        return new ValueTask(remindable.ReceiveReminder(ReminderName, Status));
    }

    /// <summary>Reference used to deliver reminder ticks (no generated interface involved).</summary>
    private sealed class RemindableReference(in GrainReferenceArgs args) : GrainReference(args);
}
