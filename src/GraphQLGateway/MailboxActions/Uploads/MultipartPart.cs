using Microsoft.AspNetCore.WebUtilities;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>One part of a multipart request: its form name and, for a file, the client's (sanitised) file name.</summary>
internal sealed record MultipartPart(MultipartSection Section, string Name, string? Filename)
{
    public bool IsFile => Filename is not null;
}
