using DigitalPost.GraphQLGateway.MailboxActions.Mutations;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>The schema's <c>SendMeMoPayload</c>: what the delivery rules decided (the actions part's <see cref="DeliveryReport"/>).</summary>
public sealed record SendMeMoPayload(DeliveryReport Delivery);
