using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>A message delivered while seeding: the mailbox it lies in and its messageUUID.</summary>
public sealed record WorldMessage(MailboxId Mailbox, Guid MessageUuid, string Label);
