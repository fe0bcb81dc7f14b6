using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>
/// A fresh citizen mailbox and the people around it: the owner (living in Aarhus), a read delegate, a read-and-write
/// delegate, a replyable letter from the world's authority, a deleted letter, a user folder and a letter held for a later
/// date. An operation that changes state gets a scene of its own for each role allowed to do it.
/// </summary>
public sealed record MatrixScene(
    WorldCitizen Owner,
    WorldCitizen Read,
    WorldCitizen ReadWrite,
    DelegationGrant ReadGrant,
    DelegationGrant ReadWriteGrant,
    WorldMessage Letter,
    WorldMessage DeletedLetter,
    string FolderId,
    Guid HeldMessageUuid);
