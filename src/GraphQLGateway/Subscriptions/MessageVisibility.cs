namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>
/// Per mailbox subscription: which messages the viewer may see on their platform (private post of another
/// platform may not be announced). A message's visibility never changes (its private platform is fixed),
/// so it is remembered; the memory is cleared when it holds <c>capacity</c> messages.
/// </summary>
internal sealed class MessageVisibility(int capacity)
{
    private readonly Dictionary<Guid, bool> _known = [];

    public bool TryGet(Guid messageUuid, out bool visible) => _known.TryGetValue(messageUuid, out visible);

    public void Remember(Guid messageUuid, bool visible)
    {
        if (_known.Count >= capacity)
        {
            _known.Clear();
        }

        _known[messageUuid] = visible;
    }
}
