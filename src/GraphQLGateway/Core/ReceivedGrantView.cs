using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>The runtime value of the schema's <c>ReceivedGrant</c>: one delegated or estate entry of the viewer's openable mailboxes.</summary>
public sealed record ReceivedGrantView(OpenableMailbox Entry);
