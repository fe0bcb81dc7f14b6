namespace DigitalPost.GraphQLGateway.Authentication.Jwt;

/// <summary>Why a token was refused. Logged and put in the <c>WWW-Authenticate</c> description; never the token itself.</summary>
public enum JwtFailure
{
    None = 0,
    Malformed,
    TooLong,
    AlgorithmNotAllowed,
    UnknownKey,
    BadSignature,
    Expired,
    NotYetValid,
    IssuedInFuture,
    MissingExpiration,
    WrongIssuer,
    WrongAudience,
    BadSubject,
    MetadataUnavailable,
}
