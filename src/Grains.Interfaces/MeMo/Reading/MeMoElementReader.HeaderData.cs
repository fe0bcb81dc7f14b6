namespace DigitalPost.Grains.Interfaces.MeMo;

internal static partial class MeMoElementReader
{
    private static MeMoContentData ReadContentData(MeMoReadContext c)
    {
        c.Push("ContentData");
        MeMoCaseId? caseId = null;
        List<MeMoAdditionalContentData>? additional = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "CaseID" when caseId is null:
                        caseId = ReadCaseId(c);
                        break;
                    case "CaseID":
                        c.Duplicate();
                        break;
                    case "AdditionalContentData":
                        additional ??= [];
                        additional.Add(ReadAdditionalContentData(c, additional.Count + 1));
                        if (additional.Count == c.Options.MaxAdditionalContentData + 1)
                        {
                            c.Error($"more than {c.Options.MaxAdditionalContentData} AdditionalContentData elements");
                        }

                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        c.Pop();
        return new MeMoContentData
        {
            CaseId = caseId,
            AdditionalContentData = MeMoList.Own(additional),
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoAdditionalContentData ReadAdditionalContentData(MeMoReadContext c, int index)
    {
        c.Push("AdditionalContentData", index);
        var max = c.Options.MaxTextLength;
        string? type = null, name = null, value = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "contentDataType":
                        c.ReadString(ref type, max);
                        break;
                    case "contentDataName":
                        c.ReadString(ref name, max);
                        break;
                    case "contentDataValue":
                        c.ReadString(ref value, max);
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        RequireAll(c, (name, "contentDataName"), (value, "contentDataValue"));
        c.Pop();
        return new MeMoAdditionalContentData
        {
            ContentDataType = type,
            ContentDataName = name ?? string.Empty,
            ContentDataValue = value ?? string.Empty,
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoForwardData ReadForwardData(MeMoReadContext c)
    {
        c.Push("ForwardData");
        var max = c.Options.MaxTextLength;
        Guid? uuid = null;
        DateTimeOffset? original = null;
        string? sender = null, responsible = null, representative = null, contactPoint = null, comment = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "messageUUID":
                        c.ReadGuid(ref uuid);
                        break;
                    case "originalMessageDateTime":
                        c.ReadDateTime(ref original);
                        break;
                    case "originalSender":
                        c.ReadString(ref sender, max);
                        break;
                    case "originalContentResponsible":
                        c.ReadString(ref responsible, max);
                        break;
                    case "originalRepresentative":
                        c.ReadString(ref representative, max);
                        break;
                    case "contactPointID":
                        c.ReadString(ref contactPoint, max);
                        break;
                    case "comment":
                        c.ReadString(ref comment, c.Options.MaxCommentLength);
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        RequireAll(c, (uuid is null ? null : string.Empty, "messageUUID"), (original is null ? null : string.Empty, "originalMessageDateTime"), (sender, "originalSender"));
        c.Pop();
        return new MeMoForwardData
        {
            MessageUuid = uuid ?? Guid.Empty,
            OriginalMessageDateTime = original ?? DateTimeOffset.MinValue,
            OriginalSender = sender ?? string.Empty,
            OriginalContentResponsible = responsible,
            OriginalRepresentative = representative,
            ContactPointId = contactPoint,
            Comment = comment,
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoReplyData ReadReplyData(MeMoReadContext c, int index)
    {
        c.Push("ReplyData", index);
        var max = c.Options.MaxTextLength;
        Guid? uuid = null, replyUuid = null;
        string? messageId = null, senderId = null, recipientId = null, caseId = null, contactPoint = null, system = null, comment = null;
        List<MeMoAdditionalReplyData>? additional = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "messageID":
                        c.ReadString(ref messageId, max);
                        break;
                    case "messageUUID":
                        c.ReadGuid(ref uuid);
                        break;
                    case "replyUUID":
                        c.ReadGuid(ref replyUuid);
                        break;
                    case "senderID":
                        c.ReadString(ref senderId, max);
                        break;
                    case "recipientID":
                        c.ReadString(ref recipientId, max);
                        break;
                    case "caseID":
                        c.ReadString(ref caseId, max);
                        break;
                    case "contactPointID":
                        c.ReadString(ref contactPoint, max);
                        break;
                    case "generatingSystemID":
                        c.ReadString(ref system, max);
                        break;
                    case "comment":
                        c.ReadString(ref comment, c.Options.MaxCommentLength);
                        break;
                    case "AdditionalReplyData":
                        additional ??= [];
                        additional.Add(ReadAdditionalReplyData(c, additional.Count + 1));
                        if (additional.Count == c.Options.MaxAdditionalReplyData + 1)
                        {
                            c.Error($"more than {c.Options.MaxAdditionalReplyData} AdditionalReplyData elements");
                        }

                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        if (uuid is null)
        {
            c.Missing("messageUUID");
        }

        c.Pop();
        return new MeMoReplyData
        {
            MessageId = messageId,
            MessageUuid = uuid ?? Guid.Empty,
            ReplyUuid = replyUuid,
            SenderId = senderId,
            RecipientId = recipientId,
            CaseId = caseId,
            ContactPointId = contactPoint,
            GeneratingSystemId = system,
            Comment = comment,
            AdditionalReplyData = MeMoList.Own(additional),
            Extensions = MeMoList.Own(extensions),
        };
    }
}
