using System.Net;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Messages.Files;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using Microsoft.Extensions.DependencyInjection;
using static DigitalPost.Silo.Tests.EndToEnd.Messages.MessageQueries;

namespace DigitalPost.Silo.Tests.EndToEnd.Messages;

/// <summary>
/// <c>GET /graphql/files/{token}</c> and <c>/graphql/calendar/{token}</c>: the viewer's own short-lived link works; a
/// stranger's, an expired, a tampered, a revoked delegate's or another platform's link is the same bare 404.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class FileDownloadEndToEndTests(EndToEndFixture fixture)
{
    private const string DownloadQuery = """
        query($id: ID!) {
          message(id: $id) { content { mainDocument { files { downloadUrl } actions { calendarUrl } } } }
        }
        """;

    private async Task<string> FileUrlAsync(string subject, string platform, WorldMessage message)
    {
        var answer = await fixture.PostAsAsync(subject, platform, DownloadQuery, new { id = MessageId(message) });
        return answer.RequireData()["message"]!["content"]!["mainDocument"]!["files"]![0]!["downloadUrl"]!.GetValue<string>();
    }

    private MessageLinks Links => fixture.Services.GetRequiredService<MessageLinks>();

    private static async Task AssertBareNotFoundAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.False(response.Content.Headers.Contains("Content-Disposition"));
    }

    [Fact]
    public async Task The_owner_downloads_a_file_with_its_type_and_an_rfc6266_file_name()
    {
        var citizen = await fixture.CreateCitizenAsync("Henter", "Fil");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Brev med fil") { Body = "Indholdet af brevet." });

        using var response = await fixture.Http.GetAsync(await FileUrlAsync(citizen.Subject, "borger.dk", letter));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Indholdet af brevet.", await response.Content.ReadAsStringAsync());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("filename*=UTF-8''brev.txt", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_read_delegate_downloads_with_their_own_link_until_the_grant_is_revoked()
    {
        var owner = await fixture.CreateCitizenAsync("Ejer", "Fil");
        var helper = await fixture.CreateCitizenAsync("Delegat", "Fil");
        var grant = await fixture.GrantAccessAsync(owner, helper, AccessLevel.Read);
        var letter = await fixture.SendLetterAsync(owner.Mailbox, new LetterSpec("Delt brev") { Body = "Til ejer og hjælper." });
        var url = await FileUrlAsync(helper.Subject, "app", letter);

        using var before = await fixture.Http.GetAsync(url);
        await fixture.Grains.GetGrain<ICitizenMailboxGrain>(owner.Mailbox.Value).RevokeGrantAsync(ActorContext.Person(owner.Cpr, Platform.BorgerDk), grant.GrantId);
        using var after = await fixture.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("Til ejer og hjælper.", await before.Content.ReadAsStringAsync());
        await AssertBareNotFoundAsync(after);
    }

    [Fact]
    public async Task A_link_made_for_a_stranger_an_expired_link_and_a_tampered_link_all_give_the_same_404()
    {
        var world = fixture.World;
        var citizen = await fixture.CreateCitizenAsync("Beskyttet", "Fil");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Hemmeligt"));
        var url = await FileUrlAsync(citizen.Subject, "borger.dk", letter);
        var now = fixture.Time.GetUtcNow();
        var forStranger = Links.Protector.Protect(new MessageLink(MessageLinkKind.File, world.Stranger.Subject, Platform.BorgerDk, citizen.Mailbox, letter.MessageUuid, 0, now.AddMinutes(5)));
        var expired = Links.Protector.Protect(new MessageLink(MessageLinkKind.File, citizen.Subject, Platform.BorgerDk, citizen.Mailbox, letter.MessageUuid, 0, now.AddSeconds(-1)));
        var token = url[(url.LastIndexOf('/') + 1)..];
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var calendarKind = Links.Protector.Protect(new MessageLink(MessageLinkKind.Calendar, citizen.Subject, Platform.BorgerDk, citizen.Mailbox, letter.MessageUuid, 0, now.AddMinutes(5)));
        var noSuchFile = Links.Protector.Protect(new MessageLink(MessageLinkKind.File, citizen.Subject, Platform.BorgerDk, citizen.Mailbox, letter.MessageUuid, 7, now.AddMinutes(5)));

        var strangerContent = await fixture.PostAsAsync(world.Stranger.Subject, "borger.dk", DownloadQuery, new { id = MessageId(letter) });
        Assert.Equal("NOT_FOUND", strangerContent.RequireSingleErrorCode());
        foreach (var bad in new[] { forStranger, expired, tampered, "garbage", noSuchFile })
        {
            using var response = await fixture.Http.GetAsync("/graphql/files/" + bad);
            await AssertBareNotFoundAsync(response);
        }

        using var wrongEndpoint = await fixture.Http.GetAsync("/graphql/files/" + calendarKind);
        await AssertBareNotFoundAsync(wrongEndpoint);
        using var stillGood = await fixture.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, stillGood.StatusCode);
    }

    [Fact]
    public async Task Private_post_files_download_only_with_a_link_of_its_platform()
    {
        var world = fixture.World;
        var onPlatform = await FileUrlAsync(world.Owner.Subject, world.PrivatePostPlatformName, world.OwnerPrivatePost);
        var otherPlatform = Links.Protector.Protect(new MessageLink(
            MessageLinkKind.File, world.Owner.Subject, Platform.BorgerDk, world.Owner.Mailbox, world.OwnerPrivatePost.MessageUuid, 0, fixture.Time.GetUtcNow().AddMinutes(5)));

        using var good = await fixture.Http.GetAsync(onPlatform);
        using var bad = await fixture.Http.GetAsync("/graphql/files/" + otherPlatform);

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        await AssertBareNotFoundAsync(bad);
    }

    [Fact]
    public async Task The_appointment_downloads_as_an_rfc5545_calendar_file()
    {
        var citizen = await fixture.CreateCitizenAsync("Kalender", "Borger");
        var letter = await fixture.SendLetterAsync(citizen.Mailbox, new LetterSpec("Møde") { WithAppointment = true });
        var answer = await fixture.PostAsAsync(citizen.Subject, "borger.dk", DownloadQuery, new { id = MessageId(letter) });
        var url = answer.RequireData()["message"]!["content"]!["mainDocument"]!["actions"]![0]!["calendarUrl"]!.GetValue<string>();

        using var response = await fixture.Http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Østbanegade 123\\, 2100 København Ø", text, StringComparison.Ordinal);
        using var asFile = await fixture.Http.GetAsync(url.Replace("/graphql/calendar/", "/graphql/files/", StringComparison.Ordinal));
        await AssertBareNotFoundAsync(asFile);
    }
}
