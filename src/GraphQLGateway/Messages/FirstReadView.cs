using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>The runtime value of the schema's <c>FirstRead</c>.</summary>
public sealed record FirstReadView(DateTimeOffset At, Platform? Platform, bool ByDelegate);
