using System.CommandLine;
using System.Text;
using System.Text.Json;
using DigitalPost.LoadTests.DigitalPost;
using DigitalPost.LoadTests.Gateway;
using DigitalPost.LoadTests.Harness;
using DigitalPost.LoadTests.Population;
using DigitalPost.LoadTests.Scenarios.InboxStorm;

namespace DigitalPost.LoadTests.Cli;

/// <summary>
/// <c>capture-inbox</c>: the first half of <c>inbox-vs-plain.sh</c>. Makes sure one seeded citizen has
/// <c>--messages</c> messages, logs in, asks the gateway for the inbox once with inbox-storm's own query, and writes
/// what a load generator needs to repeat that request and what a plain endpoint needs to answer the same bytes:
/// <c>request.json</c>, <c>authorization</c> (the header value), <c>response.json</c>, <c>content-type</c>.
/// </summary>
internal static class CaptureInboxCommand
{
    public static Command Create()
    {
        var gateway = new GatewayScenarioOptions();
        var target = new Option<string>("--target") { Description = "Base URL of the silo", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var cpr = new Option<string?>("--cpr") { Description = "The citizen (default: the first seeded citizen)" };
        var platform = new Option<string>("--platform") { Description = "The platform of the token", DefaultValueFactory = _ => "borger.dk" };
        var messages = new Option<int>("--messages") { Description = "Messages the citizen is made to have first (idempotent)", DefaultValueFactory = _ => 20 };
        var output = new Option<string>("--out") { Description = "Folder for the captured files", Required = true };
        var command = new Command("capture-inbox", "Capture one citizen's inbox request and response (for inbox-vs-plain.sh)");
        foreach (var option in new Option[] { target, cpr, platform, messages, output, gateway.CprsFile, gateway.Postgres, gateway.PostgresDataDirectory, gateway.PostgresDatabase, gateway.Authority, gateway.Template })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var citizen = parse.GetValue(cpr);
                if (citizen is null)
                {
                    await foreach (var first in gateway.Population(parse).CitizensAsync(1, cancellationToken).ConfigureAwait(false))
                    {
                        citizen = first;
                    }
                }

                if (citizen is null)
                {
                    throw new PopulationUnavailableException("The registry has no citizen with a mailbox: seed it first.");
                }

                await using var session = new GatewaySession(new Uri(parse.GetValue(target)!), 1, TimeSpan.FromSeconds(30));
                var sender = await AuthoritySender.SignInAsync(session, parse.GetValue(gateway.Authority)!, gateway.LoadTemplate(parse), cancellationToken).ConfigureAwait(false);
                var prepared = await sender.EnsureMessagesAsync([citizen], parse.GetValue(messages), "inbox-storm", 4, cancellationToken).ConfigureAwait(false);
                var principal = GatewayPrincipal.Citizen(citizen, parse.GetValue(platform)!);
                var token = await session.Tokens.GetTokenAsync(principal, cancellationToken).ConfigureAwait(false);
                var requestBody = GraphQLHttpClient.Serialize(new GraphQLRequest(InboxStormQueries.ListInbox));

                // The exact bytes and content type the gateway answers, read raw (not re-serialised).
                using var request = new HttpRequestMessage(HttpMethod.Post, session.GraphQL.Endpoint) { Content = new ByteArrayContent(requestBody) };
                request.Content.Headers.ContentType = new("application/json");
                request.Headers.Authorization = new("Bearer", token);
                using var response = await session.Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                using var document = JsonDocument.Parse(body);
                var judged = GraphQLResult.Judge(document.RootElement, (int)response.StatusCode, body.Length);
                if (!response.IsSuccessStatusCode || !judged.IsOk)
                {
                    throw new GatewayException(judged.ErrorKind ?? $"http-{(int)response.StatusCode}", $"the inbox query answered {(int)response.StatusCode}: {judged.Message}");
                }

                var listed = InboxStormQueries.MessageIds(document.RootElement.GetProperty("data")).Count;

                var folder = Directory.CreateDirectory(parse.GetValue(output)!).FullName;
                await File.WriteAllBytesAsync(Path.Combine(folder, "request.json"), requestBody, cancellationToken).ConfigureAwait(false);
                await File.WriteAllTextAsync(Path.Combine(folder, "authorization"), "Bearer " + token, cancellationToken).ConfigureAwait(false);
                await File.WriteAllBytesAsync(Path.Combine(folder, "response.json"), body, cancellationToken).ConfigureAwait(false);
                await File.WriteAllTextAsync(Path.Combine(folder, "content-type"), response.Content.Headers.ContentType?.ToString() ?? "application/json", Encoding.ASCII, cancellationToken).ConfigureAwait(false);
                await Console.Out.WriteLineAsync($"Captured the inbox of a citizen on {principal.Platform}: {listed} messages listed, {body.Length:N0} bytes ({prepared.Summary}).").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is PopulationUnavailableException or GatewayException or HttpRequestException)
            {
                await Console.Error.WriteLineAsync("capture-inbox: " + exception.Message).ConfigureAwait(false);
                return ExitCodes.RunFailed;
            }
        });
        return command;
    }
}
