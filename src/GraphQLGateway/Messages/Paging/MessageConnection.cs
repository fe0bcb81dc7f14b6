using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.GraphQLGateway.Messages.Paging;

/// <summary>
/// The runtime value of the schema's <c>MessageConnection</c>: one page from one grain call. Edges, nodes and the
/// page info are built when first asked for, each once.
/// </summary>
public sealed class MessageConnection
{
    private readonly MailboxId _mailbox;
    private readonly MessagePage _page;
    private MessageNode[]? _nodes;
    private MessageEdge[]? _edges;
    private MessagePageInfo? _pageInfo;

    public MessageConnection(MailboxId mailbox, MessagePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _mailbox = mailbox;
        _page = page;
    }

    /// <summary>The messages of the page, newest first.</summary>
    public IReadOnlyList<MessageNode> Nodes => _nodes ??= CreateNodes();

    /// <summary>The edges, each with its cursor.</summary>
    public IReadOnlyList<MessageEdge> Edges => _edges ??= CreateEdges();

    /// <summary>Relay's page info: more in either direction, the first and last cursor.</summary>
    public MessagePageInfo PageInfo => _pageInfo ??= new MessagePageInfo(
        _page.NextCursor is not null,
        _page.PreviousCursor is not null,
        Edges.Count == 0 ? null : Edges[0].Cursor,
        Edges.Count == 0 ? null : Edges[^1].Cursor);

    private MessageNode[] CreateNodes()
    {
        var nodes = new MessageNode[_page.Items.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = new MessageNode(_mailbox, _page.Items[i]);
        }

        return nodes;
    }

    private MessageEdge[] CreateEdges()
    {
        var nodes = Nodes;
        var cursors = _page.Cursors ?? throw new InvalidOperationException("The grains returned a page without item cursors.");
        var edges = new MessageEdge[nodes.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new MessageEdge(MessageCursor.Encode(cursors[i]), nodes[i]);
        }

        return edges;
    }
}
