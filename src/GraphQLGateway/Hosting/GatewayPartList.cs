using DigitalPost.GraphQLGateway.Composition;

namespace DigitalPost.GraphQLGateway.Hosting;

/// <summary>The part instances one <c>AddDigitalPostGateway</c> call created (so services, bindings and endpoints come from the same objects).</summary>
public sealed record GatewayPartList(IReadOnlyList<IGatewayPart> Parts);
