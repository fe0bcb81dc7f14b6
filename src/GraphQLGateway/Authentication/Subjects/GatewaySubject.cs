using System.Diagnostics.CodeAnalysis;
using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Authentication.Subjects;

/// <summary>
/// Who a token speaks for, parsed from its <c>sub</c> claim: <c>cpr:&lt;10 digits&gt;</c>, <c>cvr:&lt;8&gt;/cpr:&lt;10&gt;</c>,
/// <c>authority:&lt;id&gt;</c> or <c>staff:&lt;municipality code&gt;</c>. <see cref="ToString"/> is safe to log (CPRs masked).
/// </summary>
public abstract record GatewaySubject
{
    public abstract SubjectKind Kind { get; }

    /// <summary>The canonical <c>sub</c> claim value (contains a full CPR: never log it).</summary>
    public abstract string Value { get; }

    /// <summary>A loggable form.</summary>
    public abstract string Masked { get; }

    public sealed override string ToString() => Masked;

    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out GatewaySubject? subject,
        [NotNullWhen(false)] out string? error)
    {
        subject = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "subject is missing; expected cpr:<10 digits>, cvr:<8 digits>/cpr:<10 digits>, authority:<id> or staff:<municipality code>";
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? text : text[..colon];
        var rest = colon < 0 ? string.Empty : text[(colon + 1)..];
        switch (prefix)
        {
            case "cpr":
                if (!Cpr.TryParse(rest, out var cpr, out error))
                {
                    return false;
                }

                subject = new CitizenSubject(cpr);
                return true;
            case "cvr":
                return CompanyRepresentativeSubject.TryParseRest(rest, out subject, out error);
            case "authority":
                if (!AuthorityId.TryParse(rest, out var authority, out error))
                {
                    return false;
                }

                subject = new AuthoritySubject(authority);
                return true;
            case "staff":
                return MunicipalStaffSubject.TryParseRest(rest, out subject, out error);
            default:
                error = $"subject kind '{Truncate(prefix)}' is unknown; expected cpr:, cvr:…/cpr:, authority: or staff:";
                return false;
        }
    }

    private static string Truncate(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
