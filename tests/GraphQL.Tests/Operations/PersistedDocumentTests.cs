using System.Text.Json;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Operations;

namespace DigitalPost.GraphQL.Tests.Operations;

public sealed class PersistedDocumentTests
{
    private const string Hello = "query Hello { hello }";

    [Fact]
    public void Document_id_is_the_sha256_of_the_utf8_text()
    {
        // echo -n 'query Hello { hello }' | sha256sum
        var id = PersistedDocumentId.Compute(Hello);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("query Hello { hello }"u8)), id.ToString());
        Assert.True(PersistedDocumentId.TryParse(id.ToString().ToUpperInvariant().Replace("SHA256:", "sha256:", StringComparison.Ordinal), out var parsed));
        Assert.Equal(id, parsed);
        Assert.False(PersistedDocumentId.TryParse("md5:" + id.Hash, out _));
        Assert.False(PersistedDocumentId.TryParse("sha256:abc", out _));
    }

    [Fact]
    public async Task A_known_document_id_executes_the_stored_document()
    {
        var store = new InMemoryPersistedDocumentStore();
        var id = store.Add(Hello);
        var pipeline = Pipeline(store);

        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { DocumentId = id.ToString() });

        Assert.Equal("{\"data\":{\"hello\":\"world\"}}", result.ToJson());
    }

    [Fact]
    public async Task Apollo_persisted_query_extension_names_a_document()
    {
        var store = new InMemoryPersistedDocumentStore([Hello]);
        var pipeline = Pipeline(store);
        var extensions = JsonDocument.Parse($"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{PersistedDocumentId.Compute(Hello).Hash}\"}}}}").RootElement;

        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody
        {
            Extensions = new Dictionary<string, object?> { ["persistedQuery"] = extensions.GetProperty("persistedQuery") },
        });

        Assert.Equal("{\"data\":{\"hello\":\"world\"}}", result.ToJson());
    }

    [Fact]
    public async Task An_unknown_document_id_is_refused()
    {
        var pipeline = Pipeline(new InMemoryPersistedDocumentStore());
        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { DocumentId = PersistedDocumentId.Compute(Hello).ToString() });
        AssertRequestError(result, OperationErrorCodes.PersistedDocumentNotFound);
    }

    [Fact]
    public async Task A_malformed_document_id_is_refused()
    {
        var pipeline = Pipeline(new InMemoryPersistedDocumentStore());
        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { DocumentId = "sha256:../../etc/passwd" });
        AssertRequestError(result, OperationErrorCodes.PersistedDocumentIdInvalid);
    }

    [Fact]
    public async Task Allow_only_mode_refuses_ad_hoc_documents()
    {
        var pipeline = Pipeline(new InMemoryPersistedDocumentStore([Hello]), PersistedDocumentMode.AllowOnly);
        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = Hello });
        AssertRequestError(result, OperationErrorCodes.PersistedDocumentRequired);
        Assert.Equal(0, pipeline.Counters.Parses);
    }

    [Fact]
    public async Task Allow_only_mode_runs_persisted_documents()
    {
        var pipeline = Pipeline(new InMemoryPersistedDocumentStore([Hello]), PersistedDocumentMode.AllowOnly);
        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { DocumentId = PersistedDocumentId.Compute(Hello).ToString() });
        Assert.Equal("{\"data\":{\"hello\":\"world\"}}", result.ToJson());
    }

    [Fact]
    public async Task Allow_only_mode_refuses_an_unknown_document_sent_with_its_own_hash()
    {
        var adHoc = "{ expensive }";
        var pipeline = Pipeline(new InMemoryPersistedDocumentStore([Hello]), PersistedDocumentMode.AllowOnly);
        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = adHoc, DocumentId = PersistedDocumentId.Compute(adHoc).ToString() });
        AssertRequestError(result, OperationErrorCodes.PersistedDocumentNotFound);
    }

    [Fact]
    public async Task A_document_that_does_not_match_its_id_is_refused()
    {
        var pipeline = Pipeline(new InMemoryPersistedDocumentStore([Hello]));
        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = "{ expensive }", DocumentId = PersistedDocumentId.Compute(Hello).ToString() });
        AssertRequestError(result, OperationErrorCodes.PersistedDocumentHashMismatch);
    }

    [Fact]
    public async Task A_document_with_its_matching_id_runs_in_optional_mode()
    {
        var pipeline = Pipeline(null);
        var result = await pipeline.ExecuteAsync(new GraphQLRequestBody { Query = Hello, DocumentId = PersistedDocumentId.Compute(Hello).ToString() });
        Assert.Equal("{\"data\":{\"hello\":\"world\"}}", result.ToJson());
    }

    [Fact]
    public async Task Without_a_store_an_id_alone_is_not_found()
    {
        var result = await Pipeline(null).ExecuteAsync(new GraphQLRequestBody { DocumentId = PersistedDocumentId.Compute(Hello).ToString() });
        AssertRequestError(result, OperationErrorCodes.PersistedDocumentNotFound);
    }

    [Fact]
    public async Task Folder_store_serves_files_named_by_their_hash_and_ignores_tampered_ones()
    {
        var folder = Directory.CreateTempSubdirectory("persisted-documents-").FullName;
        try
        {
            var id = FileSystemPersistedDocumentStore.Write(folder, Hello);
            var tamperedId = FileSystemPersistedDocumentStore.Write(folder, "{ item { id } }");
            await File.WriteAllTextAsync(Path.Combine(folder, tamperedId.Hash + ".graphql"), "{ expensive }");
            var store = new FileSystemPersistedDocumentStore(folder);

            Assert.Equal(Hello, await store.GetAsync(id, CancellationToken.None));
            Assert.Null(await store.GetAsync(tamperedId, CancellationToken.None));
            Assert.Null(await store.GetAsync(PersistedDocumentId.Compute("{ hello }"), CancellationToken.None));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static GraphQLRequestPipeline Pipeline(IPersistedDocumentStore? store, PersistedDocumentMode mode = PersistedDocumentMode.Optional) =>
        new(OperationsTestSchema.Build(), new RequestPipelineOptions { PersistedDocuments = store, PersistedDocumentMode = mode });

    private static void AssertRequestError(ExecutionResult result, string code)
    {
        Assert.False(result.HasData);
        Assert.Equal(code, Assert.Single(result.Errors!).Code);
    }
}
