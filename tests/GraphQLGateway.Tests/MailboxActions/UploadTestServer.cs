using System.Collections.Concurrent;
using System.Text;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.MailboxActions;
using DigitalPost.GraphQLGateway.MailboxActions.Uploads;
using DigitalPost.GraphQLGateway.Platforms;
using DigitalPost.Testing.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>
/// The uploads of the mailbox-actions part on a real Kestrel at 127.0.0.1: its services (multipart reader, upload
/// store, temp storage in a private folder), <c>POST /graphql/uploads</c>, and <c>/graphql</c> with a small schema whose
/// mutations describe the files they receive. <c>X-Test-Subject</c> signs the request in as that subject.
/// </summary>
internal sealed class UploadTestServer : IAsyncDisposable
{
    public const string SubjectHeader = "X-Test-Subject";

    private const string Sdl = """
        scalar Upload
        type Query { ok: Boolean }
        type Mutation {
          single(file: Upload!): String!
          "Name, size and the last byte, without the content (for large files)."
          summary(file: Upload!): String!
          many(input: ManyInput!): [String!]!
        }
        input ManyInput { files: [Upload!]! nested: NestedInput }
        input NestedInput { file: Upload }
        """;

    private readonly WebApplication _app;

    private UploadTestServer(WebApplication app, Uri baseUri, string directory, ManualTimeProvider clock)
    {
        _app = app;
        BaseUri = baseUri;
        Directory = directory;
        Clock = clock;
    }

    public Uri BaseUri { get; }

    public Uri GraphQLUri => new(BaseUri, "/graphql");

    public Uri UploadsUri => new(BaseUri, "/graphql/uploads");

    /// <summary>The temporary storage folder (private to this server).</summary>
    public string Directory { get; }

    /// <summary>The clock the server's services use.</summary>
    public ManualTimeProvider Clock { get; }

    /// <summary>Paths of the files the resolvers saw, to check they are gone after the response.</summary>
    public ConcurrentQueue<string> SeenPaths { get; } = new();

    public UploadStore Store => _app.Services.GetRequiredService<UploadStore>();

    public static async Task<UploadTestServer> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "dp-upload-tests-" + Guid.NewGuid().ToString("N"));
        var configuration = new Dictionary<string, string?> { ["Gateway:Uploads:Directory"] = directory };
        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(configuration);
        UploadTestServer? server = null;
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(time);
        var part = new MailboxActionsGatewayPart();
        part.AddServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.TryGetValue(SubjectHeader, out var value) && GatewaySubject.TryParse(value.ToString(), out var subject, out _))
            {
                context.User = GatewayPrincipal.Create(subject, [GatewayPlatform.BorgerDk], "Test");
            }

            await next(context);
        });
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .AddScalar(UploadScalar.Create())
            .BindResolver("Query", "ok", _ => true)
            .BindResolver("Mutation", "single", ctx => server!.DescribeAsync((UploadedFile)ctx.Arguments["file"]!))
            .BindResolver("Mutation", "summary", ctx => SummarizeAsync((UploadedFile)ctx.Arguments["file"]!))
            .BindResolver("Mutation", "many", async ctx =>
            {
                var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
                var files = ((object?[])input["files"]!).Cast<UploadedFile>().ToList();
                if (input.TryGetValue("nested", out var nested) && nested is IReadOnlyDictionary<string, object?> inner && inner["file"] is UploadedFile extra)
                {
                    files.Add(extra);
                }

                var described = new List<string>();
                foreach (var file in files)
                {
                    described.Add(await server!.DescribeAsync(file));
                }

                return described;
            })
            .Build();
        app.MapGraphQL("/graphql", new GraphQLRequestPipeline(schema));
        part.MapEndpoints(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new UploadTestServer(app, new Uri(address), directory, time);
        return server;
    }

    /// <summary>Files now in the temporary folder.</summary>
    public int FilesOnDisk => System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetFiles(Directory).Length : 0;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static async Task<string> SummarizeAsync(UploadedFile file)
    {
        var bytes = await file.ReadAllBytesAsync(CancellationToken.None);
        return $"{file.Filename}|{file.Size}|{(bytes.Length == 0 ? -1 : bytes[^1])}";
    }

    private async Task<string> DescribeAsync(UploadedFile file)
    {
        SeenPaths.Enqueue(file.Path);
        var content = Encoding.UTF8.GetString(await file.ReadAllBytesAsync(CancellationToken.None));
        return $"{file.Filename}|{file.ContentType}|{file.Size}|{content}";
    }
}
