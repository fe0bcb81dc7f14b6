namespace DigitalPost.GraphQL.Transport.Http;

/// <summary>Why an HTTP request is not a well-formed GraphQL-over-HTTP request: the status code and the error to send.</summary>
internal sealed record RequestProblem(int StatusCode, string Message, string Code)
{
    public const string BadRequestCode = "BAD_REQUEST";

    public static RequestProblem BadRequest(string message) => new(400, message, BadRequestCode);
}
