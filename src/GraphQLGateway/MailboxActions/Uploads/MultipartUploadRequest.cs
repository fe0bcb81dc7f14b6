using DigitalPost.GraphQLGateway.Hosting;
using System.Text;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>
/// The shared reading of a <c>multipart/form-data</c> request with file parts (GraphQL multipart requests and
/// <c>POST /graphql/uploads</c>): the size of the whole body is checked before reading (declared length) and while
/// reading (counted), form fields are read into bounded buffers and files streamed to <see cref="UploadTempStorage"/>.
/// </summary>
internal sealed class MultipartUploadRequest
{
    private const int HeadersLengthLimit = 16 * 1024;

    private readonly UploadOptions _options;
    private readonly UploadTempStorage _storage;
    private readonly MultipartReader _reader;

    private MultipartUploadRequest(UploadOptions options, UploadTempStorage storage, MultipartReader reader, GatewayLanguage language)
    {
        _options = options;
        _storage = storage;
        _reader = reader;
        Language = language;
    }

    public GatewayLanguage Language { get; }

    /// <summary>True for a <c>multipart/form-data</c> content type.</summary>
    public static bool IsMultipart(string? contentType) =>
        contentType is not null && contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the envelope (media type, boundary, declared length) and prepares the reader; nothing is read yet.</summary>
    public static UploadProblem? Begin(HttpContext context, UploadOptions options, UploadTempStorage storage, out MultipartUploadRequest? request)
    {
        ArgumentNullException.ThrowIfNull(context);
        request = null;
        var language = AcceptLanguageSelector.Select(context);
        var http = context.Request;
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var mediaType) || !IsMultipart(mediaType.MediaType.Value))
        {
            return UploadProblem.NotMultipart(language);
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70)
        {
            return UploadProblem.Invalid(language, "the multipart boundary is missing or longer than 70 characters");
        }

        if (http.ContentLength is { } declared && declared > options.MaxRequestBytes)
        {
            return UploadProblem.TooLarge(language, $"the request is {declared} bytes; at most {options.MaxRequestBytes} bytes are accepted");
        }

        // The server's own limit (Kestrel: 30 MB by default) must allow ours; ours is enforced by the counting stream as well.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = options.MaxRequestBytes;
        }

        var body = new LimitedReadStream(http.Body, options.MaxRequestBytes, max => new UploadLimitExceededException($"the request is larger than {max} bytes"));
        // Part sizes are ours to check (files, form fields, and the whole body through the counting stream), so an
        // oversized part is a 413 with our message rather than the reader's own "malformed" exception.
        var reader = new MultipartReader(boundary, body)
        {
            HeadersLengthLimit = HeadersLengthLimit,
            BodyLengthLimit = null,
        };
        request = new MultipartUploadRequest(options, storage, reader, language);
        return null;
    }

    /// <summary>The next part, or null at the end.</summary>
    public async Task<MultipartPart?> NextAsync(CancellationToken cancellationToken)
    {
        var section = await _reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false);
        if (section is null)
        {
            return null;
        }

        var disposition = section.GetContentDispositionHeader();
        if (disposition is null || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
        {
            throw new InvalidDataException("a part has no form-data Content-Disposition header");
        }

        var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
        var filename = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        return new MultipartPart(section, name, disposition.IsFileDisposition() ? SafeFilename(filename) : null);
    }

    /// <summary>A form field's text, at most <see cref="UploadOptions.MaxFormFieldBytes"/>.</summary>
    public async Task<byte[]> ReadFieldAsync(MultipartPart part, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await part.Section.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxFormFieldBytes)
            {
                throw new UploadLimitExceededException($"the '{part.Name}' field is larger than {_options.MaxFormFieldBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Streams a file part to temporary storage, at most <see cref="UploadOptions.MaxFileBytes"/>.</summary>
    public async Task<UploadedFile> SaveFileAsync(MultipartPart part, CancellationToken cancellationToken)
    {
        var contentType = string.IsNullOrWhiteSpace(part.Section.ContentType) ? "application/octet-stream" : part.Section.ContentType.Trim();
        return await _storage.WriteAsync(part.Section.Body, part.Filename ?? "file", contentType, _options.MaxFileBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new UploadLimitExceededException($"the file in part '{part.Name}' is larger than {_options.MaxFileBytes} bytes");
    }

    /// <summary>Reads and discards a part the request does not use (it still counts towards the request's size).</summary>
    public static Task SkipAsync(MultipartPart part, CancellationToken cancellationToken) =>
        part.Section.Body.CopyToAsync(Stream.Null, cancellationToken);

    /// <summary>The name without any directory part or control characters, at most 255 characters; "file" when nothing is left.</summary>
    internal static string SafeFilename(string? filename)
    {
        if (string.IsNullOrWhiteSpace(filename))
        {
            return "file";
        }

        var slash = filename.LastIndexOfAny(['/', '\\']);
        var name = slash >= 0 ? filename[(slash + 1)..] : filename;
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim();
        if (cleaned.Length == 0 || cleaned is "." or "..")
        {
            return "file";
        }

        return cleaned.Length <= 255 ? cleaned : cleaned[^255..];
    }
}
