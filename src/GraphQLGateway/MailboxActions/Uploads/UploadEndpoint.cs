using System.Text.Json;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>
/// <c>POST /graphql/uploads</c>: a signed-in caller sends one or more files as <c>multipart/form-data</c> (any part
/// with a file name is a file; other fields are ignored) and gets
/// <c>{"uploads":[{"id","filename","size","contentType"}]}</c>, ids usable as <c>AttachmentInput.uploadId</c> by the
/// same caller until they expire. Refusals have the GraphQL error shape
/// <c>{"errors":[{"message","extensions":{"code"}}]}</c>: 401 <c>UNAUTHENTICATED</c>, 415/400 <c>VALIDATION</c>,
/// 413 <c>LIMIT_EXCEEDED</c>; a refused request leaves nothing stored.
/// </summary>
public sealed class UploadEndpoint
{
    /// <summary>The path.</summary>
    public const string Path = "/graphql/uploads";

    private readonly IOptions<UploadOptions> _options;
    private readonly UploadTempStorage _storage;
    private readonly UploadStore _store;

    public UploadEndpoint(IOptions<UploadOptions> options, UploadTempStorage storage, UploadStore store)
    {
        _options = options;
        _storage = storage;
        _store = store;
    }

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        var options = _options.Value;
        if (context.User.GetSubject() is not { } subject)
        {
            await WriteProblemAsync(context, UploadProblem.Unauthenticated(Localization.AcceptLanguageSelector.Select(context))).ConfigureAwait(false);
            return;
        }

        var problem = MultipartUploadRequest.Begin(context, options, _storage, out var request);
        if (problem is not null)
        {
            await WriteProblemAsync(context, problem).ConfigureAwait(false);
            return;
        }

        await using var files = new UploadedFiles();
        try
        {
            while (await request!.NextAsync(cancellationToken).ConfigureAwait(false) is { } part)
            {
                if (!part.IsFile)
                {
                    await MultipartUploadRequest.SkipAsync(part, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (files.Files.Count == options.MaxFilesPerRequest)
                {
                    throw new UploadLimitExceededException($"the request has more than {options.MaxFilesPerRequest} files");
                }

                files.Add(await request.SaveFileAsync(part, cancellationToken).ConfigureAwait(false));
            }
        }
        catch (UploadLimitExceededException exceeded)
        {
            await WriteProblemAsync(context, UploadProblem.TooLarge(request!.Language, exceeded.Message)).ConfigureAwait(false);
            return;
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteProblemAsync(context, UploadProblem.TooLarge(request!.Language, $"the request is larger than {options.MaxRequestBytes} bytes")).ConfigureAwait(false);
            return;
        }
        catch (Exception malformed) when (malformed is InvalidDataException or BadHttpRequestException)
        {
            await WriteProblemAsync(context, UploadProblem.Invalid(request!.Language, $"the multipart request is malformed: {malformed.Message}")).ConfigureAwait(false);
            return;
        }

        if (files.Files.Count == 0)
        {
            await WriteProblemAsync(context, UploadProblem.Invalid(request.Language, "the request has no file parts (parts with a filename)")).ConfigureAwait(false);
            return;
        }

        var (stored, refusal) = await _store.TryAddAsync(subject.Value, files.Files).ConfigureAwait(false);
        if (refusal is not null)
        {
            await WriteProblemAsync(context, UploadProblem.TooLarge(request.Language, refusal)).ConfigureAwait(false);
            return;
        }

        files.Release();
        await WriteUploadsAsync(context, stored).ConfigureAwait(false);
    }

    private static async Task WriteUploadsAsync(HttpContext context, IReadOnlyList<StoredUpload> uploads)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.Body))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("uploads");
            foreach (var upload in uploads)
            {
                writer.WriteStartObject();
                writer.WriteString("id", GlobalId.Upload(upload.File.Id));
                writer.WriteString("filename", upload.File.Filename);
                writer.WriteNumber("size", upload.File.Size);
                writer.WriteString("contentType", upload.File.ContentType);
                writer.WriteString("expiresAt", upload.ExpiresAt);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    /// <summary>Answers a refusal; the rest of an unread body is not drained (Kestrel closes the connection instead).</summary>
    internal static async Task WriteProblemAsync(HttpContext context, UploadProblem problem)
    {
        context.Response.StatusCode = problem.StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", problem.Message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", problem.Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
