using System.Security.Claims;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Types;
using Microsoft.AspNetCore.Http.Features;

namespace DigitalPost.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves: parent value, arguments, request, services, path.</summary>
public sealed class ResolverContext
{
    private readonly RequestExecution _execution;
    private readonly FieldGroup _group;
    private readonly ResultPath? _parentPath;
    private ResultPath? _path;

    internal ResolverContext(RequestExecution execution, FieldGroup group, object? parent, IReadOnlyDictionary<string, object?> arguments, ResultPath? parentPath)
    {
        _execution = execution;
        _group = group;
        _parentPath = parentPath;
        Parent = parent;
        Arguments = arguments;
    }

    /// <summary>The parent value (the object the field belongs to; the event for a subscription field).</summary>
    public object? Parent { get; }

    /// <summary>The object type whose field is resolved.</summary>
    public ObjectType ParentType => _group.ParentType;

    /// <summary>The field definition.</summary>
    public FieldDefinition Field => _group.Field!;

    /// <summary>The first field selection (for its alias, directives and sub-selection).</summary>
    public FieldNode FieldNode => _group.Nodes[0];

    /// <summary>All field selections merged into this response entry.</summary>
    public IReadOnlyList<FieldNode> FieldNodes => _group.Nodes;

    /// <summary>The response key (alias or name).</summary>
    public string ResponseKey => _group.ResponseKey;

    /// <summary>The coerced argument values (defaults applied; arguments neither given nor defaulted are absent).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The response path of this field.</summary>
    /// <remarks>Created on first use: most leaf fields never need theirs.</remarks>
    public ResultPath Path => _path ??= new ResultPath(_parentPath, _group.ResponseKey);

    /// <summary>The schema.</summary>
    public Schema Schema => _execution.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => _execution.Operation;

    /// <summary>The request document.</summary>
    public DocumentNode Document => _execution.Document;

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    /// <summary>The request.</summary>
    public ExecutionRequest Request => _execution.Request;

    /// <summary>The authenticated caller (<see cref="ExecutionRequest.User"/>), or <c>null</c>.</summary>
    public ClaimsPrincipal? User => _execution.Request.User;

    /// <summary>The application context object (<see cref="ExecutionRequest.Context"/>), or <c>null</c>.</summary>
    public object? UserContext => _execution.Request.Context;

    /// <summary>The transport features (<see cref="ExecutionRequest.Features"/>), or <c>null</c>.</summary>
    public IFeatureCollection? Features => _execution.Request.Features;

    /// <summary>The request's services.</summary>
    public IServiceProvider Services => _execution.Services;

    /// <summary>Cancelled when the request is aborted or times out.</summary>
    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <summary>Per-request storage shared by all resolvers of the request (thread-safe: resolvers may run concurrently).</summary>
    public IDictionary<string, object?> Items => _execution.Items;

    /// <summary>The argument <paramref name="name"/> converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="GraphQLException">The argument is absent (and not defaulted) or cannot be converted.</exception>
    public T Argument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value))
        {
            throw new GraphQLException($"Argument \"{name}\" of field \"{ParentType.Name}.{_group.Field!.Name}\" was not provided.", ErrorCodes.BadUserInput);
        }

        return ArgumentConverter.Convert<T>(value, name);
    }

    /// <summary>The argument <paramref name="name"/> converted to <typeparamref name="T"/>, or <paramref name="defaultValue"/> when absent or null.</summary>
    public T? ArgumentOrDefault<T>(string name, T? defaultValue = default) =>
        Arguments.TryGetValue(name, out var value) && value is not null ? ArgumentConverter.Convert<T>(value, name) : defaultValue;

    /// <summary>Whether the argument was given or defaulted.</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>A required service.</summary>
    /// <exception cref="InvalidOperationException">The service is not registered.</exception>
    public T Service<T>()
        where T : notnull =>
        (T?)Services.GetService(typeof(T)) ?? throw new InvalidOperationException($"Service {typeof(T).FullName} is not registered.");

    /// <summary>
    /// The request's batching loader called <paramref name="name"/>, created on first use with
    /// <paramref name="batch"/>. Keys loaded while a wave of resolvers runs are sent in one batch
    /// call; results are cached for the request.
    /// </summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch)
        where TKey : notnull =>
        _execution.DataLoaders.GetOrCreate(name, batch);
}
