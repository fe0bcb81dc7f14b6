using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DigitalPost.GraphQL.Transport.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http specification): POST with an <c>application/json</c> body and GET with
/// URL query parameters; the response media type is negotiated from <c>Accept</c>. Requests that are not
/// well-formed get 4xx; GraphQL request errors (parse, validation, operation selection, variables) get 400 with
/// <c>application/graphql-response+json</c> and 200 with <c>application/json</c>.
/// </summary>
internal sealed partial class GraphQLHttpHandler(IRequestExecutor executor, GraphQLTransportOptions options)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly GraphQLHttpOptions _http = options.Http;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!(HttpMethods.IsPost(request.Method) || (isGet && _http.EnableGet)))
        {
            context.Response.Headers.Allow = _http.EnableGet ? "GET, POST" : "POST";
            await WriteProblemAsync(context, new RequestProblem(StatusCodes.Status405MethodNotAllowed, $"Method {request.Method} is not allowed: use POST{(_http.EnableGet ? " or GET" : "")}.", "METHOD_NOT_ALLOWED"), GraphQLResponseMediaType.Json).ConfigureAwait(false);
            return;
        }

        context.Response.Headers.Vary = HeaderNames.Accept;
        if (AcceptNegotiation.Negotiate(request.Headers.Accept, _http.DefaultResponseMediaType) is not { } mediaType)
        {
            await WriteProblemAsync(context, new RequestProblem(StatusCodes.Status406NotAcceptable,
                "None of the media types in the Accept header is supported: accept application/graphql-response+json or application/json (UTF-8).", "NOT_ACCEPTABLE"), GraphQLResponseMediaType.Json).ConfigureAwait(false);
            return;
        }

        var cancellationToken = context.RequestAborted;
        var documents = new List<JsonDocument>(2);
        var readerResources = new List<IAsyncDisposable>();
        using var body = new RequestBodyReader();
        try
        {
            RequestProblem? problem;
            GraphQLHttpParameters? parameters;
            if (isGet)
            {
                problem = RequestParameterParser.ParseQueryString(request.Query, _http.MaxJsonDepth, documents, out parameters);
            }
            else
            {
                (problem, parameters) = FindReader(request) is { } reader
                    ? await ReadWithAsync(reader, context, readerResources, cancellationToken).ConfigureAwait(false)
                    : await ReadPostAsync(context, body, documents, cancellationToken).ConfigureAwait(false);
            }

            problem ??= CheckWellFormed(parameters!);
            if (problem is not null)
            {
                await WriteProblemAsync(context, problem, mediaType).ConfigureAwait(false);
                return;
            }

            await ExecuteAsync(context, parameters!, isGet, mediaType, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: nobody reads a response.
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }

            await DisposeAllAsync(readerResources).ConfigureAwait(false);
        }
    }

    private async ValueTask<(RequestProblem? Problem, GraphQLHttpParameters? Parameters)> ReadPostAsync(HttpContext context, RequestBodyReader body, List<JsonDocument> documents, CancellationToken cancellationToken)
    {
        var contentType = context.Request.ContentType;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return (new RequestProblem(StatusCodes.Status415UnsupportedMediaType, "A POST request needs a Content-Type header: send application/json.", "UNSUPPORTED_MEDIA_TYPE"), null);
        }

        // What clients send almost always is one of a few exact spellings; only others need the header parser.
        if (!AcceptNegotiation.IsPlainJsonContentType(contentType))
        {
            if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return (new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Content-Type '{contentType}' is not supported: send application/json.", "UNSUPPORTED_MEDIA_TYPE"), null);
            }

            if (mediaType.Charset.HasValue && !AcceptNegotiation.IsUtf8(mediaType.Charset))
            {
                return (new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Charset '{mediaType.Charset}' is not supported: send UTF-8.", "UNSUPPORTED_MEDIA_TYPE"), null);
            }
        }

        var problem = await body.ReadAsync(context.Request, _http.MaxRequestBodySize, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (problem, null);
        }

        var json = body.Body;
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..];
        }

        // JSON readers leave string contents unchecked until they are decoded; checking up front keeps bad bytes out of the engine.
        if (!Utf8.IsValid(json.Span))
        {
            return (RequestProblem.BadRequest("The request body is not valid UTF-8."), null);
        }

        problem = RequestParameterParser.ParseBody(json, _http.MaxJsonDepth, documents, out var parameters);
        return (problem, parameters);
    }

    private static RequestProblem? CheckWellFormed(GraphQLHttpParameters parameters) =>
        parameters.Query is not null || parameters.DocumentId is not null || NamesPersistedQuery(parameters.Extensions)
            ? null
            : RequestProblem.BadRequest("The 'query' parameter is missing: send the document text (or a 'documentId').");

    /// <summary>Apollo's <c>extensions.persistedQuery</c> names a persisted document, as <c>documentId</c> does.</summary>
    internal static bool NamesPersistedQuery(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null && extensions.TryGetValue("persistedQuery", out var persisted) && persisted is JsonElement { ValueKind: JsonValueKind.Object };

    private async Task ExecuteAsync(HttpContext context, GraphQLHttpParameters parameters, bool isGet, GraphQLResponseMediaType mediaType, CancellationToken cancellationToken)
    {
        var body = new GraphQLRequestBody
        {
            Query = parameters.Query,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Extensions = parameters.Extensions,
            DocumentId = parameters.DocumentId,
        };
        var prepared = await executor.PrepareAsync(body, cancellationToken).ConfigureAwait(false);
        if (!prepared.IsValid)
        {
            await WriteResultAsync(context, prepared.ToErrorResult(), RequestErrorStatus(mediaType), mediaType, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (isGet && prepared.OperationType == OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await WriteProblemAsync(context, new RequestProblem(StatusCodes.Status405MethodNotAllowed, "Mutations cannot be sent with GET: use POST.", "METHOD_NOT_ALLOWED"), mediaType).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IGraphQLTransportFeature>() is null)
        {
            context.Features.Set<IGraphQLTransportFeature>(new GraphQLTransportFeature(context, GraphQLTransportKind.Http));
        }

        object? userContext = null;
        if (options.CreateContext is { } createContext)
        {
            try
            {
                userContext = await createContext(new GraphQLTransportContext(context, GraphQLTransportKind.Http, context.User, prepared.Operation!, null, null, cancellationToken)).ConfigureAwait(false);
            }
            catch (GraphQLException exception)
            {
                var refused = ExecutionResult.FromError(ErrorConversion.ToError(exception));
                await WriteResultAsync(context, refused, mediaType == GraphQLResponseMediaType.GraphQLResponseJson ? StatusCodes.Status403Forbidden : StatusCodes.Status200OK, mediaType, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        var requestContext = new GraphQLRequestContext
        {
            Services = context.RequestServices,
            User = context.User,
            Context = userContext,
            Features = context.Features,
        };
        var result = await executor.ExecuteAsync(prepared, requestContext, cancellationToken).ConfigureAwait(false);
        var status = result.IsRequestError ? RequestErrorStatus(mediaType) : StatusCodes.Status200OK;
        await WriteResultAsync(context, result, status, mediaType, cancellationToken, prepared).ConfigureAwait(false);
    }

    /// <summary>GraphQL request errors: 400 with application/graphql-response+json, 200 with legacy application/json.</summary>
    private static int RequestErrorStatus(GraphQLResponseMediaType mediaType) =>
        mediaType == GraphQLResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static Task WriteProblemAsync(HttpContext context, RequestProblem problem, GraphQLResponseMediaType mediaType) =>
        WriteResultAsync(context, ExecutionResult.FromError(GraphQLError.WithCode(problem.Message, problem.Code)), problem.StatusCode, mediaType, context.RequestAborted);

    /// <summary>
    /// Writes the result straight into the response body pipe (no intermediate string or array), unless an
    /// <see cref="IGraphQLHttpResponseCaptureFeature"/> asks for the bytes of this executed operation's response.
    /// </summary>
    private static async Task WriteResultAsync(HttpContext context, ExecutionResult result, int status, GraphQLResponseMediaType mediaType, CancellationToken cancellationToken, PreparedRequest? executed = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = AcceptNegotiation.ContentType(mediaType);
        if (executed is not null && context.Features.Get<IGraphQLHttpResponseCaptureFeature>() is { } capture && capture.ShouldCapture(executed, result, status))
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            using (var bufferWriter = new Utf8JsonWriter(buffer, WriterOptions))
            {
                ResultJsonWriter.Write(bufferWriter, result);
            }

            capture.OnCaptured(executed, buffer.WrittenSpan);
            await response.BodyWriter.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            return;
        }

        var output = response.BodyWriter;
        using (var writer = new Utf8JsonWriter((IBufferWriter<byte>)output, WriterOptions))
        {
            ResultJsonWriter.Write(writer, result);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
