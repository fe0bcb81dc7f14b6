using DigitalPost.Grains.Mailboxes;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// One recipient of a batch with what the registry and the mailbox profile say about it (read in
/// one query for the whole batch).
/// </summary>
internal sealed record MassSendRecipientRow(
    long Ordinal,
    string Recipient,
    Guid MessageUuid,
    byte[]? Memo,
    bool InRegistry,
    bool RegistryDeceased,
    short? RegistryResidence,
    string? RegistryName,
    string? RegistryStreet,
    string? RegistryPostcode,
    string? RegistryCity,
    MailboxState? Profile);
