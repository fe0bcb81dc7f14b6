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

    /// <summary>
    /// For an object (mailbox, message, file, node id) the caller may not see <b>or</b> that does not exist: one code
    /// (<c>NOT_FOUND</c>) and one text for both, so a caller cannot probe which ids exist.
    /// </summary>
    public static GraphQLException Inaccessible(ResolverContext context) => Create(context, GatewayErrorCodes.NotFound);

    /// <summary>
    /// For an action on an object the caller can already see but may not perform (a read delegate deleting, say):
    /// code <c>FORBIDDEN</c>, with the same text as <see cref="Inaccessible"/>. Never use it where the object itself is hidden.
    /// </summary>
    public static GraphQLException Forbidden(ResolverContext context) => Create(context, GatewayErrorCodes.Forbidden);

    public static GraphQLException Unauthenticated(ResolverContext context) => Create(context, GatewayErrorCodes.Unauthenticated);

    /// <param name="detail">What is wrong, in the caller's language or neutral (a field name); never a CPR.</param>
    public static GraphQLException Validation(ResolverContext context, string detail) => Create(context, GatewayErrorCodes.Validation, detail);
}
