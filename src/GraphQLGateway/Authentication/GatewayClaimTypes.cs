namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>Claim types of the gateway principal. The token's own claims keep their JWT names (<c>sub</c>, <c>platform</c>).</summary>
public static class GatewayClaimTypes
{
    /// <summary>The raw subject (<c>cpr:…</c>, …). Holds a full CPR: never log it.</summary>
    public const string Subject = "sub";

    /// <summary>A platform the token is valid on; one claim per platform (the JWT claim may be a string or an array).</summary>
    public const string Platform = "platform";

    /// <summary>The subject kind (<see cref="Subjects.SubjectKind"/> name).</summary>
    public const string SubjectKind = "dp:subject_kind";

    /// <summary>The masked subject: also the identity's Name, so logging <c>User.Identity.Name</c> is safe.</summary>
    public const string MaskedSubject = "dp:subject_masked";
}
