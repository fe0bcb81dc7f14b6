using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQL.Utilities;
using DigitalPost.GraphQLGateway.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>
/// Reads GraphQL multipart requests (https://github.com/jaydenseric/graphql-multipart-request-spec) on
/// <c>POST /graphql</c>: an <c>operations</c> field (the request object), a <c>map</c> field (file part name →
/// object paths such as <c>variables.input.attachments.0.upload</c>) and the file parts, in that order. Each file is
/// streamed to temporary storage and placed into the variables as an <see cref="UploadedFile"/> (the <c>Upload</c>
/// scalar's value); the files are deleted once the response is written. Only signed-in callers may send files (401
/// before anything is read), batched operations are refused, and <see cref="UploadOptions"/> bounds the request
/// (413, <c>LIMIT_EXCEEDED</c>). Registered as an <see cref="IGraphQLHttpRequestReader"/> service.
/// </summary>
public sealed class GraphQLMultipartRequestReader : IGraphQLHttpRequestReader
{
    private const string OperationsField = "operations";
    private const string MapField = "map";
    private const int MaxJsonDepth = 64;

    private readonly IOptions<UploadOptions> _options;
    private readonly UploadTempStorage _storage;

    public GraphQLMultipartRequestReader(IOptions<UploadOptions> options, UploadTempStorage storage)
    {
        _options = options;
        _storage = storage;
    }

    /// <inheritdoc />
    public bool CanRead(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MultipartUploadRequest.IsMultipart(request.ContentType);
    }

    /// <inheritdoc />
    public async ValueTask<GraphQLHttpRequestReadResult> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = _options.Value;
        if (context.User.GetSubject() is null)
        {
            return Refuse(UploadProblem.Unauthenticated(Localization.AcceptLanguageSelector.Select(context)));
        }

        var problem = MultipartUploadRequest.Begin(context, options, _storage, out var request);
        if (problem is not null)
        {
            return Refuse(problem);
        }

        var files = new UploadedFiles();
        GraphQLHttpRequestReadResult? operations = null;
        try
        {
            var result = await ReadPartsAsync(request!, options, files, cancellationToken).ConfigureAwait(false);
            operations = result.Operations;
            if (result.Problem is not null)
            {
                return Refuse(result.Problem, files, operations);
            }

            return GraphQLHttpRequestReadResult.Success(result.Body!, [.. operations!.Resources, files]);
        }
        catch (UploadLimitExceededException exceeded)
        {
            return Refuse(UploadProblem.TooLarge(request!.Language, exceeded.Message), files, operations);
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(UploadProblem.TooLarge(request!.Language, $"the request is larger than {options.MaxRequestBytes} bytes"), files, operations);
        }
        catch (Exception malformed) when (malformed is InvalidDataException or BadHttpRequestException)
        {
            return Refuse(UploadProblem.Invalid(request!.Language, $"the multipart request is malformed: {malformed.Message}"), files, operations);
        }
        catch
        {
            await files.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<ReadParts> ReadPartsAsync(MultipartUploadRequest request, UploadOptions options, UploadedFiles files, CancellationToken cancellationToken)
    {
        var language = request.Language;

        // The specification orders the parts: operations, map, then the files (so a server can stream the files).
        var first = await request.NextAsync(cancellationToken).ConfigureAwait(false);
        if (first is null || first.Name != OperationsField || first.IsFile)
        {
            return new(UploadProblem.Invalid(language, "the first part of a GraphQL multipart request must be the 'operations' field"), null, null);
        }

        var operations = GraphQLHttpRequestJson.Parse(await request.ReadFieldAsync(first, cancellationToken).ConfigureAwait(false), MaxJsonDepth);
        if (operations.IsRefused)
        {
            var message = operations.Message!.Replace("The request body", "The 'operations' field", StringComparison.Ordinal);
            return new(new UploadProblem(operations.StatusCode, operations.Code!, message), null, operations);
        }

        var second = await request.NextAsync(cancellationToken).ConfigureAwait(false);
        if (second is null || second.Name != MapField || second.IsFile)
        {
            return new(UploadProblem.Invalid(language, "the second part of a GraphQL multipart request must be the 'map' field"), null, operations);
        }

        var mapProblem = UploadMap.Parse(await request.ReadFieldAsync(second, cancellationToken).ConfigureAwait(false), out var map);
        if (mapProblem is not null)
        {
            return new(UploadProblem.Invalid(language, mapProblem), null, operations);
        }

        if (map!.Count > options.MaxFilesPerRequest)
        {
            return new(UploadProblem.TooLarge(language, $"the request names {map.Count} files; at most {options.MaxFilesPerRequest} are accepted"), null, operations);
        }

        var received = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        while (await request.NextAsync(cancellationToken).ConfigureAwait(false) is { } part)
        {
            if (!map.ContainsKey(part.Name))
            {
                // Parts the map does not name are ignored, as the specification allows; they still count towards the size limit.
                await MultipartUploadRequest.SkipAsync(part, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (received.ContainsKey(part.Name))
            {
                return new(UploadProblem.Invalid(language, $"the file part '{part.Name}' is sent twice"), null, operations);
            }

            var file = await request.SaveFileAsync(part, cancellationToken).ConfigureAwait(false);
            files.Add(file);
            received[part.Name] = file;
        }

        foreach (var name in map.Keys)
        {
            if (!received.ContainsKey(name))
            {
                return new(UploadProblem.Invalid(language, $"the file part '{name}' named in 'map' is missing"), null, operations);
            }
        }

        var body = operations.Body!;
        var variables = JsonValues.Normalize(body.Variables) switch
        {
            Dictionary<string, object?> normalized => normalized,
            IReadOnlyDictionary<string, object?> other => new Dictionary<string, object?>(other, StringComparer.Ordinal),
            _ => new Dictionary<string, object?>(StringComparer.Ordinal),
        };
        foreach (var (name, paths) in map)
        {
            foreach (var path in paths)
            {
                if (UploadMap.Place(variables, path, received[name]) is { } pathProblem)
                {
                    return new(UploadProblem.Invalid(language, pathProblem), null, operations);
                }
            }
        }

        return new(null, body with { Variables = variables }, operations);
    }

    private static GraphQLHttpRequestReadResult Refuse(UploadProblem problem, UploadedFiles? files = null, GraphQLHttpRequestReadResult? operations = null)
    {
        var resources = new List<IAsyncDisposable>();
        if (operations is not null)
        {
            resources.AddRange(operations.Resources);
        }

        if (files is not null)
        {
            resources.Add(files);
        }

        return GraphQLHttpRequestReadResult.Refused(problem.StatusCode, problem.Message, problem.Code, [.. resources]);
    }

    private sealed record ReadParts(UploadProblem? Problem, GraphQLRequestBody? Body, GraphQLHttpRequestReadResult? Operations);
}
