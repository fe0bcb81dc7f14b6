namespace DigitalPost.Grains.Interfaces.MeMo;

internal static partial class MeMoElementReader
{
    private static MeMoSender ReadSender(MeMoReadContext c)
    {
        c.Push("Sender");
        var max = c.Options.MaxTextLength;
        string? id = null, idType = null, idTypeLabel = null, label = null;
        MeMoAttentionData? attention = null;
        MeMoContactPoint? contactPoint = null;
        MeMoRepresentative? representative = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "senderID":
                        c.ReadString(ref id, max);
                        break;
                    case "idType":
                        c.ReadString(ref idType, max);
                        break;
                    case "idTypeLabel":
                        c.ReadString(ref idTypeLabel, max);
                        break;
                    case "label":
                        c.ReadString(ref label, max);
                        break;
                    case "AttentionData" when attention is null:
                        attention = ReadAttentionData(c);
                        break;
                    case "ContactPoint" when contactPoint is null:
                        contactPoint = ReadContactPoint(c);
                        break;
                    case "Representative" when representative is null:
                        representative = ReadRepresentative(c);
                        break;
                    case "AttentionData" or "ContactPoint" or "Representative":
                        c.Duplicate();
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        RequireAll(c, (id, "senderID"), (idType, "idType"), (label, "label"));
        c.Pop();
        return new MeMoSender
        {
            SenderId = id ?? string.Empty,
            IdType = idType ?? string.Empty,
            IdTypeLabel = idTypeLabel,
            Label = label ?? string.Empty,
            AttentionData = attention,
            ContactPoint = contactPoint,
            Representative = representative,
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoRecipient ReadRecipient(MeMoReadContext c)
    {
        c.Push("Recipient");
        var max = c.Options.MaxTextLength;
        string? id = null, idType = null, idTypeLabel = null, label = null;
        MeMoAttentionData? attention = null;
        MeMoContactPoint? contactPoint = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "recipientID":
                        c.ReadString(ref id, max);
                        break;
                    case "idType":
                        c.ReadString(ref idType, max);
                        break;
                    case "idTypeLabel":
                        c.ReadString(ref idTypeLabel, max);
                        break;
                    case "label":
                        c.ReadString(ref label, max);
                        break;
                    case "AttentionData" when attention is null:
                        attention = ReadAttentionData(c);
                        break;
                    case "ContactPoint" when contactPoint is null:
                        contactPoint = ReadContactPoint(c);
                        break;
                    case "AttentionData" or "ContactPoint":
                        c.Duplicate();
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        RequireAll(c, (id, "recipientID"), (idType, "idType"));
        c.Pop();
        return new MeMoRecipient
        {
            RecipientId = id ?? string.Empty,
            IdType = idType ?? string.Empty,
            IdTypeLabel = idTypeLabel,
            Label = label,
            AttentionData = attention,
            ContactPoint = contactPoint,
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoRepresentative ReadRepresentative(MeMoReadContext c)
    {
        c.Push("Representative");
        var max = c.Options.MaxTextLength;
        string? id = null, idType = null, idTypeLabel = null, label = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "representativeID":
                        c.ReadString(ref id, max);
                        break;
                    case "idType":
                        c.ReadString(ref idType, max);
                        break;
                    case "idTypeLabel":
                        c.ReadString(ref idTypeLabel, max);
                        break;
                    case "label":
                        c.ReadString(ref label, max);
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        RequireAll(c, (id, "representativeID"), (idType, "idType"));
        c.Pop();
        return new MeMoRepresentative
        {
            RepresentativeId = id ?? string.Empty,
            IdType = idType ?? string.Empty,
            IdTypeLabel = idTypeLabel,
            Label = label,
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoAttentionData ReadAttentionData(MeMoReadContext c)
    {
        c.Push("AttentionData");
        MeMoAttentionPerson? person = null;
        MeMoEmail? email = null;
        MeMoTelephone? telephone = null;
        MeMoContentResponsible? responsible = null;
        MeMoGeneratingSystem? system = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "AttentionPerson" when person is null:
                        person = ReadAttentionPerson(c);
                        break;
                    case "EMail" when email is null:
                        email = ReadEmail(c);
                        break;
                    case "Telephone" when telephone is null:
                        telephone = ReadTelephone(c);
                        break;
                    case "ContentResponsible" when responsible is null:
                        responsible = ReadContentResponsible(c);
                        break;
                    case "GeneratingSystem" when system is null:
                        system = ReadGeneratingSystem(c);
                        break;
                    case "AttentionPerson" or "EMail" or "Telephone" or "ContentResponsible" or "GeneratingSystem":
                        c.Duplicate();
                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        c.Pop();
        return new MeMoAttentionData
        {
            AttentionPerson = person,
            Email = email,
            Telephone = telephone,
            ContentResponsible = responsible,
            GeneratingSystem = system,
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static MeMoAttentionPerson ReadAttentionPerson(MeMoReadContext c)
    {
        var (first, second, extensions) = ReadPair(c, "AttentionPerson", "personID", "label");
        return new MeMoAttentionPerson { PersonId = first, Label = second, Extensions = extensions };
    }

    private static MeMoEmail ReadEmail(MeMoReadContext c)
    {
        var (first, second, extensions) = ReadPair(c, "EMail", "emailAddress", "relatedAgent", firstRequired: true);
        return new MeMoEmail { EmailAddress = first ?? string.Empty, RelatedAgent = second, Extensions = extensions };
    }

    private static MeMoTelephone ReadTelephone(MeMoReadContext c)
    {
        var (first, second, extensions) = ReadPair(c, "Telephone", "telephoneNumber", "relatedAgent", firstRequired: true);
        return new MeMoTelephone { TelephoneNumber = first ?? string.Empty, RelatedAgent = second, Extensions = extensions };
    }

    private static MeMoContentResponsible ReadContentResponsible(MeMoReadContext c)
    {
        var (first, second, extensions) = ReadPair(c, "ContentResponsible", "contentResponsibleID", "label");
        return new MeMoContentResponsible { ContentResponsibleId = first, Label = second, Extensions = extensions };
    }

    private static MeMoGeneratingSystem ReadGeneratingSystem(MeMoReadContext c)
    {
        var (first, second, extensions) = ReadPair(c, "GeneratingSystem", "generatingSystemID", "label", firstRequired: true);
        return new MeMoGeneratingSystem { GeneratingSystemId = first ?? string.Empty, Label = second, Extensions = extensions };
    }

    private static MeMoContactInfo ReadContactInfo(MeMoReadContext c, int index)
    {
        var (first, second, extensions) = ReadPair(c, "ContactInfo", "label", "value", firstRequired: true, secondRequired: true, index);
        return new MeMoContactInfo { Label = first ?? string.Empty, Value = second ?? string.Empty, Extensions = extensions };
    }

    private static MeMoAdditionalReplyData ReadAdditionalReplyData(MeMoReadContext c, int index)
    {
        var (first, second, extensions) = ReadPair(c, "AdditionalReplyData", "label", "value", firstRequired: true, secondRequired: true, index);
        return new MeMoAdditionalReplyData { Label = first ?? string.Empty, Value = second ?? string.Empty, Extensions = extensions };
    }

    private static MeMoCaseId ReadCaseId(MeMoReadContext c)
    {
        var (first, second, extensions) = ReadPair(c, "CaseID", "caseID", "caseSystem", firstRequired: true, secondRequired: true);
        return new MeMoCaseId { CaseId = first ?? string.Empty, CaseSystem = second ?? string.Empty, Extensions = extensions };
    }

    private static MeMoEntryPoint ReadEntryPoint(MeMoReadContext c)
    {
        var (first, _, extensions) = ReadPair(c, "EntryPoint", "url", secondName: null, firstRequired: true);
        return new MeMoEntryPoint { Url = first ?? string.Empty, Extensions = extensions };
    }

    /// <summary>The many MeMo elements made of (at most) two string leaves.</summary>
    private static (string? First, string? Second, MeMoList<MeMoExtensionElement> Extensions) ReadPair(
        MeMoReadContext c,
        string element,
        string firstName,
        string? secondName,
        bool firstRequired = false,
        bool secondRequired = false,
        int index = 0)
    {
        c.Push(element, index);
        var max = c.Options.MaxTextLength;
        string? first = null, second = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                var name = c.IsMeMo ? c.LocalName : null;
                if (name == firstName)
                {
                    c.ReadString(ref first, max);
                }
                else if (name is not null && name == secondName)
                {
                    c.ReadString(ref second, max);
                }
                else
                {
                    c.Extension(ref extensions, position);
                }

                position++;
            }
        }

        if (firstRequired && first is null)
        {
            c.Missing(firstName);
        }

        if (secondRequired && second is null)
        {
            c.Missing(secondName!);
        }

        c.Pop();
        return (first, second, MeMoList.Own(extensions));
    }

    private static MeMoContactPoint ReadContactPoint(MeMoReadContext c)
    {
        c.Push("ContactPoint");
        var max = c.Options.MaxTextLength;
        string? group = null, id = null, label = null;
        List<MeMoContactInfo>? infos = null;
        List<MeMoExtensionElement>? extensions = null;
        var position = 0;
        if (c.BeginChildren())
        {
            while (c.NextChild())
            {
                switch (c.IsMeMo ? c.LocalName : null)
                {
                    case "contactGroup":
                        c.ReadString(ref group, max);
                        break;
                    case "contactPointID":
                        c.ReadString(ref id, max);
                        break;
                    case "label":
                        c.ReadString(ref label, max);
                        break;
                    case "ContactInfo":
                        infos ??= [];
                        infos.Add(ReadContactInfo(c, infos.Count + 1));
                        if (infos.Count == c.Options.MaxContactInfo + 1)
                        {
                            c.Error($"more than {c.Options.MaxContactInfo} ContactInfo elements");
                        }

                        break;
                    default:
                        c.Extension(ref extensions, position);
                        break;
                }

                position++;
            }
        }

        RequireAll(c, (id, "contactPointID"));
        c.Pop();
        return new MeMoContactPoint
        {
            ContactGroup = group,
            ContactPointId = id ?? string.Empty,
            Label = label,
            ContactInfo = MeMoList.Own(infos),
            Extensions = MeMoList.Own(extensions),
        };
    }

    private static void RequireAll(MeMoReadContext c, params ReadOnlySpan<(string? Value, string Name)> required)
    {
        foreach (var (value, name) in required)
        {
            if (value is null)
            {
                c.Missing(name);
            }
        }
    }
}
