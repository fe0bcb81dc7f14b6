using System.Globalization;
using System.Xml;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// The state of one read: the XML reader, the element path (kept as a stack of segments and only
/// turned into a string when an error needs it), the errors and the contents received so far.
/// </summary>
internal sealed class MeMoReadContext
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    private readonly List<MeMoValidationError> _errors = [];
    private readonly List<MeMoContent> _contents = [];
    private (string Name, int Index)[] _path = new (string, int)[16];
    private int _depth;

    public MeMoReadContext(XmlReader reader, MeMoReaderOptions options, IMeMoContentSink sink)
    {
        Reader = reader;
        Options = options;
        Sink = sink;
        MeMoNs = reader.NameTable.Add(MeMoNamespaces.MeMo);
    }

    public XmlReader Reader { get; }

    public MeMoReaderOptions Options { get; }

    public IMeMoContentSink Sink { get; }

    /// <summary>The MeMo namespace, atomised in the reader's name table so comparisons are by reference.</summary>
    public string MeMoNs { get; }

    public IReadOnlyList<MeMoValidationError> Errors => _errors;

    public bool Truncated { get; private set; }

    public bool HasErrors => _errors.Count > 0;

    public long TotalContentBytes { get; set; }

    public bool IsMeMo => ReferenceEquals(Reader.NamespaceURI, MeMoNs);

    public string LocalName => Reader.LocalName;

    public void Push(string name, int index = 0)
    {
        if (_depth == _path.Length)
        {
            Array.Resize(ref _path, _depth * 2);
        }

        _path[_depth++] = (name, index);
    }

    public void Pop() => _depth--;

    /// <summary>
    /// The path as text, e.g. <c>/Message/MessageBody/MainDocument/File[1]/content</c>. Built in one
    /// allocation: it is needed for every file handed to the sink, not only for errors.
    /// </summary>
    public string CurrentPath()
    {
        if (_depth == 0)
        {
            return "/";
        }

        var length = 0;
        for (var i = 0; i < _depth; i++)
        {
            length += 1 + _path[i].Name.Length;
            if (_path[i].Index > 0)
            {
                length += 2 + CountDigits(_path[i].Index);
            }
        }

        return string.Create(length, (_path, _depth), static (span, state) =>
        {
            var (path, depth) = state;
            var at = 0;
            for (var i = 0; i < depth; i++)
            {
                span[at++] = '/';
                path[i].Name.CopyTo(span[at..]);
                at += path[i].Name.Length;
                if (path[i].Index > 0)
                {
                    span[at++] = '[';
                    path[i].Index.TryFormat(span[at..], out var written, default, CultureInfo.InvariantCulture);
                    at += written;
                    span[at++] = ']';
                }
            }
        });
    }

    private static int CountDigits(int value)
    {
        var digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }

    public void Error(string message) => AddError(CurrentPath(), message);

    /// <summary>An error about a child of the current element (typically: it is missing).</summary>
    public void ErrorAt(string child, string message) => AddError(CurrentPath() + "/" + child, message);

    public void Missing(string child) => ErrorAt(child, "required element is missing");

    private void AddError(string path, string message)
    {
        if (_errors.Count >= Options.MaxErrors)
        {
            Truncated = true;
            throw new MeMoReadAbortedException();
        }

        _errors.Add(new MeMoValidationError(path, message));
    }

    public void TrackContent(MeMoContent content) => _contents.Add(content);

    public void ReleaseContents()
    {
        foreach (var content in _contents)
        {
            content.Dispose();
        }

        _contents.Clear();
    }

    /// <summary>Steps into the current element; false when it is empty (then it is already consumed).</summary>
    public bool BeginChildren()
    {
        if (Reader.IsEmptyElement)
        {
            Reader.Read();
            return false;
        }

        Reader.Read();
        return true;
    }

    /// <summary>Moves to the next child element; false (end tag consumed) when there is none.</summary>
    public bool NextChild()
    {
        while (true)
        {
            switch (Reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    Reader.Read();
                    return false;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    Error("unexpected text in an element that holds elements");
                    Reader.Read();
                    break;
                case XmlNodeType.None:
                    throw new XmlException("Unexpected end of document.");
                default:
                    Reader.Read();
                    break;
            }
        }
    }

    /// <summary>Keeps the current element (a foreign block, or an unknown MeMo element) verbatim.</summary>
    public void Extension(ref List<MeMoExtensionElement>? extensions, int position)
    {
        if (IsMeMo && Options.UnknownMeMoElements == MeMoUnknownElementHandling.Reject)
        {
            ErrorAt(Reader.LocalName, "unknown MeMo element");
            Reader.Skip();
            return;
        }

        var element = ForeignElementReader.Read(Reader);
        (extensions ??= []).Add(new MeMoExtensionElement(position, element));
    }

    /// <summary>Reads the text of the current leaf element (consuming it); child elements are errors.</summary>
    public string ReadText()
    {
        if (Reader.IsEmptyElement)
        {
            Reader.Read();
            return string.Empty;
        }

        Reader.Read();
        var text = string.Empty;
        if (Reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
        {
            text = Reader.Value;
            Reader.Read();
        }

        while (Reader.NodeType != XmlNodeType.EndElement)
        {
            switch (Reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    text += Reader.Value;
                    Reader.Read();
                    break;
                case XmlNodeType.Element:
                    Error("must contain text only, found element " + Reader.Name);
                    Reader.Skip();
                    break;
                case XmlNodeType.None:
                    throw new XmlException("Unexpected end of document.");
                default:
                    Reader.Read();
                    break;
            }
        }

        Reader.Read();
        return text;
    }

    /// <summary>Reads a string leaf into <paramref name="field"/>, checking it is not repeated and not longer than <paramref name="maxLength"/>.</summary>
    public void ReadString(ref string? field, int maxLength)
    {
        Push(Reader.LocalName);
        var duplicate = field is not null;
        var text = ReadText();
        if (duplicate)
        {
            Error("appears more than once");
        }
        else
        {
            CheckLength(text, maxLength);
            field = text;
        }

        Pop();
    }

    public void CheckLength(string text, int maxLength)
    {
        // The schema's maxLength counts characters (code points), not UTF-16 units; only
        // count code points when the cheap length already exceeds the limit.
        if (text.Length > maxLength)
        {
            var codePoints = 0;
            foreach (var _ in text.EnumerateRunes())
            {
                codePoints++;
            }

            if (codePoints > maxLength)
            {
                Error($"longer than {maxLength} characters ({codePoints})");
            }
        }
    }

    public void ReadGuid(ref Guid? field)
    {
        Push(Reader.LocalName);
        var duplicate = field is not null;
        var text = ReadText().Trim();
        if (duplicate)
        {
            Error("appears more than once");
        }
        else if (Guid.TryParseExact(text, "D", out var value))
        {
            field = value;
        }
        else
        {
            Error($"'{Truncate(text)}' is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
            field = Guid.Empty;
        }

        Pop();
    }

    public void ReadBoolean(ref bool? field)
    {
        Push(Reader.LocalName);
        var duplicate = field is not null;
        var text = ReadText().Trim();
        if (duplicate)
        {
            Error("appears more than once");
        }
        else
        {
            switch (text)
            {
                case "true" or "1":
                    field = true;
                    break;
                case "false" or "0":
                    field = false;
                    break;
                default:
                    Error($"'{Truncate(text)}' is not a boolean (true, false, 1 or 0)");
                    field = false;
                    break;
            }
        }

        Pop();
    }

    public void ReadDateTime(ref DateTimeOffset? field)
    {
        Push(Reader.LocalName);
        var duplicate = field is not null;
        var text = ReadText().Trim();
        if (duplicate)
        {
            Error("appears more than once");
        }
        else if (TryParseUtcFast(text, out var fast))
        {
            field = fast;
        }
        else if (DateTimeOffset.TryParseExact(
            text,
            DateTimeFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var value))
        {
            field = value.ToUniversalTime();
        }
        else
        {
            Error($"'{Truncate(text)}' is not a dateTime with a time zone (e.g. 2025-09-30T12:00:00Z)");
            field = DateTimeOffset.MinValue;
        }

        Pop();
    }

    /// <summary>
    /// The form nearly every sender uses, <c>yyyy-MM-ddTHH:mm:ssZ</c>, parsed without the general
    /// format machinery (measurably cheaper per field); anything else takes the general path.
    /// </summary>
    private static bool TryParseUtcFast(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = text[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    public void ReadDate(ref DateOnly? field)
    {
        Push(Reader.LocalName);
        var duplicate = field is not null;
        var text = ReadText().Trim();
        if (duplicate)
        {
            Error("appears more than once");
        }
        else if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            field = value;
        }
        else
        {
            Error($"'{Truncate(text)}' is not a date (yyyy-MM-dd)");
            field = DateOnly.MinValue;
        }

        Pop();
    }

    public void Duplicate()
    {
        Push(Reader.LocalName);
        Error("appears more than once");
        Pop();
        Reader.Skip();
    }

    /// <summary>Error texts quote the offending value, cut short so a huge value cannot flood the error list.</summary>
    public static string Truncate(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 61), "...");
}
