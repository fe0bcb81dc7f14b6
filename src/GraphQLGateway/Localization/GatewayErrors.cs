using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Transport;

namespace DigitalPost.GraphQLGateway.Localization;

/// <summary>
/// What resolvers throw: a <see cref="GraphQLException"/> with a catalogued, localized message and a stable
/// <c>extensions.code</c>. The language comes from the request's Accept-Language (for a WebSocket, the upgrade request's).
/// </summary>
public static class GatewayErrors
{
    public static GraphQLException Create(string code, GatewayLanguage language, params object?[] arguments) =>
        new(GatewayErrorCatalogue.Message(code, language, arguments), code);

    public static GraphQLException Create(ResolverContext context, string code, params object?[] arguments) =>
        Create(code, AcceptLanguageSelector.Select(context.GetHttpContext()), arguments);

    /// <summary>Denied access: same message as <see cref="NotFound"/>.</summary>
    public static GraphQLException Forbidden(ResolverContext context) => Create(context, GatewayErrorCodes.Forbidden);

    public static GraphQLException NotFound(ResolverContext context) => Create(context, GatewayErrorCodes.NotFound);

    public static GraphQLException Unauthenticated(ResolverContext context) => Create(context, GatewayErrorCodes.Unauthenticated);

    /// <param name="detail">What is wrong, in the caller's language or neutral (a field name); never a CPR.</param>
    public static GraphQLException Validation(ResolverContext context, string detail) => Create(context, GatewayErrorCodes.Validation, detail);
}
