namespace DigitalPost.Grains.Interfaces.MeMo;

internal static partial class MeMoElementReader
{
    private static MeMoMessageBody ReadBody(MeMoReadContext c)
    {
        c.Push("MessageBody");
        DateTimeOffset? created = null;
        MeMoDocument? main = null;
        List<MeMoDocument>? additional = null, technical = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "createdDateTime":
                        c.ReadDateTime(ref created);
                        break;
                    case "MainDocument" when main is null:
                        main = ReadDocument(c, "MainDocument", "mainDocumentID", 0, actionsAllowed: true);
                        break;
                    case "MainDocument":
                        c.Duplicate();
                        break;
                    case "AdditionalDocument":
                        additional ??= [];
                        additional.Add(ReadDocument(c, "AdditionalDocument", "additionalDocumentID", additional.Count + 1, actionsAllowed: true));
                        break;
                    case "TechnicalDocument":
                        technical ??= [];
                        technical.Add(ReadDocument(c, "TechnicalDocument", "technicalDocumentID", technical.Count + 1, actionsAllowed: false));
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        if (created is null)
        {
            c.Missing("createdDateTime");
        }

        if (main is null)
        {
            c.Missing("MainDocument");
        }

        c.Pop();
        return new MeMoMessageBody
        {
            CreatedDateTime = created ?? DateTimeOffset.MinValue,
            MainDocument = main ?? Placeholders.Document,
            AdditionalDocuments = MeMoList.Own(additional),
            TechnicalDocuments = MeMoList.Own(technical),
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoDocument ReadDocument(MeMoReadContext c, string element, string idName, int index, bool actionsAllowed)
    {
        c.Push(element, index);
        var max = c.Options.MaxTextLength;
        string? id = null, label = null;
        List<MeMoFile>? files = null;
        List<MeMoAction>? actions = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                var name = c.IsMeMo ? c.LocalName : null;
                if (name == idName)
                {
                    c.ReadString(ref id, max);
                }
                else if (name == "label")
                {
                    c.ReadString(ref label, max);
                }
                else if (name == "File")
                {
                    files ??= [];
                    files.Add(ReadFile(c, files.Count + 1));
                }
                else if (name == "Action" && actionsAllowed)
                {
                    actions ??= [];
                    actions.Add(ReadAction(c, actions.Count + 1));
                }
                else
                {
                    c.Extension(ref extensions, position);
                }

                position++;
            }
        }

        if (files is null)
        {
            c.ErrorAt("File", "required element is missing (a document needs at least one File)");
        }

        c.Pop();
        return new MeMoDocument
        {
            DocumentId = id,
            Label = label,
            Files = MeMoList.Own(files),
            Actions = MeMoList.Own(actions),
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoFile ReadFile(MeMoReadContext c, int index)
    {
        c.Push("File", index);
        var o = c.Options;
        string? format = null, filename = null, language = null;
        MeMoContent? content = null;
        var contentSeen = false;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "encodingFormat":
                        c.ReadString(ref format, o.MaxTextLength);
                        break;
                    case "filename":
                        c.ReadString(ref filename, o.MaxTextLength);
                        break;
                    case "language":
                        c.ReadString(ref language, o.MaxLanguageLength);
                        break;
                    case "content" when !contentSeen:
                        contentSeen = true;
                        content = ReadContent(c, format, filename);
                        break;
                    case "content":
                        c.Duplicate();
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        RequireAll(c, (format, "encodingFormat"), (filename, "filename"), (language, "language"));
        if (!contentSeen)
        {
            c.Missing("content");
        }

        c.Pop();
        return new MeMoFile
        {
            EncodingFormat = format ?? string.Empty,
            Filename = filename ?? string.Empty,
            Language = language ?? string.Empty,
            Content = content ?? Placeholders.Content,
            Extensions = MeMoList.Own(extensions),
        };
    }

    /// <summary>
    /// Hands the content element to the sink as a decoding stream. Limits: per file and for the
    /// whole message; a file over either is reported, its partial bytes released, and the rest of
    /// its base64 skipped so the remaining elements are still validated.
    /// </summary>
    private static MeMoContent? ReadContent(MeMoReadContext c, string? format, string? filename)
    {
        c.Push("content");
        var o = c.Options;
        var remainingTotal = Math.Max(0, o.MaxTotalContentBytes - c.TotalContentBytes);
        var limit = Math.Min(o.MaxContentBytesPerFile, remainingTotal);
        var stream = new Base64ContentStream(c, limit);
        MeMoContent? content = null;
        try
        {
            content = c.Sink.Receive(new MeMoContentContext(c.CurrentPath(), format, filename), stream);
            stream.Drain();
            c.TrackContent(content);
            c.TotalContentBytes += content.Length;
        }
        catch (MeMoContentLimitException)
        {
            content?.Dispose();
            content = null;
            stream.Drain();
            c.Error(limit < o.MaxContentBytesPerFile
                ? $"the message's files together are larger than {o.MaxTotalContentBytes} bytes"
                : $"larger than {o.MaxContentBytesPerFile} bytes");
        }

        c.Pop();
        return content;
    }

    private static MeMoAction ReadAction(MeMoReadContext c, int index)
    {
        c.Push("Action", index);
        var max = c.Options.MaxTextLength;
        string? label = null, code = null;
        DateTimeOffset? start = null, end = null;
        MeMoReservation? reservation = null;
        MeMoEntryPoint? entryPoint = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "label":
                        c.ReadString(ref label, max);
                        break;
                    case "actionCode":
                        c.ReadString(ref code, max);
                        break;
                    case "startDateTime":
                        c.ReadDateTime(ref start);
                        break;
                    case "endDateTime":
                        c.ReadDateTime(ref end);
                        break;
                    case "Reservation" when reservation is null && entryPoint is null:
                        reservation = ReadReservation(c);
                        break;
                    case "EntryPoint" when reservation is null && entryPoint is null:
                        entryPoint = ReadEntryPoint(c);
                        break;
                    case "Reservation" or "EntryPoint":
                        c.Push(c.LocalName);
                        c.Error("an Action has either one Reservation or one EntryPoint");
                        c.Pop();
                        c.Reader.Skip();
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        RequireAll(c, (label, "label"));
        var actionCode = MeMoActionCode.Information;
        if (code is null)
        {
            c.Missing("actionCode");
        }
        else if (!MeMoCodes.TryParseActionCode(code.Trim(), out actionCode))
        {
            c.ErrorAt("actionCode", $"'{MeMoReadContext.Truncate(code)}' is not an action code (AFTALE, SELVBETJENING, BETALING, INFORMATION, UNDERSKRIV, BEKRAEFT, FORBEREDELSE, TILMELDING)");
        }

        c.Pop();
        return new MeMoAction
        {
            Label = label ?? string.Empty,
            ActionCode = actionCode,
            StartDateTime = start,
            EndDateTime = end,
            Reservation = reservation,
            EntryPoint = entryPoint,
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoReservation ReadReservation(MeMoReadContext c)
    {
        c.Push("Reservation");
        var max = c.Options.MaxTextLength;
        string? description = null, @abstract = null, location = null, organizerMail = null, organizerName = null;
        Guid? uuid = null;
        DateTimeOffset? start = null, end = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "description":
                        c.ReadString(ref description, max);
                        break;
                    case "reservationUUID":
                        c.ReadGuid(ref uuid);
                        break;
                    case "abstract":
                        c.ReadString(ref @abstract, max);
                        break;
                    case "location":
                        c.ReadString(ref location, max);
                        break;
                    case "startDateTime":
                        c.ReadDateTime(ref start);
                        break;
                    case "endDateTime":
                        c.ReadDateTime(ref end);
                        break;
                    case "organizerMail":
                        c.ReadString(ref organizerMail, max);
                        break;
                    case "organizerName":
                        c.ReadString(ref organizerName, max);
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        RequireAll(
            c,
            (description, "description"),
            (uuid is null ? null : string.Empty, "reservationUUID"),
            (@abstract, "abstract"),
            (location, "location"),
            (start is null ? null : string.Empty, "startDateTime"),
            (end is null ? null : string.Empty, "endDateTime"));
        if (start is { } s && end is { } e && e < s)
        {
            c.ErrorAt("endDateTime", "is before startDateTime");
        }

        c.Pop();
        return new MeMoReservation
        {
            Description = description ?? string.Empty,
            ReservationUuid = uuid ?? Guid.Empty,
            Abstract = @abstract ?? string.Empty,
            Location = location ?? string.Empty,
            StartDateTime = start ?? DateTimeOffset.MinValue,
            EndDateTime = end ?? DateTimeOffset.MinValue,
            OrganizerMail = organizerMail,
            OrganizerName = organizerName,
            Extensions = MeMoList.Own(extensions),
        };
    }
}
