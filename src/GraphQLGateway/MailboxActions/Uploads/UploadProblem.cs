using DigitalPost.GraphQLGateway.Localization;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>Why a multipart request is refused: the HTTP status, the stable code and the (localized) message.</summary>
public sealed record UploadProblem(int StatusCode, string Code, string Message)
{
    /// <summary>413, <c>LIMIT_EXCEEDED</c>: <paramref name="detail"/> says which limit.</summary>
    public static UploadProblem TooLarge(GatewayLanguage language, string detail) =>
        new(StatusCodes.Status413PayloadTooLarge, GatewayErrorCodes.LimitExceeded, GatewayErrorCatalogue.Message(GatewayErrorCodes.LimitExceeded, language, detail));

    /// <summary>400, <c>VALIDATION</c>: <paramref name="detail"/> names what is wrong.</summary>
    public static UploadProblem Invalid(GatewayLanguage language, string detail) =>
        new(StatusCodes.Status400BadRequest, GatewayErrorCodes.Validation, GatewayErrorCatalogue.Message(GatewayErrorCodes.Validation, language, detail));

    /// <summary>401, <c>UNAUTHENTICATED</c>.</summary>
    public static UploadProblem Unauthenticated(GatewayLanguage language) =>
        new(StatusCodes.Status401Unauthorized, GatewayErrorCodes.Unauthenticated, GatewayErrorCatalogue.Message(GatewayErrorCodes.Unauthenticated, language));

    /// <summary>415, <c>VALIDATION</c>: not <c>multipart/form-data</c>.</summary>
    public static UploadProblem NotMultipart(GatewayLanguage language) =>
        new(StatusCodes.Status415UnsupportedMediaType, GatewayErrorCodes.Validation,
            GatewayErrorCatalogue.Message(GatewayErrorCodes.Validation, language, "send the files as multipart/form-data with a boundary"));
}
