namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>A page of a job's receipts in list order, with an opaque cursor per receipt.</summary>
public sealed record MassSendReceiptPage(IReadOnlyList<MassSendReceipt> Items, IReadOnlyList<string> Cursors, bool HasNextPage);
