using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>
/// Who may see mass-send jobs and how a job is found from its <see cref="GlobalId.MassSendJob"/>: an authority signed in
/// as itself sees its own jobs only. The agency is not a sender here (it only grants estate access), so it is treated
/// like every other caller that is not an authority.
/// </summary>
public static class MassSendJobs
{
    /// <summary>The node registration of <c>MassSendJob</c> (<c>node(id:)</c>, <c>nodes(ids:)</c>).</summary>
    public static NodeRegistration Node { get; } = new(GlobalId.MassSendJobType, ResolveNodeAsync);

    /// <summary>The viewer's authority; FORBIDDEN for anyone else (before any id is looked at).</summary>
    public static AuthorityId RequireAuthority(ResolverContext context) =>
        AuthorityOf(context.Viewer()) ?? throw GatewayErrors.Forbidden(context);

    /// <summary>
    /// The viewer's job behind a <c>MassSendJob</c> global id. A malformed id, an id of another type, an unknown job and
    /// another authority's job are all the same NOT_FOUND.
    /// </summary>
    public static async ValueTask<MassSendJobStatus> RequireAsync(ResolverContext context, AuthorityId authority, string id)
    {
        var jobId = GlobalId.ParseMassSendJob(context, id);
        return await context.Service<IMassSendService>().GetAsync(authority, jobId, context.CancellationToken).ConfigureAwait(false)
            ?? throw GatewayErrors.Inaccessible(context);
    }

    private static AuthorityId? AuthorityOf(GatewayViewer viewer) =>
        viewer.Kind == ViewerKind.Authority && viewer.Subject is AuthoritySubject subject ? subject.Authority : null;

    /// <summary>Null (NOT_FOUND) for a caller that is not an authority, as for an unknown job: node ids reveal nothing.</summary>
    private static async ValueTask<object?> ResolveNodeAsync(ResolverContext context, string key)
    {
        if (AuthorityOf(context.Viewer()) is not { } authority || !GlobalId.TryParseGuid(key, out var jobId))
        {
            return null;
        }

        return await context.Service<IMassSendService>().GetAsync(authority, jobId, context.CancellationToken).ConfigureAwait(false);
    }
}
