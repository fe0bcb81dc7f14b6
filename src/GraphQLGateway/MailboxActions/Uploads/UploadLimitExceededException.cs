namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>A multipart request passed one of <see cref="UploadOptions"/>' limits while it was read.</summary>
public sealed class UploadLimitExceededException : Exception
{
    public UploadLimitExceededException()
    {
    }

    public UploadLimitExceededException(string message)
        : base(message)
    {
    }

    public UploadLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
