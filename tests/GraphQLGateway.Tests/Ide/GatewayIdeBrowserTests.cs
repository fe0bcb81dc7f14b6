using System.Diagnostics;
using DigitalPost.GraphQLGateway.Ide;
using DigitalPost.GraphQLGateway.Tests.Authentication;

namespace DigitalPost.GraphQLGateway.Tests.Ide;

public sealed class GatewayIdeBrowserTests
{
    [ChromiumFact]
    public async Task Headless_chromium_renders_graphiql_from_the_local_assets_and_it_introspects_the_same_origin()
    {
        await using var server = await GatewayTestServer.StartAsync("Development");
        var profile = Directory.CreateTempSubdirectory("dp-chromium-");
        try
        {
            var dom = await DumpDomAsync(new Uri(server.BaseUri, "graphql"), profile.FullName);

            Assert.Contains("graphiql-container", dom, StringComparison.Ordinal);
            Assert.Contains("id=\"dp-token\"", dom, StringComparison.Ordinal);
            Assert.DoesNotContain(">Loading…<", dom, StringComparison.Ordinal);

            // GraphiQL's schema fetch went through our fetcher to this server, and every asset came from it too.
            Assert.Contains("POST /graphql", server.Requests);
            Assert.All(GraphiQLAssets.Files, file => Assert.Contains("GET /graphql/ide/" + file, server.Requests));
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static async Task<string> DumpDomAsync(Uri url, string profile)
    {
        // Flags from the machine notes: without the background-networking ones Chromium tries Google's hosts.
        var start = new ProcessStartInfo(ChromiumFactAttribute.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom", url.AbsoluteUri,
        })
        {
            start.ArgumentList.Add(flag);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish: " + await stderr);
        }

        return await stdout;
    }
}
