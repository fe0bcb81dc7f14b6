using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>
/// The coerced <c>input</c> argument of a Relay-style mutation, read as the engine hands it over (a dictionary), so
/// <c>Upload</c> values stay the <see cref="Uploads.UploadedFile"/> objects the multipart reader put there.
/// </summary>
internal sealed class MutationInput
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    public MutationInput(IReadOnlyDictionary<string, object?> values) => _values = values;

    public static MutationInput From(ResolverContext context) =>
        new(context.Arguments.TryGetValue("input", out var input) && input is IReadOnlyDictionary<string, object?> values
            ? values
            : throw new InvalidOperationException("The mutation has no input object."));

    /// <summary>The client's <c>clientMutationId</c>, echoed in the payload.</summary>
    public string? ClientMutationId => String("clientMutationId");

    /// <summary>A non-null string (or ID) field; the schema guarantees its presence.</summary>
    public string Required(string name) => String(name) ?? throw new InvalidOperationException($"Input field {name} is missing.");

    /// <summary>A nullable string (or ID) field.</summary>
    public string? String(string name) => _values.TryGetValue(name, out var value) ? value as string : null;

    /// <summary>A list of input objects; empty when absent or null.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Objects(string name) =>
        _values.TryGetValue(name, out var value) && value is System.Collections.IEnumerable items and not string
            ? items.OfType<IReadOnlyDictionary<string, object?>>().ToList()
            : [];
}
