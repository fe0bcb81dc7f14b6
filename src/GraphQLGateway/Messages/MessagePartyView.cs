using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>The runtime value of the schema's <c>MessageParty</c> (a message's sender).</summary>
public sealed record MessagePartyView(string Id, string Label, SenderKind Kind);
