using System.Security.Claims;

namespace DigitalPost.GraphQLGateway.Authentication.Jwt;

public sealed record TokenValidationResult(ClaimsPrincipal? Principal, JwtFailure Failure, string? Detail = null)
{
    public bool Succeeded => Principal is not null;

    public static TokenValidationResult Fail(JwtFailure failure, string? detail = null) => new(null, failure, detail);
}
