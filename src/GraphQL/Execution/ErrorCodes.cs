namespace DigitalPost.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values the engine itself uses.</summary>
public static class ErrorCodes
{
    /// <summary>The document does not parse.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document is not valid against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Variables or arguments could not be coerced, or the request is incomplete.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The requested operation does not exist or cannot be selected.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>An unexpected exception in a resolver (details hidden unless exposed by option).</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>Introspection was requested while it is disabled.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The execution exceeded <see cref="ExecutionOptions.Timeout"/>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>A subscription operation was sent to <see cref="GraphQLExecutor.ExecuteAsync"/> instead of <see cref="GraphQLExecutor.SubscribeAsync"/>.</summary>
    public const string SubscriptionNotSupported = "SUBSCRIPTION_NOT_SUPPORTED";
}
