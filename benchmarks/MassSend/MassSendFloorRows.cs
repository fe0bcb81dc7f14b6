namespace DigitalPost.Benchmarks.MassSend;

/// <summary>How many rows of each kind the pipeline wrote, for the floor to write the same.</summary>
internal sealed record MassSendFloorRows(long Recipients, long Delivered, long Printed, long Notifications);
