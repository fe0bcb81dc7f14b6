using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>An authority of the directory's built-in catalogue, as used by the world.</summary>
/// <param name="Id">The authority id (<c>skattestyrelsen</c>).</param>
/// <param name="Name">Its name.</param>
/// <param name="Cvr">Its (synthetic) CVR number, used as MeMo sender id.</param>
/// <param name="ContactPointId">A contact point citizens can write to.</param>
/// <param name="MunicipalityCode">The municipality code when the authority is a municipality.</param>
public sealed record WorldAuthority(AuthorityId Id, string Name, Cvr Cvr, string ContactPointId, int? MunicipalityCode)
{
    /// <summary>The authority's mailbox.</summary>
    public MailboxId Mailbox => MailboxId.ForAuthority(Id);

    /// <summary>The dev-token subject of the authority's sender system (<c>authority:…</c>).</summary>
    public string Subject => "authority:" + Id.Value;

    /// <summary>The dev-token subject of the municipality's staff (<c>staff:101</c>); only for municipalities.</summary>
    public string StaffSubject => MunicipalityCode is { } code
        ? "staff:" + code.ToString("000", System.Globalization.CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"{Name} is not a municipality.");
}
