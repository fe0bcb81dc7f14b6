using System.Buffers;

namespace DigitalPost.Grains.Interfaces.MeMo;

internal sealed partial class MeMoXmlEmitter
{
    private void WriteBody(MeMoMessageBody b)
    {
        Start("MessageBody");
        var ch = new ChildCursor(b.Extensions);
        Leaf(ref ch, "createdDateTime", (DateTimeOffset?)b.CreatedDateTime);
        ch.Before(_w);
        WriteDocument(b.MainDocument, "MainDocument", "mainDocumentID");
        foreach (var d in b.AdditionalDocuments)
        {
            ch.Before(_w);
            WriteDocument(d, "AdditionalDocument", "additionalDocumentID");
        }

        foreach (var d in b.TechnicalDocuments)
        {
            ch.Before(_w);
            WriteDocument(d, "TechnicalDocument", "technicalDocumentID");
        }

        End(ref ch);
    }

    private void WriteDocument(MeMoDocument d, string name, string idName)
    {
        Start(name);
        var ch = new ChildCursor(d.Extensions);
        Leaf(ref ch, idName, d.DocumentId);
        Leaf(ref ch, "label", d.Label);
        foreach (var f in d.Files)
        {
            ch.Before(_w);
            WriteFile(f);
        }

        foreach (var a in d.Actions)
        {
            ch.Before(_w);
            WriteAction(a);
        }

        End(ref ch);
    }

    private void WriteFile(MeMoFile f)
    {
        Start("File");
        var ch = new ChildCursor(f.Extensions);
        Leaf(ref ch, "encodingFormat", f.EncodingFormat);
        Leaf(ref ch, "filename", f.Filename);
        Leaf(ref ch, "language", f.Language);
        ch.Before(_w);
        Start("content");
        WriteContent(f.Content);
        _w.WriteEndElement();
        End(ref ch);
    }

    /// <summary>Streams the bytes out as base64 in chunks; the whole file is never in memory as text.</summary>
    private void WriteContent(MeMoContent content)
    {
        if (content is InMemoryMeMoContent memory && System.Runtime.InteropServices.MemoryMarshal.TryGetArray(memory.Bytes, out var segment) && segment.Array is not null)
        {
            _w.WriteBase64(segment.Array, segment.Offset, segment.Count);
            return;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(_options.ContentChunkSize);
        try
        {
            using var input = content.OpenRead();
            int read;
            while ((read = input.ReadAtLeast(chunk.AsSpan(0, _options.ContentChunkSize), _options.ContentChunkSize, throwOnEndOfStream: false)) > 0)
            {
                _w.WriteBase64(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private void WriteAction(MeMoAction a)
    {
        Start("Action");
        var ch = new ChildCursor(a.Extensions);
        Leaf(ref ch, "label", a.Label);
        Leaf(ref ch, "actionCode", a.ActionCode.ToWire());
        Leaf(ref ch, "startDateTime", a.StartDateTime);
        Leaf(ref ch, "endDateTime", a.EndDateTime);
        if (a.Reservation is { } r)
        {
            ch.Before(_w);
            Start("Reservation");
            var rc = new ChildCursor(r.Extensions);
            Leaf(ref rc, "description", r.Description);
            Leaf(ref rc, "reservationUUID", r.ReservationUuid);
            Leaf(ref rc, "abstract", r.Abstract);
            Leaf(ref rc, "location", r.Location);
            Leaf(ref rc, "startDateTime", (DateTimeOffset?)r.StartDateTime);
            Leaf(ref rc, "endDateTime", (DateTimeOffset?)r.EndDateTime);
            Leaf(ref rc, "organizerMail", r.OrganizerMail);
            Leaf(ref rc, "organizerName", r.OrganizerName);
            End(ref rc);
        }

        if (a.EntryPoint is { } e)
        {
            ch.Before(_w);
            Start("EntryPoint");
            var ec = new ChildCursor(e.Extensions);
            Leaf(ref ec, "url", e.Url);
            End(ref ec);
        }

        End(ref ch);
    }
}
