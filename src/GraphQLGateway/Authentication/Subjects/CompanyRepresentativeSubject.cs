using System.Diagnostics.CodeAnalysis;
using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Authentication.Subjects;

/// <summary>A person (<see cref="Cpr"/>) acting for a company (<see cref="Cvr"/>).</summary>
public sealed record CompanyRepresentativeSubject(Cvr Cvr, Cpr Cpr) : GatewaySubject
{
    public override SubjectKind Kind => SubjectKind.CompanyRepresentative;

    public override string Value => $"cvr:{Cvr.Value}/cpr:{Cpr.Value}";

    public override string Masked => $"cvr:{Cvr.Value}/cpr:{Cpr.Masked}";

    internal static bool TryParseRest(string rest, [NotNullWhen(true)] out GatewaySubject? subject, [NotNullWhen(false)] out string? error)
    {
        subject = null;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !rest.AsSpan(slash + 1).StartsWith("cpr:", StringComparison.Ordinal))
        {
            error = "a company subject must name the acting person: cvr:<8 digits>/cpr:<10 digits>";
            return false;
        }

        if (!Cvr.TryParse(rest[..slash], out var cvr, out error) || !Cpr.TryParse(rest[(slash + 5)..], out var cpr, out error))
        {
            return false;
        }

        subject = new CompanyRepresentativeSubject(cvr, cpr);
        return true;
    }
}
