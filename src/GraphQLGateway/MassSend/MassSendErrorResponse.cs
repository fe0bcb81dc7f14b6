namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>
/// The JSON of a refused request: <see cref="Error"/> says what is wrong, with the part and the
/// 1-based line number when the problem is one line's (<see cref="Line"/> is 0 otherwise).
/// </summary>
public sealed record MassSendErrorResponse(string Error, string? Part = null, long Line = 0);
