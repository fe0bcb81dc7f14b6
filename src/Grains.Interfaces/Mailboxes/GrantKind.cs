namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>Why a person can open a mailbox that is not their own.</summary>
public enum GrantKind
{
    /// <summary>Delegation (fuldmagt) given by the owner.</summary>
    Delegate,
    /// <summary>Estate administrator of a deceased person, by the agency's decision.</summary>
    Estate,
    /// <summary>A person acting for a company (from the registry).</summary>
    Company,
}
