using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>
/// Reads the recipient list or the personalised messages of a mass send from a stream, line by
/// line, checking each line: a bad line throws <see cref="MassSendInputException"/> with its line
/// number and what is wrong. Blank lines are skipped.
/// </summary>
public static class MassSendLineReader
{
    /// <summary>The multipart part names.</summary>
    public const string TemplatePart = "template";

    /// <inheritdoc cref="TemplatePart"/>
    public const string RecipientsPart = "recipients";

    /// <inheritdoc cref="TemplatePart"/>
    public const string MessagesPart = "messages";

    /// <summary>Reads a recipient list (CSV or NDJSON).</summary>
    public static async IAsyncEnumerable<MassSendLine> ReadRecipientsAsync(
        Stream input, MassSendRecipientFormat format, MassSendLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(limits);
        long count = 0;
        await foreach (var (number, line) in MassSendLineSplitter.SplitAsync(input, RecipientsPart, limits.MaxRecipientLineBytes, limits.MaxLines, cancellationToken).ConfigureAwait(false))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            string recipient;
            if (format == MassSendRecipientFormat.Csv)
            {
                var text = Unquote(Utf8(line.Span, RecipientsPart, number));
                if (count == 0 && string.Equals(text, "recipient", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                recipient = text;
            }
            else
            {
                recipient = ReadJson(line.Span, RecipientsPart, number, wantMemo: false).Recipient;
            }

            CheckRecipient(recipient, RecipientsPart, number);
            count++;
            yield return new MassSendLine(number, recipient, ReadOnlyMemory<byte>.Empty);
        }

        if (count == 0)
        {
            throw new MassSendInputException(RecipientsPart, 0, "the list names no recipient.");
        }
    }

    /// <summary>Reads personalised messages: <c>{"recipient":"…","memo":"&lt;MeMo XML&gt;"}</c> per line.</summary>
    public static async IAsyncEnumerable<MassSendLine> ReadMessagesAsync(
        Stream input, MassSendLimits limits, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(limits);
        long count = 0;
        await foreach (var (number, line) in MassSendLineSplitter.SplitAsync(input, MessagesPart, limits.MaxMessageLineBytes, limits.MaxLines, cancellationToken).ConfigureAwait(false))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var (recipient, memo) = ReadJson(line.Span, MessagesPart, number, wantMemo: true);
            CheckRecipient(recipient, MessagesPart, number);
            count++;
            yield return new MassSendLine(number, recipient, memo!);
        }

        if (count == 0)
        {
            throw new MassSendInputException(MessagesPart, 0, "the part holds no message.");
        }
    }

    /// <summary>Checks one recipient: 10 digits forming a CPR (a real date) or 8 digits forming a CVR.</summary>
    public static void CheckRecipient(string recipient, string part, long lineNumber)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (recipient.Length == 10 && recipient.All(char.IsAsciiDigit))
        {
            if (!Cpr.TryParse(recipient, out _, out var error))
            {
                throw new MassSendInputException(part, lineNumber, $"'{recipient}' is not a CPR number: {error}.");
            }

            return;
        }

        if (recipient.Length == 8 && recipient.All(char.IsAsciiDigit))
        {
            if (!Cvr.TryParse(recipient, out _, out var error))
            {
                throw new MassSendInputException(part, lineNumber, $"'{recipient}' is not a CVR number: {error}.");
            }

            return;
        }

        var shown = recipient.Length > 40 ? recipient[..40] + "…" : recipient;
        throw new MassSendInputException(part, lineNumber, $"'{shown}' is neither a CPR number (10 digits) nor a CVR number (8 digits).");
    }

    private static string Utf8(ReadOnlySpan<byte> bytes, string part, long number)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new MassSendInputException(part, number, "the line is not valid UTF-8.");
        }
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1].Trim() : text;

    private static (string Recipient, byte[]? Memo) ReadJson(ReadOnlySpan<byte> line, string part, long number, bool wantMemo)
    {
        string? recipient = null;
        byte[]? memo = null;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new MassSendInputException(part, number, "expected a JSON object such as {\"recipient\":\"0101901234\"}.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRecipient = reader.ValueTextEquals("recipient"u8);
                var isMemo = reader.ValueTextEquals("memo"u8);
                reader.Read();
                if (isRecipient || (isMemo && wantMemo))
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new MassSendInputException(part, number, $"\"{(isRecipient ? "recipient" : "memo")}\" must be a string.");
                    }

                    if (isRecipient)
                    {
                        recipient = reader.GetString();
                    }
                    else
                    {
                        memo = Encoding.UTF8.GetBytes(reader.GetString()!);
                    }
                }
                else
                {
                    // Other fields are allowed (a client may carry its own reference); they are not stored.
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                throw new MassSendInputException(part, number, "expected exactly one JSON object on the line.");
            }
        }
        catch (JsonException ex)
        {
            throw new MassSendInputException(part, number, $"not valid JSON ({ex.Message.Split(" LineNumber", 2)[0]})");
        }

        if (recipient is null)
        {
            throw new MassSendInputException(part, number, "the object has no \"recipient\".");
        }

        if (wantMemo && memo is null)
        {
            throw new MassSendInputException(part, number, "the object has no \"memo\" (the recipient's MeMo XML).");
        }

        return (recipient, memo);
    }
}
