using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DigitalPost.LoadTests.DigitalPost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalPost.LoadTests.Tests.Fakes;

/// <summary>
/// A stand-in for the silo's gateway on a real Kestrel port, just faithful enough for the scenarios: dev tokens,
/// the GraphQL operations the scenarios send (recognised by operation name), graphql-transport-ws with
/// mailboxEvents, and the bulk API. Mailboxes and messages live in memory; everything it saw is counted.
/// </summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    public const string AuthorityCvr = "10200005";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeMailbox> _mailboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeJob> _jobsByKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _operations = new(StringComparer.Ordinal);
    private int _logins;
    private int _inboxRequestsWhileJobRuns;

    private FakeGateway(WebApplication app)
    {
        _app = app;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>CPRs whose post goes to print (exempt).</summary>
    public HashSet<string> Exempt { get; } = new(StringComparer.Ordinal);

    /// <summary>When false, mutations publish no events (a broken subscription path).</summary>
    public bool PublishEvents { get; set; } = true;

    /// <summary>Status polls a job answers Running before it ends.</summary>
    public int PollsBeforeEnd { get; set; } = 2;

    /// <summary>The status a job ends in.</summary>
    public string FinalStatus { get; set; } = "Completed";

    /// <summary>When set, a job only ends after this many inbox requests arrived while it ran.</summary>
    public int? InboxRequestsBeforeJobEnds { get; set; }

    public int Logins => Volatile.Read(ref _logins);

    public int WebSocketEventsSent;

    public int Operation(string name) => _operations.TryGetValue(name, out var count) ? count : 0;

    public int MessagesIn(string cpr) => _mailboxes.TryGetValue(cpr, out var mailbox) ? mailbox.Messages.Count : 0;

    public IReadOnlyCollection<FakeJob> Jobs => [.. _jobs.Values];

    public static async Task<FakeGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new FakeGateway(app);
        app.UseWebSockets();
        app.MapPost("/auth/dev-token", (Delegate)gateway.DevTokenAsync);
        app.Map("/graphql", (RequestDelegate)gateway.GraphQLAsync);
        app.MapPost("/api/mass-sends", (Delegate)gateway.StartJobAsync);
        app.MapGet("/api/mass-sends/{jobId}", (Delegate)gateway.JobStatus);
        await app.StartAsync();
        gateway.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> DevTokenAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        Interlocked.Increment(ref _logins);
        return Results.Json(new { token = $"{body!["subject"]}@{body["platform"]}" });
    }

    private static (string Subject, string Platform)? Principal(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var token = authorization["Bearer ".Length..];
        var at = token.LastIndexOf('@');
        return (token[..at], token[(at + 1)..]);
    }

    private async Task GraphQLAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            await WebSocketAsync(context);
            return;
        }

        var principal = Principal(context.Request.Headers.Authorization);
        if (principal is null)
        {
            context.Response.StatusCode = 401;
            return;
        }

        var request = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var query = request["query"]!.GetValue<string>();
        var name = query.Split(['(', '{', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[1];
        _operations.AddOrUpdate(name, 1, static (_, count) => count + 1);
        var variables = request["variables"]?.AsObject();
        var (subject, platform) = principal.Value;
        object response = name switch
        {
            "LoadTestAuthority" => Data(new { authorities = new { nodes = new[] { new { authorityId = "udbetaling", cvr = "10200099" }, new { authorityId = variables!["search"]!.GetValue<string>().Replace(' ', '-'), cvr = AuthorityCvr } } } }),
            "LoadTestSendMeMo" => SendMeMo(variables!["memo"]!.GetValue<string>()),
            "LoadTestInbox" => Inbox(subject),
            "LoadTestOpenMessage" => Open(subject, platform, variables!["id"]!.GetValue<string>()),
            "LoadTestLiveSyncSetup" => LiveSyncSetup(subject),
            "LoadTestMarkRead" => Mark(subject, platform, variables!["id"]!.GetValue<string>(), unread: false),
            "LoadTestMarkUnread" => Mark(subject, platform, variables!["id"]!.GetValue<string>(), unread: true),
            _ => Error("VALIDATION", $"unknown operation {name}"),
        };
        if (name == "LoadTestInbox" && _jobs.Values.Any(job => job.Status == "Running"))
        {
            Interlocked.Increment(ref _inboxRequestsWhileJobRuns);
        }

        context.Response.ContentType = "application/graphql-response+json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(response));
    }

    private static object Data(object data) => new { data };

    private static object Error(string code, string message) => new { errors = new[] { new { message, extensions = new { code } } } };

    private FakeMailbox Mailbox(string cpr) => _mailboxes.GetOrAdd(cpr, key => new FakeMailbox("mbx:" + key));

    private object SendMeMo(string memo)
    {
        var header = XDocument.Parse(memo).Root!.Element(MeMoTemplate.MeMo + "MessageHeader")!;
        var uuid = header.Element(MeMoTemplate.MeMo + "messageUUID")!.Value;
        var sender = header.Element(MeMoTemplate.MeMo + "Sender")!.Element(MeMoTemplate.MeMo + "senderID")!.Value;
        var cpr = header.Element(MeMoTemplate.MeMo + "Recipient")!.Element(MeMoTemplate.MeMo + "recipientID")!.Value;
        if (sender != AuthorityCvr)
        {
            return Error("FORBIDDEN", "the sender is not the signed-in authority");
        }

        if (Exempt.Contains(cpr))
        {
            return Data(new { sendMeMo = new { delivery = new { messageUuid = uuid, outcome = "PRINTED", receiptStatus = "RECEIVED", reason = "delivered.to.print", detail = (string?)null, duplicate = false } } });
        }

        var mailbox = Mailbox(cpr);
        bool duplicate;
        lock (mailbox)
        {
            duplicate = mailbox.Messages.Any(message => message.Id == "msg:" + uuid);
            if (!duplicate)
            {
                mailbox.Messages.Insert(0, new FakeMessage("msg:" + uuid) { Unread = true });
            }
        }

        return Data(new { sendMeMo = new { delivery = new { messageUuid = uuid, outcome = "DELIVERED", receiptStatus = "RECEIVED", reason = (string?)null, detail = (string?)null, duplicate } } });
    }

    private object Inbox(string subject)
    {
        var mailbox = Mailbox(subject["cpr:".Length..]);
        lock (mailbox)
        {
            var nodes = mailbox.Messages.Take(20).Select(message => new
            {
                id = message.Id,
                label = "Besked",
                unread = message.Unread,
                receivedAt = "2026-11-21T10:00:00Z",
                legalNotification = false,
                fileCount = 2,
                sender = new { id = "udbetaling-danmark", label = "Udbetaling Danmark", kind = "AUTHORITY" },
            }).ToArray();
            return Data(new { viewer = new { mailbox = new { id = mailbox.Id, unreadCount = mailbox.Messages.Count(message => message.Unread), messages = new { nodes, pageInfo = new { hasNextPage = mailbox.Messages.Count > 20, endCursor = "c" } } } } });
        }
    }

    private object Open(string subject, string platform, string id)
    {
        var mailbox = Mailbox(subject["cpr:".Length..]);
        lock (mailbox)
        {
            var message = mailbox.Messages.FirstOrDefault(candidate => candidate.Id == id);
            if (message is null)
            {
                return Error("NOT_FOUND", "Det findes ikke, eller du har ikke adgang til det.");
            }

            message.Opened++;
            message.Unread = false;
            return Data(new { message = new { id, label = "Besked", unread = false, sender = new { label = "Udbetaling Danmark" }, content = new { notification = "Du har post", createdAt = "2026-11-21T10:00:00Z", platform } } });
        }
    }

    private object LiveSyncSetup(string subject)
    {
        var mailbox = Mailbox(subject["cpr:".Length..]);
        lock (mailbox)
        {
            var nodes = mailbox.Messages.Take(1).Select(message => new { id = message.Id, unread = message.Unread }).ToArray();
            return Data(new { viewer = new { mailbox = new { id = mailbox.Id, messages = new { nodes } } } });
        }
    }

    private object Mark(string subject, string platform, string id, bool unread)
    {
        var mailbox = Mailbox(subject["cpr:".Length..]);
        List<FakeSubscriber> subscribers;
        lock (mailbox)
        {
            var message = mailbox.Messages.FirstOrDefault(candidate => candidate.Id == id);
            if (message is null)
            {
                return Error("NOT_FOUND", "Det findes ikke, eller du har ikke adgang til det.");
            }

            message.Unread = unread;
            subscribers = [.. mailbox.Subscribers];
        }

        if (PublishEvents)
        {
            var kind = unread ? "MARKED_UNREAD" : "READ";
            foreach (var subscriber in subscribers)
            {
                subscriber.Send(new { id = subscriber.OperationId, type = "next", payload = new { data = new { mailboxEvents = new { kind, messageId = id, platform, at = "2026-11-21T10:00:00Z" } } } });
                Interlocked.Increment(ref WebSocketEventsSent);
            }
        }

        var field = unread ? "markMessageUnread" : "markMessageRead";
        return Data(new Dictionary<string, object> { [field] = new { message = new { id, unread } } });
    }

    private async Task WebSocketAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
        var sendLock = new SemaphoreSlim(1, 1);
        var registered = new List<(FakeMailbox Mailbox, FakeSubscriber Subscriber)>();
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }

                var message = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject();
                switch (message["type"]!.GetValue<string>())
                {
                    case "connection_init":
                        var authorization = message["payload"]?["authorization"]?.GetValue<string>();
                        if (Principal(authorization) is null)
                        {
                            await socket.CloseOutputAsync((WebSocketCloseStatus)4403, "Forbidden", CancellationToken.None);
                            return;
                        }

                        await SendAsync(socket, sendLock, new { type = "connection_ack" });
                        // A server ping the client must answer.
                        await SendAsync(socket, sendLock, new { type = "ping" });
                        break;
                    case "ping":
                        await SendAsync(socket, sendLock, new { type = "pong" });
                        break;
                    case "subscribe":
                        var mailboxId = message["payload"]!["variables"]!["mailboxId"]!.GetValue<string>();
                        var mailbox = Mailbox(mailboxId["mbx:".Length..]);
                        var subscriber = new FakeSubscriber(message["id"]!.GetValue<string>(), payload => SendAsync(socket, sendLock, payload));
                        lock (mailbox)
                        {
                            mailbox.Subscribers.Add(subscriber);
                        }

                        registered.Add((mailbox, subscriber));
                        break;
                    case "pong":
                        Interlocked.Increment(ref _pongs);
                        _pongReceived.TrySetResult();
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client went away.
        }
        finally
        {
            foreach (var (mailbox, subscriber) in registered)
            {
                lock (mailbox)
                {
                    mailbox.Subscribers.Remove(subscriber);
                }
            }
        }
    }

    private readonly TaskCompletionSource _pongReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pongs;

    /// <summary>Completes when a client first answers the server's ping.</summary>
    public Task PongReceived => _pongReceived.Task;

    /// <summary>Pongs clients sent in answer to the server's ping.</summary>
    public int Pongs => Volatile.Read(ref _pongs);

    private static async Task SendAsync(WebSocket socket, SemaphoreSlim sendLock, object payload)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }
    }

    private async Task<IResult> StartJobAsync(HttpContext context)
    {
        if (Principal(context.Request.Headers.Authorization) is not { } principal || !principal.Subject.StartsWith("authority:", StringComparison.Ordinal))
        {
            return Results.StatusCode(403);
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        var form = await context.Request.ReadFormAsync();
        var template = form.Files["template"] ?? throw new InvalidOperationException("no template part");
        var list = form.Files["recipients"] ?? throw new InvalidOperationException("no recipients part");
        using var reader = new StreamReader(list.OpenReadStream());
        var recipients = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (_jobsByKey.TryGetValue(key, out var existing))
        {
            return Results.Json(new { jobId = existing.JobId, status = existing.Status, recipients = existing.Recipients, duplicate = true }, statusCode: 202);
        }

        var job = new FakeJob(Guid.NewGuid().ToString(), recipients.Length, template.ContentType, list.ContentType, recipients);
        _jobs[job.JobId] = job;
        _jobsByKey[key] = job;
        Volatile.Write(ref _inboxRequestsWhileJobRuns, 0);
        return Results.Json(new { jobId = job.JobId, status = job.Status, recipients = job.Recipients, duplicate = false }, statusCode: 202);
    }

    private IResult JobStatus(string jobId)
    {
        if (!_jobs.TryGetValue(jobId, out var job))
        {
            return Results.NotFound();
        }

        var polls = Interlocked.Increment(ref job.Polls);
        var gated = InboxRequestsBeforeJobEnds is { } needed && Volatile.Read(ref _inboxRequestsWhileJobRuns) < needed;
        if (polls > PollsBeforeEnd && !gated)
        {
            job.Status = FinalStatus;
        }

        var done = job.Status == "Completed";
        var exempt = job.Cprs.Count(Exempt.Contains);
        return Results.Json(new
        {
            jobId,
            status = job.Status,
            recipients = job.Recipients,
            processed = done ? job.Recipients : 0,
            delivered = done ? job.Recipients - exempt : 0,
            printed = done ? exempt : 0,
            held = 0,
            refused = 0,
            invalid = 0,
            createdAt = "2026-11-21T10:00:00Z",
            startedAt = "2026-11-21T10:00:00.5Z",
            completedAt = done ? "2026-11-21T10:00:02Z" : null,
            scheduledFor = (string?)null,
        });
    }

    internal sealed record FakeMailbox(string Id)
    {
        public List<FakeMessage> Messages { get; } = [];

        public List<FakeSubscriber> Subscribers { get; } = [];
    }

    internal sealed record FakeMessage(string Id)
    {
        public bool Unread { get; set; }

        public int Opened { get; set; }
    }

    internal sealed record FakeSubscriber(string OperationId, Func<object, Task> SendAsync)
    {
        public void Send(object payload) => SendAsync(payload).GetAwaiter().GetResult();
    }

    internal sealed class FakeJob(string jobId, int recipients, string? templateType, string? listType, string[] cprs)
    {
        public int Polls;

        public string JobId { get; } = jobId;

        public int Recipients { get; } = recipients;

        public string? TemplateContentType { get; } = templateType;

        public string? RecipientsContentType { get; } = listType;

        public string[] Cprs { get; } = cprs;

        public string Status { get; set; } = "Running";
    }
}
