namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>What a cell answers: allowed, a hidden object given as null without error, or an error code.</summary>
public static class MatrixOutcome
{
    public const string Allowed = "allowed";
    public const string Null = "null";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
}
