using System.Runtime.CompilerServices;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>Resolvers of <c>Schema/MassSend.graphql</c>: authorities read their own jobs only.</summary>
public static class MassSendFields
{
    /// <summary>
    /// <c>Query.massSendJob(id)</c>: FORBIDDEN for a caller that is not an authority; NOT_FOUND for a malformed, unknown
    /// or another authority's id (the same error, so job ids cannot be probed).
    /// </summary>
    public static async ValueTask<object?> JobAsync(ResolverContext context)
    {
        var authority = MassSendJobs.RequireAuthority(context);
        return await MassSendJobs.RequireAsync(context, authority, context.Argument<string>("id")).ConfigureAwait(false);
    }

    /// <summary><c>Query.massSendJobs(first, after)</c>: newest first; the cursor is the job's UUID (keyset paging within the authority's jobs).</summary>
    public static async ValueTask<object?> JobsAsync(ResolverContext context)
    {
        var authority = MassSendJobs.RequireAuthority(context);
        var first = PageSize.Resolve(context);
        var after = context.ArgumentOrDefault<string>("after");
        Guid? afterId = null;
        if (after is not null)
        {
            afterId = GlobalId.TryParseGuid(after, out var parsed) ? parsed : throw GatewayErrors.Validation(context, "The cursor is not one this API gave out.");
        }

        if (first == 0)
        {
            return MassSendConnection.From([], false, afterId is not null);
        }

        var jobs = await context.Service<IMassSendService>().ListAsync(authority, first + 1, afterId, context.CancellationToken).ConfigureAwait(false);
        var edges = jobs.Take(first).Select(j => new MassSendEdge(j.JobId.ToString("D"), j)).ToList();
        return MassSendConnection.From(edges, jobs.Count > first, afterId is not null);
    }

    /// <summary><c>MassSendJob.id</c>: the global id (<see cref="GlobalId.MassSendJob"/>); <c>jobId</c> is the bulk API's UUID.</summary>
    public static object? Id(ResolverContext context) => GlobalId.MassSendJob(Job(context).JobId);

    /// <summary><c>MassSendJob.receiptsCsvUrl</c>: the bulk API's export, relative to the gateway.</summary>
    public static object? ReceiptsCsvUrl(ResolverContext context) => $"{MassSendApi.BasePath}/{Job(context).JobId:D}/receipts.csv";

    /// <summary><c>MassSendJob.receiptCounts</c>.</summary>
    public static async ValueTask<object?> ReceiptCountsAsync(ResolverContext context)
    {
        var job = Job(context);
        return await context.Service<IMassSendService>().CountReceiptsAsync(AuthorityId.Parse(job.Authority), job.JobId, context.CancellationToken).ConfigureAwait(false)
            ?? [];
    }

    /// <summary><c>MassSendJob.receipts(first, after)</c>.</summary>
    public static async ValueTask<object?> ReceiptsAsync(ResolverContext context)
    {
        var job = Job(context);
        var first = PageSize.Resolve(context, defaultSize: 100);
        var after = context.ArgumentOrDefault<string>("after");
        if (first == 0)
        {
            return MassSendConnection.From([], false, after is not null);
        }

        MassSendReceiptPage? page;
        try
        {
            page = await context.Service<IMassSendService>().ListReceiptsAsync(AuthorityId.Parse(job.Authority), job.JobId, first, after, context.CancellationToken).ConfigureAwait(false);
        }
        catch (MassSendInputException ex)
        {
            throw GatewayErrors.Validation(context, ex.Problem);
        }

        if (page is null)
        {
            return MassSendConnection.From([], false, false);
        }

        var edges = page.Items.Select((r, i) => new MassSendEdge(page.Cursors[i], r)).ToList();
        return MassSendConnection.From(edges, page.HasNextPage, after is not null);
    }

    /// <summary>
    /// <c>Subscription.massSendProgress(jobId)</c> (the job's global id): the state at once, then on every change, until a
    /// final state was sent. Reads the job every <see cref="MassSendGatewayOptions.ProgressInterval"/>
    /// (the job's counters live in PostgreSQL, so this works whichever silo delivers it).
    /// </summary>
    public static async ValueTask<IAsyncEnumerable<object?>> SubscribeProgressAsync(ResolverContext context)
    {
        var authority = MassSendJobs.RequireAuthority(context);
        // Checked before the stream starts, so another authority's job (or an unknown one) is the
        // subscribe request's own NOT_FOUND error, never a failure inside the event stream.
        var first = await MassSendJobs.RequireAsync(context, authority, context.Argument<string>("jobId")).ConfigureAwait(false);
        return ProgressAsync(context, authority, first, context.CancellationToken);
    }

    private static async IAsyncEnumerable<MassSendProgress> ProgressAsync(ResolverContext context, AuthorityId authority, MassSendJobStatus first, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var service = context.Service<IMassSendService>();
        var time = context.Service<TimeProvider>();
        var interval = context.Service<IOptions<MassSendGatewayOptions>>().Value.ProgressInterval;
        MassSendJobStatus? last = null;
        MassSendJobStatus? next = first;
        while (true)
        {
            var job = next ?? await service.GetAsync(authority, first.JobId, cancellationToken).ConfigureAwait(false) ?? throw GatewayErrors.Inaccessible(context);
            next = null;
            if (job != last)
            {
                yield return new MassSendProgress(job, time.GetUtcNow());
                last = job;
            }

            if (job.Status is MassSendStatus.Completed or MassSendStatus.Recalled)
            {
                yield break;
            }

            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static MassSendJobStatus Job(ResolverContext context) => (MassSendJobStatus)context.Parent!;
}
