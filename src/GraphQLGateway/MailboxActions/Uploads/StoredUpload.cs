namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>A file stored ahead with <c>POST /graphql/uploads</c>: usable only by its owner until it expires.</summary>
/// <param name="File">The file on disk.</param>
/// <param name="Owner">The owner's subject (<c>GatewaySubject.Value</c>; holds a CPR, so never logged).</param>
/// <param name="ExpiresAt">When it stops being usable and is deleted.</param>
public sealed record StoredUpload(UploadedFile File, string Owner, DateTimeOffset ExpiresAt)
{
    /// <inheritdoc />
    public override string ToString() => $"StoredUpload({File.Id}, expires {ExpiresAt:O})";
}
