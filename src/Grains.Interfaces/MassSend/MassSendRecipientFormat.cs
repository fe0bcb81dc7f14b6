namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>How a recipient list is written.</summary>
public enum MassSendRecipientFormat
{
    /// <summary><c>text/csv</c>: one CPR or CVR per line, optional header line <c>recipient</c>.</summary>
    Csv,
    /// <summary><c>application/x-ndjson</c>: <c>{"recipient":"0101901234"}</c> per line.</summary>
    Ndjson,
}
