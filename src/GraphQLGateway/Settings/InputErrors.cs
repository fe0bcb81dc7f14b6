using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>
/// VALIDATION errors that name the input field at fault, in the message (<c>Invalid input: phoneNumber: …</c>) and as
/// <c>extensions.field</c>, so a front-end can put the text next to the right box.
/// </summary>
public static class InputErrors
{
    /// <summary>The extension member naming the field.</summary>
    public const string FieldExtension = "field";

    /// <param name="field">The input field's name (e.g. <c>phoneNumber</c>, <c>phoneNumbers[1]</c>).</param>
    /// <param name="detail">What is wrong; never a CPR number.</param>
    public static GraphQLException Invalid(ResolverContext context, string field, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        var localized = GatewayErrors.Validation(context, field + ": " + detail);
        return WithField(localized, field);
    }

    /// <summary>The same error with the field named in its extensions.</summary>
    public static GraphQLException WithField(GraphQLException error, string field)
    {
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Extensions is { } existing)
        {
            foreach (var (key, value) in existing)
            {
                extensions[key] = value;
            }
        }

        extensions[FieldExtension] = field;
        return new GraphQLException(error.Message, error.Code, extensions);
    }
}
