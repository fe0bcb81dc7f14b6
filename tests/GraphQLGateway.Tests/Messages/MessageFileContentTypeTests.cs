using DigitalPost.GraphQLGateway.Messages.Files;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

public sealed class MessageFileContentTypeTests
{
    [Theory]
    [InlineData("application/pdf", "brev.pdf", "application/pdf")]
    [InlineData("text/plain", "noter", "text/plain")]
    [InlineData("pdf", "brev.pdf", "application/pdf")]
    [InlineData("pdf", "brev", "application/pdf")]
    [InlineData("xml", "data", "text/xml")]
    [InlineData("weird", "file.unknownext", "application/octet-stream")]
    public void The_content_type_is_the_mime_type_else_what_the_extension_names(string encodingFormat, string filename, string expected) =>
        Assert.Equal(expected, MessageFileEndpoints.ContentTypeOf(Letters.File(filename, encodingFormat, "x")));
}
