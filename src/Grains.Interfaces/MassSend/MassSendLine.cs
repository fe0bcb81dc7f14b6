namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>
/// One parsed line of a recipient list: its 1-based line number in the uploaded part, the recipient
/// (10-digit CPR or 8-digit CVR) and, for a personalised send, that recipient's MeMo XML.
/// </summary>
public readonly record struct MassSendLine(long LineNumber, string Recipient, ReadOnlyMemory<byte> Memo);
