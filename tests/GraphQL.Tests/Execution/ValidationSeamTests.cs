using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.GraphQL.Tests.Execution;

/// <summary>The executor's seams for the validation layer: IDocumentValidator and IDocumentCache.</summary>
public sealed class ValidationSeamTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("type Query { a: Int }")
        .BindResolver("Query", "a", _ => 1)
        .Build();

    [Fact]
    public async Task A_document_given_as_text_is_parsed_and_validated_once_then_served_from_the_cache()
    {
        var validator = new CountingValidator();
        var cache = new DictionaryCache();
        var executor = new GraphQLExecutor(Schema, new ExecutionOptions { DocumentValidator = validator, DocumentCache = cache });

        var first = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ a }" });
        var second = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ a }" });

        Assert.Equal("{\"data\":{\"a\":1}}", first.ToJson());
        Assert.Equal("{\"data\":{\"a\":1}}", second.ToJson());
        Assert.Equal(1, validator.Calls);
        Assert.Equal(1, cache.Adds);
        Assert.Equal(2, cache.Lookups);
    }

    [Fact]
    public async Task A_parsed_document_is_validated_once_per_executor()
    {
        var validator = new CountingValidator();
        var executor = new GraphQLExecutor(Schema, new ExecutionOptions { DocumentValidator = validator });
        var document = Parser.Parse("{ a }");

        await executor.ExecuteAsync(new ExecutionRequest { Document = document });
        await executor.ExecuteAsync(new ExecutionRequest { Document = document });

        Assert.Equal(1, validator.Calls);
    }

    [Fact]
    public async Task Invalid_documents_are_not_cached()
    {
        var cache = new DictionaryCache();
        var executor = new GraphQLExecutor(Schema, new ExecutionOptions { DocumentValidator = new CountingValidator { Reject = true }, DocumentCache = cache });

        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ a }" });

        Assert.True(result.IsRequestError);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Assert.Single(result.Errors!).Code);
        Assert.Equal(0, cache.Adds);
    }

    private sealed class CountingValidator : IDocumentValidator
    {
        private int _calls;

        public int Calls => _calls;

        public bool Reject { get; init; }

        public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
        {
            Interlocked.Increment(ref _calls);
            return Reject ? [new GraphQLError("Invalid.")] : [];
        }
    }

    private sealed class DictionaryCache : IDocumentCache
    {
        private readonly ConcurrentDictionary<string, DocumentNode> _documents = new();

        public int Adds { get; private set; }

        public int Lookups { get; private set; }

        public bool TryGetDocument(string query, [NotNullWhen(true)] out DocumentNode? document)
        {
            Lookups++;
            return _documents.TryGetValue(query, out document);
        }

        public void AddDocument(string query, DocumentNode document)
        {
            Adds++;
            _documents[query] = document;
        }
    }
}
