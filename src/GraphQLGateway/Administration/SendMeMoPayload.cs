using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>The schema's <c>SendMeMoPayload</c>: what the delivery rules decided (the <c>DeliveryReport</c> type).</summary>
public sealed record SendMeMoPayload(DeliveryResult Delivery);
