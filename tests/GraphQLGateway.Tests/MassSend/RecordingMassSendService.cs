using System.Collections.Concurrent;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;

namespace DigitalPost.GraphQLGateway.Tests.MassSend;

/// <summary>
/// A job service that keeps jobs in memory and records every line it was given, consuming the
/// streamed lines as the real one does (so parse errors surface from the enumeration).
/// </summary>
internal sealed class RecordingMassSendService : IMassSendService
{
    private readonly ConcurrentDictionary<(string Authority, string Key), MassSendJobStatus> _byKey = new();
    private readonly ConcurrentDictionary<Guid, MassSendJobStatus> _jobs = new();

    public ConcurrentDictionary<Guid, (MassSendSubmission Submission, List<MassSendLine> Lines)> Submitted { get; } = new();

    public MassSendRecallOutcome NextRecall { get; set; } = MassSendRecallOutcome.Recalled;

    public List<MassSendReceipt> Receipts { get; } = [];

    public async Task<MassSendSubmitResult> SubmitAsync(MassSendSubmission submission, IAsyncEnumerable<MassSendLine> lines, CancellationToken cancellationToken = default)
    {
        if (_byKey.TryGetValue((submission.Authority.Value, submission.IdempotencyKey), out var first))
        {
            return new MassSendSubmitResult(first.JobId, first.Status, first.Recipients, true);
        }

        var received = new List<MassSendLine>();
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            received.Add(line with { Memo = line.Memo.ToArray() });
        }

        var id = Guid.NewGuid();
        var job = new MassSendJobStatus(id, submission.Authority.Value, submission.Kind, MassSendStatus.Queued, received.Count, 0, 0, 0, 0, 0, 0,
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), null, null, null);
        _jobs[id] = job;
        _byKey[(submission.Authority.Value, submission.IdempotencyKey)] = job;
        Submitted[id] = (submission, received);
        return new MassSendSubmitResult(id, job.Status, job.Recipients, false);
    }

    public Task<MassSendJobStatus?> GetAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_jobs.TryGetValue(jobId, out var job) && job.Authority == authority.Value ? job : null);

    public Task<IReadOnlyList<MassSendJobStatus>> ListAsync(AuthorityId authority, int first, Guid? after, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MassSendJobStatus>>([.. _jobs.Values.Where(j => j.Authority == authority.Value)]);

    public async Task<MassSendRecallOutcome> RecallAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default)
    {
        if (await GetAsync(authority, jobId, cancellationToken) is not { } job)
        {
            return MassSendRecallOutcome.NotFound;
        }

        if (NextRecall == MassSendRecallOutcome.Recalled)
        {
            _jobs[jobId] = job with { Status = MassSendStatus.Recalled };
        }

        return NextRecall;
    }

    public async Task<IAsyncEnumerable<MassSendReceipt>?> ReadReceiptsAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default) =>
        await GetAsync(authority, jobId, cancellationToken) is null ? null : Stream(Receipts);

    public async Task<MassSendReceiptPage?> ListReceiptsAsync(AuthorityId authority, Guid jobId, int first, string? after, CancellationToken cancellationToken = default)
    {
        if (await GetAsync(authority, jobId, cancellationToken) is null)
        {
            return null;
        }

        var start = after is null ? 0 : int.Parse(after, System.Globalization.CultureInfo.InvariantCulture) + 1;
        var page = Receipts.Skip(start).Take(first).ToList();
        return new MassSendReceiptPage(page, [.. page.Select((_, i) => (start + i).ToString(System.Globalization.CultureInfo.InvariantCulture))], start + first < Receipts.Count);
    }

    public async Task<IReadOnlyList<MassSendReceiptCount>?> CountReceiptsAsync(AuthorityId authority, Guid jobId, CancellationToken cancellationToken = default) =>
        await GetAsync(authority, jobId, cancellationToken) is null ? null : [.. Receipts.GroupBy(r => (r.Status, r.Reason)).Select(g => new MassSendReceiptCount(g.Key.Status, g.Key.Reason, g.Count()))];

    private static async IAsyncEnumerable<MassSendReceipt> Stream(IEnumerable<MassSendReceipt> receipts)
    {
        foreach (var receipt in receipts)
        {
            await Task.Yield();
            yield return receipt;
        }
    }
}
