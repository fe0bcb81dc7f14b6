using System.Net;
using System.Net.Http.Headers;
using DigitalPost.GraphQLGateway.MailboxActions.Uploads;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Silo.Tests.EndToEnd.MailboxActions;

/// <summary>POST /graphql/uploads on the silo: signed in only, bounded per request, nothing kept from a refused request.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class UploadsEndToEndTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task An_anonymous_upload_is_401()
    {
        using var content = new MultipartFormDataContent("e2e-" + Guid.NewGuid().ToString("N"));
        var file = new ByteArrayContent([1, 2, 3]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "a.pdf");

        using var response = await fixture.Http.PostAsync(new Uri(fixture.BaseAddress, "graphql/uploads"), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Too_many_files_in_one_upload_are_refused_and_none_is_kept()
    {
        var citizen = await fixture.CreateCitizenAsync("Ulrik", "Mange");
        var store = fixture.Services.GetRequiredService<UploadStore>();
        var files = Enumerable.Range(0, 12).Select(i => new MultipartRequests.FilePart($"f{i}.pdf", "application/pdf", [1])).ToArray();

        var response = await MultipartRequests.UploadAsync(fixture, citizen.Subject, files);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("LIMIT_EXCEEDED", response.RequireSingleErrorCode());
        Assert.Equal((0, 0L), store.HeldBy(citizen.Subject));

        var accepted = await MultipartRequests.UploadAsync(fixture, citizen.Subject, files[0]);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal((1, 1L), store.HeldBy(citizen.Subject));
    }
}
