using static DigitalPost.GraphQLGateway.Tests.ResponseCache.ResponseCacheHost;

namespace DigitalPost.GraphQLGateway.Tests.ResponseCache;

/// <summary>
/// The response cache in front of the composed gateway (fake grains, manual clock): the first sighting of a cacheable
/// request only marks it, the second stores its response with the version read before it executed, the third is a hit.
/// Hits are exact copies, counted and logged; every ingredient of the key and the version separates entries; only
/// allowlisted, error-free queries of citizens are kept; the limits hold.
/// </summary>
public sealed class ResponseCacheMiddlewareTests
{
    private const string Anna = "1205801001";
    private const string Bo = "0303821003";

    [Fact]
    public async Task A_repeated_read_is_a_hit_with_the_same_status_headers_and_bytes_and_is_logged_as_cached()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);

        var first = await host.PostAsync(token, Body(Query));
        var stored = await host.PostAsync(token, Body(Query));
        var hit = await host.PostAsync(token, Body(Query));

        Assert.Equal(200, first.Status);
        Assert.Equal("CITIZEN", first.Json.GetProperty("data").GetProperty("viewer").GetProperty("kind").GetString());
        Assert.Equal(2, host.Cache.Metrics.Misses);
        Assert.Equal(1, host.Cache.Metrics.Stored);
        Assert.Equal(1, host.Cache.Metrics.Hits);
        foreach (var answer in new[] { stored, hit })
        {
            Assert.Equal(first.Status, answer.Status);
            Assert.Equal(first.Headers, answer.Headers);
            Assert.Equal(first.Body, answer.Body);
        }

        Assert.Single(host.Logs, line => line.StartsWith("DigitalPost.Gateway.Requests[5202]", StringComparison.Ordinal) && line.Contains("(cached)", StringComparison.Ordinal));
        Assert.Equal(2, host.Logs.Count(line => line.StartsWith("DigitalPost.Gateway.Requests[5200]", StringComparison.Ordinal)));

        // A hit knows its length: one send with a Content-Length instead of the executed answer's chunked framing.
        Assert.Equal(hit.Body.Length, hit.ContentLength);
        Assert.False(hit.Chunked);
    }

    [Fact]
    public async Task A_request_seen_once_costs_no_version_read()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);

        await host.PostAsync(token, Body(Query));

        Assert.DoesNotContain(host.Grains.Calls, call => call.EndsWith("/GetVersionAsync", StringComparison.Ordinal));
        Assert.Equal(1, host.Cache.Store.Count);
        Assert.Equal(0, host.Cache.Metrics.Stored);
    }

    [Fact]
    public async Task A_changed_mailbox_version_makes_the_next_read_execute_again()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);
        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));

        host.Bump(Anna);
        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));

        Assert.Equal(1, host.Cache.Metrics.Stale);
        Assert.Equal(1, host.Cache.Metrics.Hits);
        Assert.Equal(2, host.Cache.Metrics.Stored);
    }

    [Fact]
    public async Task A_new_activation_generation_with_the_same_counter_is_a_different_version()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);
        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));

        host.Generation = Guid.NewGuid();
        await host.PostAsync(token, Body(Query));

        Assert.Equal(0, host.Cache.Metrics.Hits);
        Assert.Equal(1, host.Cache.Metrics.Stale);
    }

    [Fact]
    public async Task Another_citizen_sending_the_same_body_never_gets_the_first_citizens_entry()
    {
        await using var host = await StartAsync();
        var anna = await host.CitizenTokenAsync(Anna);
        var bo = await host.CitizenTokenAsync(Bo);

        await host.PostAsync(anna, Body(Query));
        var annas = await host.PostAsync(anna, Body(Query));
        await host.PostAsync(bo, Body(Query));
        var bos = await host.PostAsync(bo, Body(Query));

        Assert.Equal(0, host.Cache.Metrics.Hits);
        Assert.Contains(Anna, annas.Text, StringComparison.Ordinal);
        Assert.Contains(Bo, bos.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Anna, bos.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Platform_language_and_accept_each_separate_entries()
    {
        await using var host = await StartAsync();
        var borger = await host.CitizenTokenAsync(Anna, "borger.dk");
        var eboks = await host.CitizenTokenAsync(Anna, "e-boks");

        await host.PostAsync(borger, Body(Query));
        var onBorger = await host.PostAsync(borger, Body(Query));
        await host.PostAsync(eboks, Body(Query));
        var onEboks = await host.PostAsync(eboks, Body(Query));
        await host.PostAsync(borger, Body(Query), accept: "application/json");
        var legacyJson = await host.PostAsync(borger, Body(Query), accept: "application/json");

        Assert.Equal(0, host.Cache.Metrics.Hits);
        Assert.Equal(3, host.Cache.Metrics.Stored);
        Assert.Equal("BORGER_DK", onBorger.Json.GetProperty("data").GetProperty("viewer").GetProperty("platform").GetString());
        Assert.Equal("E_BOKS", onEboks.Json.GetProperty("data").GetProperty("viewer").GetProperty("platform").GetString());
        Assert.Contains(legacyJson.Headers, h => h.StartsWith("Content-Type: application/json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_401_although_its_entry_is_cached()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);
        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));
        Assert.Equal(200, (await host.PostAsync(token, Body(Query))).Status);
        Assert.Equal(1, host.Cache.Metrics.Hits);

        host.Time.Advance(TimeSpan.FromHours(9));
        var expired = await host.PostAsync(token, Body(Query));
        var forged = await host.PostAsync(token[..^4] + "AAAA", Body(Query));

        Assert.Equal(401, expired.Status);
        Assert.Equal(401, forged.Status);
        Assert.Equal(1, host.Cache.Metrics.Hits);
    }

    [Fact]
    public async Task An_operation_with_a_field_off_the_allowlist_is_answered_but_never_stored()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);
        const string authority = "{ viewer { kind authority { id } } }";

        await host.PostAsync(token, Body(authority));
        await host.PostAsync(token, Body(authority));
        var again = await host.PostAsync(token, Body(authority));

        Assert.Equal(200, again.Status);
        Assert.Equal(0, host.Cache.Metrics.Stored);
        Assert.Equal(0, host.Cache.Metrics.Hits);
        Assert.Equal(0, host.Cache.Store.Count);
        Assert.DoesNotContain(host.Grains.Calls, call => call.EndsWith("/GetVersionAsync", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_result_with_an_error_is_never_stored()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);
        const string badFolder = "{ viewer { mailbox { id folder(id: \"not-a-folder\") { name } } } }";

        var first = await host.PostAsync(token, Body(badFolder));
        await host.PostAsync(token, Body(badFolder));
        await host.PostAsync(token, Body(badFolder));

        Assert.True(first.Json.TryGetProperty("errors", out _));
        Assert.Equal(0, host.Cache.Metrics.Stored);
        Assert.Equal(0, host.Cache.Metrics.Hits);
    }

    [Fact]
    public async Task Anonymous_callers_and_mutations_pass_through_uncached()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);

        await host.PostAsync(null, Body("{ __typename }"));
        await host.PostAsync(null, Body("{ __typename }"));
        await host.PostAsync(token, Body("mutation { __typename }"));
        await host.PostAsync(token, Body("mutation { __typename }"));

        Assert.Equal(0, host.Cache.Metrics.Stored);
        Assert.Equal(2, host.Cache.Metrics.Bypassed);
        Assert.DoesNotContain(host.Grains.Calls, call => call.EndsWith("/GetVersionAsync", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_get_request_is_cached_by_its_query_string()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);

        var first = await host.GetAsync(token, Query);
        await host.GetAsync(token, Query);
        var second = await host.GetAsync(token, Query);

        Assert.Equal(1, host.Cache.Metrics.Hits);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Headers, second.Headers);
    }

    [Fact]
    public async Task An_entry_older_than_MaxAge_is_not_served()
    {
        await using var host = await StartAsync(new() { ["Gateway:ResponseCache:MaxAge"] = "00:01:00" });
        var token = await host.CitizenTokenAsync(Anna);
        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));

        host.Time.Advance(TimeSpan.FromMinutes(2));
        await host.PostAsync(token, Body(Query));

        Assert.Equal(0, host.Cache.Metrics.Hits);
        Assert.Equal(1, host.Cache.Metrics.Stale);
    }

    [Fact]
    public async Task MaxEntries_bounds_the_cache_and_the_least_recently_used_entry_goes()
    {
        await using var host = await StartAsync(new() { ["Gateway:ResponseCache:MaxEntries"] = "2" });
        var token = await host.CitizenTokenAsync(Anna);
        string[] queries = ["{ viewer { kind } }", "{ viewer { platform } }", "{ viewer { displayId } }"];

        // q0 stored, q1 stored, q0 hit (q1 is now least recently used), q2 marked (q1 evicted), q0 hit, q1 seen anew (q2 evicted).
        foreach (var index in new[] { 0, 0, 1, 1, 0, 2, 0, 1 })
        {
            await host.PostAsync(token, Body(queries[index]));
        }

        Assert.Equal(2, host.Cache.Store.Count);
        Assert.Equal(2, host.Cache.Metrics.Hits);
        Assert.Equal(6, host.Cache.Metrics.Misses);
        Assert.Equal(2, host.Cache.Store.Evictions);
    }

    [Fact]
    public async Task MaxEntryBytes_keeps_large_responses_out()
    {
        await using var host = await StartAsync(new() { ["Gateway:ResponseCache:MaxEntryBytes"] = "16" });
        var token = await host.CitizenTokenAsync(Anna);

        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));

        Assert.Equal(0, host.Cache.Metrics.Stored);
        Assert.Equal(2, host.Cache.Metrics.TooLarge);
        Assert.Equal(0, host.Cache.Metrics.Hits);
    }

    [Fact]
    public async Task Enabled_false_turns_the_cache_off()
    {
        await using var host = await StartAsync(new() { ["Gateway:ResponseCache:Enabled"] = "false" });
        var token = await host.CitizenTokenAsync(Anna);

        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));

        Assert.Equal(0, host.Cache.Metrics.Hits + host.Cache.Metrics.Misses + host.Cache.Metrics.Stored + host.Cache.Metrics.Bypassed);
        Assert.DoesNotContain(host.Grains.Calls, call => call.EndsWith("/GetVersionAsync", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hits_are_counted_in_the_gateway_request_metrics_and_the_cache_counter()
    {
        await using var host = await StartAsync();
        var token = await host.CitizenTokenAsync(Anna);
        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));
        await host.PostAsync(token, Body(Query));

        using var metrics = await host.Client.GetAsync("metrics");
        var text = await metrics.Content.ReadAsStringAsync();

        // Other test classes' hosts run in parallel in this process and their meters share names: assert presence, and
        // the exact count in-process.
        Assert.Equal(1, host.Cache.Metrics.Hits);
        Assert.Matches(@"gateway_response_cache_requests_total\{result=""hit""\} [1-9]", text);
        Assert.Matches(@"gateway_requests_total\{operation_type=""query"",outcome=""ok""\} [1-9]", text);
    }
}
