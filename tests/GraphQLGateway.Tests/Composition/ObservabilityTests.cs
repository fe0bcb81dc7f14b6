using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Operations;

namespace DigitalPost.GraphQLGateway.Tests.Composition;

public sealed class ObservabilityTests
{
    private const string Cpr = "0101901234";

    [Fact]
    public async Task A_cpr_in_variables_or_the_operation_name_never_reaches_the_log()
    {
        await using var host = await GatewayHost.StartAsync("Development");
        var own = MailboxId.Parse("cpr:" + Cpr);
        host.Grains.Handle(own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult<IReadOnlyList<OpenableMailbox>>([new(own, null, AccessLevel.Owner, null)]));
        var token = await host.DevTokenAsync("cpr:" + Cpr);

        await host.PostAsync(
            "query Look0101901234($id: ID!) { mailbox(id: $id) { address } }",
            token,
            new { id = GlobalId.Mailbox(MailboxId.Parse("cpr:0202801234")), note = "0101901234" },
            "Look0101901234");
        await host.PostAsync("query($id: ID!) { mailbox(id: $id) { address } }", token, new { id = "cpr:0303701234" });

        var requestLines = host.Logs.Where(line => line.StartsWith(GatewayRequestLog.CategoryName, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, requestLines.Count);
        Assert.Contains(requestLines, line => line.Contains("Look010190-****", StringComparison.Ordinal) && line.Contains("NOT_FOUND", StringComparison.Ordinal));
        Assert.All(host.Logs, line =>
        {
            Assert.DoesNotContain("0101901234", line, StringComparison.Ordinal);
            Assert.DoesNotContain("0202801234", line, StringComparison.Ordinal);
            Assert.DoesNotContain("0303701234", line, StringComparison.Ordinal);
            Assert.DoesNotContain(GlobalId.Mailbox(MailboxId.Parse("cpr:0202801234")), line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Metrics_count_operations_and_error_codes_in_prometheus_text()
    {
        await using var host = await GatewayHost.StartAsync("Development");
        var token = await host.DevTokenAsync("cpr:" + Cpr);

        await host.PostAsync("{ viewer { kind } }", token);
        await host.PostAsync("{ viewer { kind } }");
        await host.PostAsync("{ nonsense }", token);
        using var response = await host.Client.GetAsync("metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("# TYPE gateway_requests_total counter", text, StringComparison.Ordinal);
        Assert.Matches(@"gateway_requests_total\{operation_type=""query"",outcome=""ok""\} [1-9]", text);
        Assert.Matches(@"gateway_requests_total\{operation_type=""query"",outcome=""error""\} [1-9]", text);
        Assert.Matches(@"gateway_requests_total\{operation_type=""none"",outcome=""request_error""\} [1-9]", text);
        Assert.Matches(@"gateway_errors_total\{code=""UNAUTHENTICATED""\} [1-9]", text);
        Assert.Matches(@"gateway_errors_total\{code=""GRAPHQL_VALIDATION_FAILED""\} [1-9]", text);
        Assert.Contains("# TYPE gateway_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Matches(@"gateway_request_duration_seconds_bucket\{operation_type=""query"",outcome=""ok"",le=""\+Inf""\} [1-9]", text);
    }
}
