using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DigitalPost.GraphQLGateway.Authentication.Subjects;

/// <summary>Staff of the municipality with the three-digit code <see cref="MunicipalityCode"/> (101 København … 860 Hjørring).</summary>
public sealed record MunicipalStaffSubject(int MunicipalityCode) : GatewaySubject
{
    public override SubjectKind Kind => SubjectKind.MunicipalStaff;

    public override string Value => "staff:" + MunicipalityCode.ToString("D3", CultureInfo.InvariantCulture);

    public override string Masked => Value;

    internal static bool TryParseRest(string rest, [NotNullWhen(true)] out GatewaySubject? subject, [NotNullWhen(false)] out string? error)
    {
        subject = null;
        if (rest.Length != 3 || !rest.All(char.IsAsciiDigit) || rest[0] == '0')
        {
            error = "a staff subject must be staff:<three-digit municipality code>, e.g. staff:101";
            return false;
        }

        subject = new MunicipalStaffSubject(int.Parse(rest, CultureInfo.InvariantCulture));
        error = null;
        return true;
    }
}
