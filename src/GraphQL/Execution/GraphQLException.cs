namespace DigitalPost.GraphQL.Execution;

/// <summary>
/// An error meant for the client. Throw it from a resolver (or a scalar) with a <see cref="Code"/>;
/// its message and code reach the response as <c>errors[].message</c> and
/// <c>errors[].extensions.code</c>. Any other exception is masked as "Unexpected error."
/// (code <c>INTERNAL_SERVER_ERROR</c>) unless <see cref="ExecutionOptions.ExposeExceptionDetails"/> is set.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The client-facing message.</param>
    /// <param name="code">The <c>extensions.code</c>, or <c>null</c> for none.</param>
    /// <param name="extensions">More entries for <c>extensions</c> (written after <c>code</c>).</param>
    /// <param name="innerException">The cause, never shown to clients.</param>
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>The <c>extensions.code</c>, or <c>null</c>.</summary>
    public string? Code { get; }

    /// <summary>Extra <c>extensions</c> entries, or <c>null</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
