namespace DigitalPost.Grains.Interfaces.MeMo;

internal static partial class MeMoElementReader
{
    private static MeMoMessageHeader ReadHeader(MeMoReadContext c)
    {
        c.Push("MessageHeader");
        var o = c.Options;
        string? messageType = null, messageId = null, messageCode = null, label = null, notification = null;
        string? additionalNotification = null, postType = null;
        Guid? uuid = null;
        bool? reply = null, mandatory = null, legal = null;
        DateTimeOffset? replyBy = null;
        DateOnly? doNotDeliverUntil = null;
        MeMoSender? sender = null;
        MeMoRecipient? recipient = null;
        MeMoContentData? contentData = null;
        MeMoForwardData? forwardData = null;
        List<MeMoReplyData>? replyData = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                if (!c.IsMeMo)
                {
                    c.Extension(ref extensions, position++);
                    continue;
                }

                switch (c.LocalName)
                {
                    case "messageType":
                        c.ReadString(ref messageType, int.MaxValue);
                        break;
                    case "messageUUID":
                        c.ReadGuid(ref uuid);
                        break;
                    case "messageID":
                        c.ReadString(ref messageId, o.MaxTextLength);
                        break;
                    case "messageCode":
                        c.ReadString(ref messageCode, o.MaxTextLength);
                        break;
                    case "label":
                        c.ReadString(ref label, o.MaxLabelLength);
                        break;
                    case "notification":
                        // The limit depends on messageType, which may come later: checked below.
                        c.ReadString(ref notification, int.MaxValue);
                        break;
                    case "additionalNotification":
                        c.ReadString(ref additionalNotification, o.MaxAdditionalNotificationLength);
                        break;
                    case "reply":
                        c.ReadBoolean(ref reply);
                        break;
                    case "replyByDateTime":
                        c.ReadDateTime(ref replyBy);
                        break;
                    case "doNotDeliverUntilDate":
                        c.ReadDate(ref doNotDeliverUntil);
                        break;
                    case "mandatory":
                        c.ReadBoolean(ref mandatory);
                        break;
                    case "legalNotification":
                        c.ReadBoolean(ref legal);
                        break;
                    case "postType":
                        c.ReadString(ref postType, o.MaxTextLength);
                        break;
                    case "Sender" when sender is null:
                        sender = ReadSender(c);
                        break;
                    case "Recipient" when recipient is null:
                        recipient = ReadRecipient(c);
                        break;
                    case "ContentData" when contentData is null:
                        contentData = ReadContentData(c);
                        break;
                    case "ForwardData" when forwardData is null:
                        forwardData = ReadForwardData(c);
                        break;
                    case "Sender" or "Recipient" or "ContentData" or "ForwardData":
                        c.Duplicate();
                        break;
                    case "ReplyData":
                        (replyData ??= []).Add(ReadReplyData(c, replyData.Count + 1));
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        var type = MeMoMessageType.DigitalPost;
        if (messageType is null)
        {
            c.Missing("messageType");
        }
        else if (!MeMoCodes.TryParseMessageType(messageType.Trim(), out type))
        {
            c.ErrorAt("messageType", $"'{MeMoReadContext.Truncate(messageType)}' is not a message type (DIGITALPOST or NEMSMS)");
        }

        if (uuid is null)
        {
            c.Missing("messageUUID");
        }

        if (label is null)
        {
            c.Missing("label");
        }

        if (type == MeMoMessageType.NemSms)
        {
            if (notification is null)
            {
                c.ErrorAt("notification", "required element is missing (it is the text of a NEMSMS message)");
            }
            else
            {
                CheckLengthAt(c, "notification", notification, o.MaxNemSmsTextLength, "NemSMS text ");
            }
        }
        else if (notification is not null)
        {
            CheckLengthAt(c, "notification", notification, o.MaxNotificationLength, string.Empty);
        }

        if (sender is null)
        {
            c.Missing("Sender");
        }

        if (recipient is null)
        {
            c.Missing("Recipient");
        }

        c.Pop();
        return new MeMoMessageHeader
        {
            MessageType = type,
            MessageUuid = uuid ?? Guid.Empty,
            MessageId = messageId,
            MessageCode = messageCode,
            Label = label ?? string.Empty,
            Notification = notification,
            AdditionalNotification = additionalNotification,
            Reply = reply,
            ReplyByDateTime = replyBy,
            DoNotDeliverUntilDate = doNotDeliverUntil,

            // Lenient: real senders omit these; the schema requires them. Omitted = false.
            Mandatory = mandatory ?? false,
            LegalNotification = legal ?? false,
            PostType = postType,
            Sender = sender ?? Placeholders.Sender,
            Recipient = recipient ?? Placeholders.Recipient,
            ContentData = contentData,
            ForwardData = forwardData,
            ReplyData = MeMoList.Own(replyData),
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static void CheckLengthAt(MeMoReadContext c, string child, string text, int max, string what)
    {
        c.Push(child);
        if (text.Length > max && text.EnumerateRunes().Count() > max)
        {
            c.Error($"{what}longer than {max} characters ({text.EnumerateRunes().Count()})");
        }

        c.Pop();
    }
}
