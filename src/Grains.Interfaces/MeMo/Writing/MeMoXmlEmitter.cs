using System.Globalization;
using System.Xml;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>One write of one message: the element methods in schema order.</summary>
internal sealed partial class MeMoXmlEmitter
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private readonly XmlWriter _w;
    private readonly MeMoWriterOptions _options;
    private string _prefix = MeMoNamespaces.MeMoPrefix;

    public MeMoXmlEmitter(XmlWriter writer, MeMoWriterOptions options)
    {
        _w = writer;
        _options = options;
    }

    public void WriteMessage(MeMoMessage m)
    {
        IReadOnlyList<MeMoNamespaceDeclaration> declarations = m.Namespaces.Count > 0
            ? m.Namespaces
            : [new MeMoNamespaceDeclaration(MeMoNamespaces.MeMoPrefix, MeMoNamespaces.MeMo), .. MeMoNamespaces.WellKnown];
        var memo = declarations.FirstOrDefault(d => d.Uri == MeMoNamespaces.MeMo);
        _prefix = memo?.Prefix ?? MeMoNamespaces.MeMoPrefix;

        _w.WriteStartElement(_prefix, "Message", MeMoNamespaces.MeMo);
        foreach (var d in declarations)
        {
            if (d.Prefix.Length == 0)
            {
                _w.WriteAttributeString("xmlns", d.Uri);
            }
            else
            {
                _w.WriteAttributeString("xmlns", d.Prefix, XmlnsNamespace, d.Uri);
            }
        }

        _w.WriteAttributeString("memoVersion", m.MemoVersion);
        if (m.MemoSchVersion is not null)
        {
            _w.WriteAttributeString("memoSchVersion", m.MemoSchVersion);
        }

        var ch = new ChildCursor(m.Extensions);
        ch.Before(_w);
        WriteHeader(m.Header);
        if (m.Body is not null)
        {
            ch.Before(_w);
            WriteBody(m.Body);
        }

        ch.End(_w);
        _w.WriteEndElement();
    }

    private void WriteHeader(MeMoMessageHeader h)
    {
        Start("MessageHeader");
        var ch = new ChildCursor(h.Extensions);
        Leaf(ref ch, "messageType", h.MessageType.ToWire());
        Leaf(ref ch, "messageUUID", h.MessageUuid);
        Leaf(ref ch, "messageID", h.MessageId);
        Leaf(ref ch, "messageCode", h.MessageCode);
        Leaf(ref ch, "label", h.Label);
        Leaf(ref ch, "notification", h.Notification);
        Leaf(ref ch, "additionalNotification", h.AdditionalNotification);
        Leaf(ref ch, "reply", h.Reply);
        Leaf(ref ch, "replyByDateTime", h.ReplyByDateTime);
        if (h.DoNotDeliverUntilDate is { } date)
        {
            Leaf(ref ch, "doNotDeliverUntilDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        // Required by the schema, so always written even though the reader tolerates their absence.
        Leaf(ref ch, "mandatory", h.Mandatory);
        Leaf(ref ch, "legalNotification", h.LegalNotification);
        Leaf(ref ch, "postType", h.PostType);
        ch.Before(_w);
        WriteSender(h.Sender);
        ch.Before(_w);
        WriteRecipient(h.Recipient);
        if (h.ContentData is not null)
        {
            ch.Before(_w);
            WriteContentData(h.ContentData);
        }

        if (h.ForwardData is not null)
        {
            ch.Before(_w);
            WriteForwardData(h.ForwardData);
        }

        foreach (var reply in h.ReplyData)
        {
            ch.Before(_w);
            WriteReplyData(reply);
        }

        End(ref ch);
    }

    private void WriteSender(MeMoSender s)
    {
        Start("Sender");
        var ch = new ChildCursor(s.Extensions);
        Leaf(ref ch, "senderID", s.SenderId);
        Leaf(ref ch, "idType", s.IdType);
        Leaf(ref ch, "idTypeLabel", s.IdTypeLabel);
        Leaf(ref ch, "label", s.Label);
        if (s.AttentionData is not null)
        {
            ch.Before(_w);
            WriteAttentionData(s.AttentionData);
        }

        if (s.ContactPoint is not null)
        {
            ch.Before(_w);
            WriteContactPoint(s.ContactPoint);
        }

        if (s.Representative is { } r)
        {
            ch.Before(_w);
            Start("Representative");
            var rc = new ChildCursor(r.Extensions);
            Leaf(ref rc, "representativeID", r.RepresentativeId);
            Leaf(ref rc, "idType", r.IdType);
            Leaf(ref rc, "idTypeLabel", r.IdTypeLabel);
            Leaf(ref rc, "label", r.Label);
            End(ref rc);
        }

        End(ref ch);
    }

    private void WriteRecipient(MeMoRecipient r)
    {
        Start("Recipient");
        var ch = new ChildCursor(r.Extensions);
        Leaf(ref ch, "recipientID", r.RecipientId);
        Leaf(ref ch, "idType", r.IdType);
        Leaf(ref ch, "idTypeLabel", r.IdTypeLabel);
        Leaf(ref ch, "label", r.Label);
        if (r.AttentionData is not null)
        {
            ch.Before(_w);
            WriteAttentionData(r.AttentionData);
        }

        if (r.ContactPoint is not null)
        {
            ch.Before(_w);
            WriteContactPoint(r.ContactPoint);
        }

        End(ref ch);
    }

    private void WriteAttentionData(MeMoAttentionData a)
    {
        Start("AttentionData");
        var ch = new ChildCursor(a.Extensions);
        Pair(ref ch, "AttentionPerson", a.AttentionPerson, "personID", a.AttentionPerson?.PersonId, "label", a.AttentionPerson?.Label);
        Pair(ref ch, "EMail", a.Email, "emailAddress", a.Email?.EmailAddress, "relatedAgent", a.Email?.RelatedAgent);
        Pair(ref ch, "Telephone", a.Telephone, "telephoneNumber", a.Telephone?.TelephoneNumber, "relatedAgent", a.Telephone?.RelatedAgent);
        Pair(ref ch, "ContentResponsible", a.ContentResponsible, "contentResponsibleID", a.ContentResponsible?.ContentResponsibleId, "label", a.ContentResponsible?.Label);
        Pair(ref ch, "GeneratingSystem", a.GeneratingSystem, "generatingSystemID", a.GeneratingSystem?.GeneratingSystemId, "label", a.GeneratingSystem?.Label);
        End(ref ch);
    }

    private void WriteContactPoint(MeMoContactPoint p)
    {
        Start("ContactPoint");
        var ch = new ChildCursor(p.Extensions);
        Leaf(ref ch, "contactGroup", p.ContactGroup);
        Leaf(ref ch, "contactPointID", p.ContactPointId);
        Leaf(ref ch, "label", p.Label);
        foreach (var info in p.ContactInfo)
        {
            Pair(ref ch, "ContactInfo", info, "label", info.Label, "value", info.Value);
        }

        End(ref ch);
    }

    private void WriteContentData(MeMoContentData d)
    {
        Start("ContentData");
        var ch = new ChildCursor(d.Extensions);
        Pair(ref ch, "CaseID", d.CaseId, "caseID", d.CaseId?.CaseId, "caseSystem", d.CaseId?.CaseSystem);
        foreach (var a in d.AdditionalContentData)
        {
            ch.Before(_w);
            Start("AdditionalContentData");
            var ac = new ChildCursor(a.Extensions);
            Leaf(ref ac, "contentDataType", a.ContentDataType);
            Leaf(ref ac, "contentDataName", a.ContentDataName);
            Leaf(ref ac, "contentDataValue", a.ContentDataValue);
            End(ref ac);
        }

        End(ref ch);
    }

    private void WriteForwardData(MeMoForwardData f)
    {
        Start("ForwardData");
        var ch = new ChildCursor(f.Extensions);
        Leaf(ref ch, "messageUUID", f.MessageUuid);
        Leaf(ref ch, "originalMessageDateTime", (DateTimeOffset?)f.OriginalMessageDateTime);
        Leaf(ref ch, "originalSender", f.OriginalSender);
        Leaf(ref ch, "originalContentResponsible", f.OriginalContentResponsible);
        Leaf(ref ch, "originalRepresentative", f.OriginalRepresentative);
        Leaf(ref ch, "contactPointID", f.ContactPointId);
        Leaf(ref ch, "comment", f.Comment);
        End(ref ch);
    }

    private void WriteReplyData(MeMoReplyData r)
    {
        Start("ReplyData");
        var ch = new ChildCursor(r.Extensions);
        Leaf(ref ch, "messageID", r.MessageId);
        Leaf(ref ch, "messageUUID", r.MessageUuid);
        if (r.ReplyUuid is { } replyUuid)
        {
            Leaf(ref ch, "replyUUID", replyUuid);
        }

        Leaf(ref ch, "senderID", r.SenderId);
        Leaf(ref ch, "recipientID", r.RecipientId);
        Leaf(ref ch, "caseID", r.CaseId);
        Leaf(ref ch, "contactPointID", r.ContactPointId);
        Leaf(ref ch, "generatingSystemID", r.GeneratingSystemId);
        Leaf(ref ch, "comment", r.Comment);
        foreach (var a in r.AdditionalReplyData)
        {
            Pair(ref ch, "AdditionalReplyData", a, "label", a.Label, "value", a.Value);
        }

        End(ref ch);
    }

    private void Start(string name) => _w.WriteStartElement(_prefix, name, MeMoNamespaces.MeMo);

    private void End(ref ChildCursor ch)
    {
        ch.End(_w);
        _w.WriteEndElement();
    }

    /// <summary>An element of (at most) two string leaves, with its own extensions.</summary>
    private void Pair(ref ChildCursor ch, string name, MeMoElement? element, string firstName, string? first, string secondName, string? second)
    {
        if (element is null)
        {
            return;
        }

        ch.Before(_w);
        Start(name);
        var inner = new ChildCursor(element.Extensions);
        Leaf(ref inner, firstName, first);
        Leaf(ref inner, secondName, second);
        End(ref inner);
    }

    private void Leaf(ref ChildCursor ch, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        ch.Before(_w);
        _w.WriteStartElement(_prefix, name, MeMoNamespaces.MeMo);
        _w.WriteString(value);
        _w.WriteEndElement();
    }

    private void Leaf(ref ChildCursor ch, string name, Guid value) => Leaf(ref ch, name, value.ToString("D"));

    private void Leaf(ref ChildCursor ch, string name, bool? value)
    {
        if (value is { } v)
        {
            Leaf(ref ch, name, v ? "true" : "false");
        }
    }

    private void Leaf(ref ChildCursor ch, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            Leaf(ref ch, name, FormatDateTime(v));
        }
    }

    internal static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
