namespace DigitalPost.Grains.Interfaces.AuthorityDirectory;

/// <summary>The kind of public sender, as "Choose authority" groups them.</summary>
public enum AuthorityKind
{
    /// <summary>A state authority (styrelse, agency).</summary>
    State = 0,

    /// <summary>One of the 5 regions.</summary>
    Region = 1,

    /// <summary>One of the 98 municipalities.</summary>
    Municipality = 2,

    /// <summary>A court: district courts, the high courts, the Supreme Court and the special courts.</summary>
    Court = 3,

    /// <summary>Other public senders.</summary>
    Other = 4,
}
