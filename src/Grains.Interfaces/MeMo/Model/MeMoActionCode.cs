namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>MeMo <c>actionCode</c>: what an action button on a document does.</summary>
public enum MeMoActionCode
{
    /// <summary>AFTALE: an appointment; the platform offers it as a calendar file.</summary>
    Aftale = 1,

    /// <summary>SELVBETJENING: a self-service link.</summary>
    Selvbetjening = 2,

    /// <summary>BETALING: a payment link.</summary>
    Betaling = 3,

    /// <summary>INFORMATION: a link to more information.</summary>
    Information = 4,

    /// <summary>UNDERSKRIV: a signing link.</summary>
    Underskriv = 5,

    /// <summary>BEKRAEFT: a confirmation link.</summary>
    Bekraeft = 6,

    /// <summary>FORBEREDELSE: preparation for a meeting.</summary>
    Forberedelse = 7,

    /// <summary>TILMELDING: a sign-up link.</summary>
    Tilmelding = 8,
}
