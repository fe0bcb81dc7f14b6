using System.Security.Claims;
using DigitalPost.GraphQL.Language;
using Microsoft.AspNetCore.Http.Features;

namespace DigitalPost.GraphQL.Execution;

/// <summary>One GraphQL request: the document (as text or parsed), operation name, variables and the caller's context.</summary>
public sealed record ExecutionRequest
{
    /// <summary>The document text; ignored when <see cref="Document"/> is set.</summary>
    public string? Query { get; init; }

    /// <summary>An already parsed document (e.g. from a document cache or persisted-document store).</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The operation to run; required when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// The raw variable values: CLR values (<see cref="string"/>, <see cref="bool"/>, numbers,
    /// lists, <see cref="IReadOnlyDictionary{TKey, TValue}"/>) or <see cref="System.Text.Json.JsonElement"/>s.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> (not interpreted by the executor).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The parent value of the root fields (the spec's initialValue), or <c>null</c>.</summary>
    public object? RootValue { get; init; }

    /// <summary>The services of the request (e.g. ASP.NET Core's <c>HttpContext.RequestServices</c>); falls back to <see cref="ExecutionOptions.Services"/>.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The authenticated caller, or <c>null</c>.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Any application object resolvers need (e.g. the platform making the request).</summary>
    public object? Context { get; init; }

    /// <summary>Transport features (e.g. ASP.NET Core's <c>HttpContext.Features</c>), or <c>null</c>.</summary>
    public IFeatureCollection? Features { get; init; }
}
