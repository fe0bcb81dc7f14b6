namespace DigitalPost.GraphQLGateway.Authentication.Subjects;

public enum SubjectKind
{
    /// <summary>A person (<c>cpr:</c>).</summary>
    Citizen,

    /// <summary>A person acting for a company (<c>cvr:…/cpr:…</c>).</summary>
    CompanyRepresentative,

    /// <summary>A sending authority's system (<c>authority:</c>).</summary>
    Authority,

    /// <summary>Municipality staff (<c>staff:</c>), e.g. registering exemptions.</summary>
    MunicipalStaff,
}
