using System.Collections.Concurrent;
using System.Text.Json;
using DigitalPost.LoadTests.Gateway;

namespace DigitalPost.LoadTests.DigitalPost;

/// <summary>
/// An authority sending the scenarios' messages: it learns its CVR from the gateway (a MeMo's sender must be the
/// signed-in authority) and delivers prepared messages with <c>sendMeMo</c>, idempotently (stable messageUUIDs).
/// </summary>
public sealed class AuthoritySender
{
    private readonly GatewaySession _session;
    private readonly MeMoTemplate _template;

    private AuthoritySender(GatewaySession session, GatewayPrincipal principal, string cvr, MeMoTemplate template)
    {
        _session = session;
        Principal = principal;
        Cvr = cvr;
        _template = template;
    }

    /// <summary>The authority's principal.</summary>
    public GatewayPrincipal Principal { get; }

    /// <summary>The authority's CVR.</summary>
    public string Cvr { get; }

    /// <summary>Logs <paramref name="authorityId"/> in and reads its CVR from the directory.</summary>
    public static async Task<AuthoritySender> SignInAsync(GatewaySession session, string authorityId, MeMoTemplate template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(template);
        var principal = GatewayPrincipal.Authority(authorityId);
        var request = new GraphQLRequest(SetupQueries.AuthorityByDirectoryId, new Dictionary<string, object?> { ["search"] = authorityId.Replace('-', ' ') });
        using var result = await session.GraphQL.SendAsync(principal, request, cancellationToken).ConfigureAwait(false);
        result.EnsureOk($"looking up {principal.Subject} in the directory");
        var authority = result.Data.GetProperty("authorities").GetProperty("nodes").EnumerateArray()
            .FirstOrDefault(node => node.GetProperty("authorityId").ValueEquals(authorityId));
        if (authority.ValueKind != JsonValueKind.Object)
        {
            throw new GatewayException("setup-no-authority", $"The directory has no authority '{authorityId}' (--authority).");
        }

        return new AuthoritySender(session, principal, authority.GetProperty("cvr").GetString()!, template);
    }

    /// <summary>The template with this authority as sender, for a mass send (the server fills in each recipient).</summary>
    public byte[] MassSendTemplate(Guid messageUuid, string label) => _template.RenderUtf8(messageUuid, Cvr, recipientCpr: null, label);

    /// <summary>
    /// Makes sure each citizen has the messages <c>0 … perCitizen-1</c> of <paramref name="scope"/>: sends each with a
    /// messageUUID derived from (scope, CPR, number), so a second run finds them delivered (duplicate) and adds nothing.
    /// Outcomes are counted by kind (an exempt citizen's post goes to print, so not every citizen gets a digital
    /// message); a GraphQL error stops the preparation.
    /// </summary>
    public async Task<PreparedMessages> EnsureMessagesAsync(
        IReadOnlyList<string> cprs, int perCitizen, string scope, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var deliveredTo = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var sends = cprs.SelectMany(cpr => Enumerable.Range(0, perCitizen).Select(number => (Cpr: cpr, Number: number)));
        await Parallel.ForEachAsync(
            sends,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = cancellationToken },
            async (send, token) =>
            {
                var uuid = MeMoTemplate.StableMessageUuid(scope, send.Cpr, send.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var memo = _template.Render(uuid, Cvr, send.Cpr, $"Belastningstest {send.Number + 1}");
                var request = new GraphQLRequest(SetupQueries.SendMeMo, new Dictionary<string, object?> { ["memo"] = memo });
                using var result = await _session.GraphQL.SendAsync(Principal, request, token).ConfigureAwait(false);
                result.EnsureOk("sendMeMo while preparing messages");
                var delivery = result.Data.GetProperty("sendMeMo").GetProperty("delivery");
                var outcome = delivery.GetProperty("outcome").GetString() ?? "?";
                var key = delivery.TryGetProperty("duplicate", out var duplicate) && duplicate.ValueKind == JsonValueKind.True ? outcome + " (already there)" : outcome;
                outcomes.AddOrUpdate(key, 1, static (_, count) => count + 1);
                if (outcome == "DELIVERED")
                {
                    deliveredTo[send.Cpr] = true;
                }
            }).ConfigureAwait(false);
        return new PreparedMessages(outcomes, deliveredTo.Keys.ToHashSet(StringComparer.Ordinal));
    }
}
