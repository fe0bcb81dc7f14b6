using System.Text.Json;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Composition;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.MailboxActions;
using DigitalPost.GraphQLGateway.Tests.Core;
using DigitalPost.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>
/// The gateway's real schema with the core and mailbox-actions services over a fake grain factory (every grain call
/// recorded; an unexpected one fails): runs mutations as a viewer without a silo.
/// </summary>
internal sealed class MutationHarness : IAsyncDisposable
{
    private static readonly Lazy<GraphQL.Types.Schema> GatewaySchema = new(() => GatewaySchemaFactory.Build(GatewayParts.Create()));

    private readonly ServiceProvider _services;

    public MutationHarness(Dictionary<string, string?>? configuration = null)
    {
        var settings = new Dictionary<string, string?> { ["Gateway:Uploads:Directory"] = Directory };
        foreach (var (key, value) in configuration ?? [])
        {
            settings[key] = value;
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IGrainFactory>(Grains);
        new CoreGatewayPart().AddServices(services, config);
        new MailboxActionsGatewayPart().AddServices(services, config);
        _services = services.BuildServiceProvider();
    }

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "dp-mutation-tests-" + Guid.NewGuid().ToString("N"));

    public FakeGrainFactory Grains { get; } = new();

    public IServiceProvider Services => _services;

    /// <summary>Grain calls other than the access lookup, in order.</summary>
    public IReadOnlyList<string> ActionCalls => [.. Grains.Calls.Where(c => !c.EndsWith("/" + nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), StringComparison.Ordinal))];

    /// <summary>The citizen <paramref name="person"/> can open <paramref name="mailboxes"/> (their own first) at these levels.</summary>
    public void Openable(Cpr person, params (MailboxId Mailbox, AccessLevel Level)[] mailboxes) =>
        Grains.Handle(MailboxId.ForCitizen(person).Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync),
            _ => Task.FromResult<IReadOnlyList<OpenableMailbox>>([.. mailboxes.Select(m => new OpenableMailbox(m.Mailbox, m.Mailbox == MailboxId.ForCitizen(person) ? null : GrantKind.Delegate, m.Level, null))]));

    public async Task<JsonElement> RunAsync(GatewayViewer viewer, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await new GraphQLExecutor(GatewaySchema.Value).ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, Services = _services, Context = viewer });
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    public static MessageSummary Summary(Guid uuid, string folderId = SystemFolders.Inbox, bool unread = true, string label = "Brev") =>
        new(uuid, MessageDirection.Received, folderId, "authority:skattestyrelsen", "Skattestyrelsen", "cpr:0101901234", label,
            new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), unread, null, null, null, false, null, false, null, null, null, uuid, 100, 1);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
