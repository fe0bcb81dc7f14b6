using System.Diagnostics.Metrics;

namespace DigitalPost.Grains.MassSend;

/// <summary>Meter <c>DigitalPost.MassSend</c>: recipients processed, batches committed, direct writes that fell back to the statement, dead letters.</summary>
public sealed class MassSendMetrics : IDisposable
{
    private readonly Meter _meter = new("DigitalPost.MassSend");
    private readonly Counter<long> _recipients;
    private readonly Counter<long> _batches;
    private readonly Counter<long> _directWriteFallbacks;
    private readonly Counter<long> _deadLetters;

    public MassSendMetrics()
    {
        _recipients = _meter.CreateCounter<long>("digitalpost.mass_send.recipients", description: "Recipient lines processed (delivered, printed or refused).");
        _batches = _meter.CreateCounter<long>("digitalpost.mass_send.batches", description: "Batch transactions committed.");
        _directWriteFallbacks = _meter.CreateCounter<long>("digitalpost.mass_send.direct_write_fallbacks",
            description: "Batches whose COPY met an existing key and were written again through the statement (expected to stay 0).");
        _deadLetters = _meter.CreateCounter<long>("digitalpost.mass_send.dead_letters", description: "Lines that failed alone and were set aside with an INVALID receipt.");
    }

    internal void BatchCommitted(int recipients)
    {
        _recipients.Add(recipients);
        _batches.Add(1);
    }

    /// <summary>Counted so that a job whose UUIDs collide with stored letters shows up instead of just running slower.</summary>
    internal void DirectWriteFellBack() => _directWriteFallbacks.Add(1);

    internal void DeadLettered() => _deadLetters.Add(1);

    public void Dispose() => _meter.Dispose();
}
