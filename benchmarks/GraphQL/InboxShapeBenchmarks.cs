using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;

namespace DigitalPost.Benchmarks.GraphQL;

/// <summary>
/// The gateway's inbox query (first 20 messages, ~200 fields) against an engine-only schema over
/// in-memory CLR objects: from a cached plan to the UTF-8 response bytes, next to the floor of
/// System.Text.Json serializing an equivalent object graph to the same bytes (checked at setup).
/// Resolvers mirror the gateway's: <c>mailbox</c> and <c>messages</c> are async (here completing
/// synchronously, so no thread-pool hop adds noise), <c>Message</c> fields are bound lambdas
/// (the gateway binds them so), everything else is read by the default (property) resolver.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class InboxShapeBenchmarks
{
    private const string Sdl = """
        scalar DateTime

        type Query {
          viewer: Viewer
        }

        type Viewer {
          displayId: String!
          mailbox: Mailbox
        }

        type Mailbox {
          id: ID!
          unreadCount: Int!
          messages(first: Int = 20, after: String): MessageConnection!
        }

        type MessageConnection {
          nodes: [Message!]!
          pageInfo: PageInfo!
        }

        type PageInfo {
          hasNextPage: Boolean!
          hasPreviousPage: Boolean!
          startCursor: String
          endCursor: String
        }

        type Message {
          id: ID!
          label: String!
          unread: Boolean!
          receivedAt: DateTime!
          legalNotification: Boolean!
          fileCount: Int!
          sender: MessageParty!
        }

        type MessageParty {
          id: String!
          label: String!
          kind: SenderKind!
        }

        enum SenderKind {
          AUTHORITY
          COMPANY
          CITIZEN
        }
        """;

    private const string Query = """
        query LoadTestInbox {
          viewer {
            mailbox {
              id
              unreadCount
              messages(first: 20) {
                nodes { id label unread receivedAt legalNotification fileCount sender { id label kind } }
                pageInfo { hasNextPage endCursor }
              }
            }
          }
        }
        """;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        SkipValidation = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions FloorOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _writer = null!;
    private GraphQLExecutor _executor = null!;
    private ExecutionRequest _request = null!;
    private FloorResponse _floor = null!;

    /// <summary>The runtime value of <c>Viewer</c>.</summary>
    public sealed record InboxViewer(string DisplayId, InboxMailbox Mailbox);

    /// <summary>The runtime value of <c>Mailbox</c>.</summary>
    public sealed record InboxMailbox(string Id, int UnreadCount, IReadOnlyList<InboxMessage> Messages);

    /// <summary>The runtime value of <c>MessageConnection</c>.</summary>
    public sealed record InboxConnection(IReadOnlyList<InboxMessage> Nodes, InboxPageInfo PageInfo);

    /// <summary>The runtime value of <c>PageInfo</c>.</summary>
    public sealed record InboxPageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

    /// <summary>The runtime value of <c>Message</c>.</summary>
    public sealed record InboxMessage(string Id, string Label, bool Unread, DateTimeOffset ReceivedAt, bool LegalNotification, int FileCount, InboxParty Sender);

    /// <summary>The runtime value of <c>MessageParty</c>.</summary>
    public sealed record InboxParty(string Id, string Label, InboxSenderKind Kind);

    /// <summary>The CLR enum behind <c>SenderKind</c>.</summary>
    public enum InboxSenderKind
    {
        /// <summary>A public authority.</summary>
        Authority,

        /// <summary>A company.</summary>
        Company,

        /// <summary>A citizen.</summary>
        Citizen,
    }

    [GlobalSetup]
    public void Setup()
    {
        var viewer = CreateViewer();
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .BindEnum<InboxSenderKind>("SenderKind")
            .BindType("Query", type => type.Field("viewer", _ => viewer))
            .BindType("Viewer", type => type.Field("mailbox", (FieldResolver)(async context => await LoadAsync(((InboxViewer)context.Parent!).Mailbox))))
            .BindType("Mailbox", type => type.Field("messages", (FieldResolver)(async context =>
            {
                var mailbox = (InboxMailbox)context.Parent!;
                var first = context.Argument<int>("first");
                var page = await LoadAsync(mailbox.Messages);
                var nodes = page.Take(first).ToArray();
                return new InboxConnection(nodes, new InboxPageInfo(page.Count > first, false, "c0", "c" + (nodes.Length - 1)));
            })))
            .BindType("Message", type => type
                .Field("id", context => ((InboxMessage)context.Parent!).Id)
                .Field("label", context => ((InboxMessage)context.Parent!).Label)
                .Field("unread", context => ((InboxMessage)context.Parent!).Unread)
                .Field("receivedAt", context => ((InboxMessage)context.Parent!).ReceivedAt)
                .Field("legalNotification", context => ((InboxMessage)context.Parent!).LegalNotification)
                .Field("fileCount", context => ((InboxMessage)context.Parent!).FileCount)
                .Field("sender", context => ((InboxMessage)context.Parent!).Sender))
            .Build();
        _executor = new GraphQLExecutor(schema);
        _request = new ExecutionRequest { Document = Parser.Parse(Query) };
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        _floor = Floor(viewer);

        // Both benchmarks must produce the same bytes, or the ratio means nothing.
        var executed = Execute();
        var executedBytes = _buffer.WrittenSpan.ToArray();
        var floor = SerializeFloor();
        if (executed != floor || !executedBytes.AsSpan().SequenceEqual(_buffer.WrittenSpan))
        {
            throw new InvalidOperationException(
                "The floor writes other bytes than the engine:\n" + System.Text.Encoding.UTF8.GetString(executedBytes) + "\n" +
                System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true, Description = "Floor: STJ serializes the inbox object graph")]
    public long SerializeFloor()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _floor, FloorOptions);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "Execute cached inbox query + write JSON")]
    public long Execute()
    {
        // The async resolvers complete synchronously, so the whole execution does too.
        var running = _executor.ExecuteAsync(_request);
        var result = running.IsCompletedSuccessfully ? running.Result : running.AsTask().GetAwaiter().GetResult();
        Reset();
        result.WriteTo(_writer);
        return _buffer.WrittenCount;
    }

    private static async ValueTask<T> LoadAsync<T>(T value)
    {
        // Stands in for a grain call that answers at once: the resolver still goes through an async method.
        await Task.CompletedTask.ConfigureAwait(false);
        return value;
    }

    private void Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private static InboxViewer CreateViewer()
    {
        var start = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
        var messages = new List<InboxMessage>(25);
        for (var i = 0; i < 25; i++)
        {
            // Mixed precision timestamps: whole seconds and fractions, as stored messages have.
            var receivedAt = start.AddMinutes(-37 * i).AddTicks(i % 3 == 0 ? 0 : 1_234_500 * i);
            var kind = (InboxSenderKind)(i % 3);
            var sender = new InboxParty(
                kind == InboxSenderKind.Authority ? "authority-" + (i % 5) : "3" + (1000000 + i),
                i % 2 == 0 ? "Skattestyrelsen" : "Københavns Kommune, Borgerservice",
                kind);
            messages.Add(new InboxMessage(
                "TWVzc2FnZTpjaXRpemVuOjAxMDE5MDEyMzQ6" + Convert.ToBase64String(BitConverter.GetBytes(i * 7919L)),
                $"Din årsopgørelse {2025 - (i % 4)} er klar (brev {i})",
                i % 4 == 0,
                receivedAt,
                i % 7 == 0,
                i % 3,
                sender));
        }

        return new InboxViewer("010190-1234", new InboxMailbox("TWFpbGJveDpjaXRpemVuOjAxMDE5MDEyMzQ", 5, messages));
    }

    private static FloorResponse Floor(InboxViewer viewer)
    {
        var nodes = viewer.Mailbox.Messages.Take(20).Select(m => new FloorMessage(
            m.Id, m.Label, m.Unread, m.ReceivedAt.UtcDateTime, m.LegalNotification, m.FileCount, new FloorParty(m.Sender.Id, m.Sender.Label, m.Sender.Kind))).ToArray();
        return new FloorResponse(new FloorData(new FloorViewer(new FloorMailbox(
            viewer.Mailbox.Id,
            viewer.Mailbox.UnreadCount,
            new FloorConnection(nodes, new FloorPageInfo(viewer.Mailbox.Messages.Count > 20, "c" + (nodes.Length - 1)))))));
    }

    /// <summary>The floor's response (the same JSON shape; a UTC <see cref="DateTime"/> writes as the engine's DateTime scalar does).</summary>
    public sealed record FloorResponse(FloorData Data);

    /// <summary>The floor's <c>data</c>.</summary>
    public sealed record FloorData(FloorViewer Viewer);

    /// <summary>The floor's viewer.</summary>
    public sealed record FloorViewer(FloorMailbox Mailbox);

    /// <summary>The floor's mailbox.</summary>
    public sealed record FloorMailbox(string Id, int UnreadCount, FloorConnection Messages);

    /// <summary>The floor's connection.</summary>
    public sealed record FloorConnection(IReadOnlyList<FloorMessage> Nodes, FloorPageInfo PageInfo);

    /// <summary>The floor's page info.</summary>
    public sealed record FloorPageInfo(bool HasNextPage, string EndCursor);

    /// <summary>The floor's message.</summary>
    public sealed record FloorMessage(string Id, string Label, bool Unread, DateTime ReceivedAt, bool LegalNotification, int FileCount, FloorParty Sender);

    /// <summary>The floor's sender.</summary>
    public sealed record FloorParty(string Id, string Label, InboxSenderKind Kind);
}
