namespace DigitalPost.GraphQLGateway.Core;

/// <summary>What kind of caller signed in (the schema's <c>ViewerKind</c>).</summary>
public enum ViewerKind
{
    /// <summary>A person with their CPR number.</summary>
    Citizen,

    /// <summary>A person acting for a company (CVR).</summary>
    CompanyRepresentative,

    /// <summary>An authority's sender system or case worker.</summary>
    Authority,

    /// <summary>Staff of a municipality (exemptions).</summary>
    MunicipalityStaff,

    /// <summary>The Digital Post agency (estate access).</summary>
    Agency,
}
