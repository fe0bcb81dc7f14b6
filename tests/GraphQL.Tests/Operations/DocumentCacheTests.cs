using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Operations;

namespace DigitalPost.GraphQL.Tests.Operations;

public sealed class DocumentCacheTests
{
    [Fact]
    public async Task A_repeated_query_skips_parse_and_validation()
    {
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build());
        var body = new GraphQLRequestBody { Query = "{ hello }" };

        var first = await pipeline.ExecuteAsync(body);
        var second = await pipeline.ExecuteAsync(body);

        Assert.Equal("{\"data\":{\"hello\":\"world\"}}", first.ToJson());
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Equal(1, pipeline.Counters.Parses);
        Assert.Equal(1, pipeline.Counters.Validations);
        Assert.Equal(1, pipeline.Counters.CacheHits);
    }

    [Fact]
    public async Task Invalid_documents_are_not_cached()
    {
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build());
        var body = new GraphQLRequestBody { Query = "{ nope }" };

        var result = await pipeline.ExecuteAsync(body);
        await pipeline.ExecuteAsync(body);

        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Single(result.Errors!).Code);
        Assert.Equal(2, pipeline.Counters.Validations);
        Assert.Equal(0, pipeline.Counters.CacheHits);
    }

    [Fact]
    public async Task A_disabled_cache_parses_every_time()
    {
        var pipeline = new GraphQLRequestPipeline(OperationsTestSchema.Build(), new RequestPipelineOptions { DocumentCacheCapacity = 0 });
        await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = "{ hello }" });
        await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = "{ hello }" });
        Assert.Equal(2, pipeline.Counters.Parses);
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity()
    {
        var cache = new DocumentCache(capacity: 4);
        for (var i = 0; i < 50; i++)
        {
            cache.AddDocument("{ f" + i + " }", Parser.Parse("{ f" + i + " }"));
            Assert.InRange(cache.Count, 1, 4);
        }

        Assert.True(cache.TryGetDocument("{ f49 }", out _));
        Assert.False(cache.TryGetDocument("{ f0 }", out _));
    }

    [Fact]
    public void A_document_used_while_old_survives_the_next_rotation()
    {
        var cache = new DocumentCache(capacity: 4);
        cache.AddDocument("a", Parser.Parse("{ a }"));
        cache.AddDocument("b", Parser.Parse("{ b }"));

        // "a" and "b" are now the old generation; using "a" moves it back to the young one.
        Assert.True(cache.TryGetDocument("a", out _));
        cache.AddDocument("c", Parser.Parse("{ c }"));
        cache.AddDocument("d", Parser.Parse("{ d }"));

        Assert.True(cache.TryGetDocument("a", out _));
        Assert.False(cache.TryGetDocument("b", out _));
    }

    [Fact]
    public void The_cache_serves_parallel_readers_and_writers()
    {
        var cache = new DocumentCache(capacity: 64);
        var documents = Enumerable.Range(0, 200).Select(i => ("{ f" + i + " }", Parser.Parse("{ f" + i + " }"))).ToArray();
        Parallel.For(0, 20_000, i =>
        {
            var (text, document) = documents[i % documents.Length];
            if (cache.TryGetDocument(text, out var found))
            {
                Assert.Same(document, found);
            }
            else
            {
                cache.AddDocument(text, document);
            }
        });
        Assert.InRange(cache.Count, 1, 64);
    }
}
