using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>
/// The <c>Upload</c> scalar: its only values are files of a GraphQL multipart request, which
/// <see cref="GraphQLMultipartRequestReader"/> places into the variables as <see cref="UploadedFile"/>s. A literal or
/// a plain JSON variable is refused; it is never returned.
/// </summary>
public static class UploadScalar
{
    /// <summary>The scalar's name in the schema.</summary>
    public const string Name = "Upload";

    /// <summary>The scalar type.</summary>
    public static ScalarType Create() => new DelegateScalarType(
        Name,
        _ => throw new GraphQLException("Upload values cannot be returned.", GatewayErrorCodes.Validation),
        value => value as UploadedFile ?? throw NotAFile(),
        _ => throw NotAFile());

    private static GraphQLException NotAFile() => new(
        "An Upload is a file part of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec): " +
        "send null in the variables and the file in a part named by 'map', or upload it first to /graphql/uploads and use uploadId.",
        GatewayErrorCodes.Validation);
}
