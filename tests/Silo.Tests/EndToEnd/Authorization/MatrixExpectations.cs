using static DigitalPost.Silo.Tests.EndToEnd.Authorization.MatrixRole;

namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>Builds a row's expectations: one outcome for every role not named, anonymous callers unauthenticated.</summary>
public static class MatrixExpectations
{
    public static readonly MatrixRole[] Openers = [Owner, ReadDelegate, ReadWriteDelegate];
    public static readonly MatrixRole[] Writers = [Owner, ReadWriteDelegate];
    public static readonly MatrixRole[] Delegates = [ReadDelegate, ReadWriteDelegate];
    public static readonly MatrixRole[] PersonsAsThemselves = [Owner, ReadDelegate, ReadWriteDelegate, EstateAdministrator, Stranger];
    public static readonly MatrixRole[] Authorities = [AuthoritySender, AuthorityOther];
    public static readonly MatrixRole[] CompanyRepresentatives = [CompanyRepresentativeOwn, CompanyRepresentativeOther];
    public static readonly MatrixRole[] Everyone = [.. Enum.GetValues<MatrixRole>().Where(role => role != Anonymous)];

    /// <summary><paramref name="others"/> for every role not in <paramref name="cases"/>; <see cref="Anonymous"/> unauthenticated unless named.</summary>
    public static IReadOnlyDictionary<MatrixRole, string> Expect(string others, params (string Outcome, MatrixRole[] Roles)[] cases)
    {
        var expected = Enum.GetValues<MatrixRole>().ToDictionary(role => role, _ => others);
        expected[Anonymous] = MatrixOutcome.Unauthenticated;
        foreach (var (outcome, roles) in cases)
        {
            foreach (var role in roles)
            {
                expected[role] = outcome;
            }
        }

        return expected;
    }
}
