using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.Tests.MassSend;

/// <summary>The bulk API's contract: authentication, the multipart upload, status, recall and the receipts CSV.</summary>
public sealed class MassSendApiTests
{
    private const string Template = "<Message>template</Message>";

    [Fact]
    public async Task Without_a_token_the_answer_is_401_and_a_citizen_gets_403()
    {
        await using var server = await MassSendApiServer.StartAsync();
        var citizen = server.Token(new CitizenSubject(Cpr.Parse("0101901234")));

        using var anonymous = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", null, Csv("0101901234"), "k");
        using var forbidden = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", citizen, Csv("0101901234"), "k");
        using var forbiddenStatus = await server.SendAsync(HttpMethod.Get, $"/api/mass-sends/{Guid.NewGuid()}", citizen);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Bearer", anonymous.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenStatus.StatusCode);
        Assert.Empty(server.Service.Submitted);
    }

    [Fact]
    public async Task The_agency_is_not_a_sender_and_gets_403_like_a_citizen()
    {
        await using var server = await MassSendApiServer.StartAsync();
        var agency = server.AuthorityToken("digitaliseringsstyrelsen");

        using var submit = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", agency, Csv("0101901234"), "k");
        using var status = await server.SendAsync(HttpMethod.Get, $"/api/mass-sends/{Guid.NewGuid()}", agency);

        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
        Assert.Empty(server.Service.Submitted);
    }

    [Fact]
    public async Task The_urls_take_the_job_uuid_and_a_graphql_global_id_is_not_found()
    {
        await using var server = await MassSendApiServer.StartAsync();
        var owner = server.AuthorityToken("skattestyrelsen");
        using var created = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", owner, Csv("0101901234"), "k");
        var jobId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();

        using var byUuid = await server.SendAsync(HttpMethod.Get, $"/api/mass-sends/{jobId:D}", owner);
        using var byGlobalId = await server.SendAsync(HttpMethod.Get, $"/api/mass-sends/{GlobalId.MassSendJob(jobId)}", owner);

        Assert.Equal($"/api/mass-sends/{jobId}", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, byUuid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byGlobalId.StatusCode);
    }

    [Fact]
    public async Task A_csv_upload_is_accepted_with_the_job_id_and_every_recipient_in_order()
    {
        await using var server = await MassSendApiServer.StartAsync();
        var token = server.AuthorityToken("skattestyrelsen");

        using var response = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, Csv("recipient\r\n0101901234\r\n12345678\r\n\r\n0202851234"), "key-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var jobId = body.GetProperty("jobId").GetGuid();
        Assert.Equal($"/api/mass-sends/{jobId}", response.Headers.Location!.OriginalString);
        Assert.Equal("Queued", body.GetProperty("status").GetString());
        Assert.Equal(3, body.GetProperty("recipients").GetInt64());
        Assert.False(body.GetProperty("duplicate").GetBoolean());
        var (submission, lines) = server.Service.Submitted[jobId];
        Assert.Equal(("skattestyrelsen", "key-1", MassSendKind.Template), (submission.Authority.Value, submission.IdempotencyKey, submission.Kind));
        Assert.Equal(Template, Encoding.UTF8.GetString(submission.Template.Span));
        Assert.Equal(["0101901234", "12345678", "0202851234"], lines.Select(l => l.Recipient));
        Assert.Equal([2L, 3L, 5L], lines.Select(l => l.LineNumber));
    }

    [Fact]
    public async Task Ndjson_recipients_and_personalised_messages_are_accepted()
    {
        await using var server = await MassSendApiServer.StartAsync();
        var token = server.AuthorityToken("skattestyrelsen");
        var ndjson = MassSendApiServer.Multipart(("template", "application/xml", Template),
            ("recipients", "application/x-ndjson", "{\"recipient\":\"0101901234\"}\n{\"recipient\":\"12345678\",\"ref\":7}\n"));
        var messages = MassSendApiServer.Multipart(("messages", "application/x-ndjson",
            "{\"recipient\":\"0101901234\",\"memo\":\"<Message>a</Message>\"}\n{\"recipient\":\"0202851234\",\"memo\":\"<Message>b</Message>\"}"));

        using var a = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, ndjson, "nd");
        using var b = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, messages, "personal");

        Assert.Equal(HttpStatusCode.Accepted, a.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, b.StatusCode);
        var personal = server.Service.Submitted[(await b.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid()];
        Assert.Equal(MassSendKind.Personalised, personal.Submission.Kind);
        Assert.Equal(["<Message>a</Message>", "<Message>b</Message>"], personal.Lines.Select(l => Encoding.UTF8.GetString(l.Memo.Span)));
    }

    [Fact]
    public async Task A_bad_line_is_a_400_naming_the_line_and_the_problem()
    {
        await using var server = await MassSendApiServer.StartAsync();
        var token = server.AuthorityToken("skattestyrelsen");

        using var badCpr = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, Csv("0101901234\n0101901234\n3213901234"), "bad-1");
        using var badJson = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token,
            MassSendApiServer.Multipart(("template", "application/xml", Template), ("recipients", "application/x-ndjson", "{\"recipient\":\"0101901234\"}\n{\"recipient\":0101}")), "bad-2");

        Assert.Equal(HttpStatusCode.BadRequest, badCpr.StatusCode);
        var error = await badCpr.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, error.GetProperty("line").GetInt64());
        Assert.Equal("recipients", error.GetProperty("part").GetString());
        Assert.StartsWith("recipients, line 3: '3213901234' is not a CPR number", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Contains("line 2", (await badJson.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(server.Service.Submitted);
    }

    [Fact]
    public async Task Missing_key_wrong_order_and_oversized_lines_are_refused()
    {
        await using var server = await MassSendApiServer.StartAsync(new Dictionary<string, string?> { ["MassSend:Limits:MaxRecipientLineBytes"] = "16" });
        var token = server.AuthorityToken("skattestyrelsen");

        using var noKey = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, Csv("0101901234"));
        using var listFirst = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token,
            MassSendApiServer.Multipart(("recipients", "text/csv", "0101901234"), ("template", "application/xml", Template)), "order");
        using var longLine = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, Csv("0101901234\n" + new string(' ', 40) + "0101901234"), "long");
        using var notMultipart = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, new StringContent("0101901234"), "plain");

        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("Idempotency-Key", await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, listFirst.StatusCode);
        Assert.Contains("must come before", await listFirst.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, longLine.StatusCode);
        Assert.Contains("line 2: the line is longer than 16 bytes", await longLine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notMultipart.StatusCode);
    }

    [Fact]
    public async Task The_same_key_again_answers_the_first_job_as_a_duplicate()
    {
        await using var server = await MassSendApiServer.StartAsync();
        var token = server.AuthorityToken("skattestyrelsen");

        using var first = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, Csv("0101901234"), "same");
        using var again = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, Csv("0101901234\n0202851234"), "same");

        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(a.GetProperty("jobId").GetGuid(), b.GetProperty("jobId").GetGuid());
        Assert.True(b.GetProperty("duplicate").GetBoolean());
        Assert.Equal(1, b.GetProperty("recipients").GetInt64());
        Assert.Single(server.Service.Submitted);
    }

    [Fact]
    public async Task Status_recall_and_receipts_are_for_the_owning_authority_only()
    {
        await using var server = await MassSendApiServer.StartAsync();
        var owner = server.AuthorityToken("skattestyrelsen");
        var other = server.AuthorityToken("odense-kommune");
        using var created = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", owner, Csv("0101901234"), "k");
        var jobId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        server.Service.Receipts.Add(new MassSendReceipt("0101901234", Guid.Empty, ReceiptStatus.NotAllowed, ReceiptReasons.RecipientIsClosed, "The recipient is deceased, \"closed\".",
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));

        using var status = await server.SendAsync(HttpMethod.Get, $"/api/mass-sends/{jobId}", owner);
        using var hidden = await server.SendAsync(HttpMethod.Get, $"/api/mass-sends/{jobId}", other);
        using var unknown = await server.SendAsync(HttpMethod.Get, $"/api/mass-sends/{Guid.NewGuid()}", owner);
        using var csv = await server.SendAsync(HttpMethod.Get, $"/api/mass-sends/{jobId}/receipts.csv", owner);
        using var hiddenCsv = await server.SendAsync(HttpMethod.Get, $"/api/mass-sends/{jobId}/receipts.csv", other);
        server.Service.NextRecall = MassSendRecallOutcome.AlreadyStarted;
        using var late = await server.SendAsync(HttpMethod.Post, $"/api/mass-sends/{jobId}/recall", owner);
        server.Service.NextRecall = MassSendRecallOutcome.Recalled;
        using var recalled = await server.SendAsync(HttpMethod.Post, $"/api/mass-sends/{jobId}/recall", owner);

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var json = await status.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var field in new[] { "jobId", "status", "recipients", "processed", "delivered", "printed", "held", "refused", "invalid", "createdAt", "startedAt", "completedAt", "scheduledFor" })
        {
            Assert.True(json.TryGetProperty(field, out _), field);
        }

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenCsv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "recipient,status,reason,detail,createdAt,messageUuid\n" +
            "0101901234,NOT_ALLOWED,recipient.is.closed,\"The recipient is deceased, \"\"closed\"\".\",2026-03-02T09:00:00.000Z,00000000-0000-0000-0000-000000000000\n",
            await csv.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recalled.StatusCode);
        Assert.Equal("Recalled", (await recalled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        await using var server = await MassSendApiServer.StartAsync(new Dictionary<string, string?> { ["MassSend:Limits:MaxBodyBytes"] = "2000" });
        var token = server.AuthorityToken("skattestyrelsen");
        var list = string.Join("\n", Enumerable.Repeat("0101901234", 500));

        using var response = await server.SendAsync(HttpMethod.Post, "/api/mass-sends", token, Csv(list), "big");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(server.Service.Submitted);
    }

    private static MultipartFormDataContent Csv(string list) =>
        MassSendApiServer.Multipart(("template", "application/xml", Template), ("recipients", "text/csv", list));
}
