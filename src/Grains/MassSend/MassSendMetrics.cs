using System.Diagnostics.Metrics;

namespace DigitalPost.Grains.MassSend;

/// <summary>Meter <c>DigitalPost.MassSend</c>: recipients processed and batches committed.</summary>
public sealed class MassSendMetrics : IDisposable
{
    private readonly Meter _meter = new("DigitalPost.MassSend");
    private readonly Counter<long> _recipients;
    private readonly Counter<long> _batches;

    public MassSendMetrics()
    {
        _recipients = _meter.CreateCounter<long>("digitalpost.mass_send.recipients", description: "Recipient lines processed (delivered, printed or refused).");
        _batches = _meter.CreateCounter<long>("digitalpost.mass_send.batches", description: "Batch transactions committed.");
    }

    internal void BatchCommitted(int recipients)
    {
        _recipients.Add(recipients);
        _batches.Add(1);
    }

    public void Dispose() => _meter.Dispose();
}
