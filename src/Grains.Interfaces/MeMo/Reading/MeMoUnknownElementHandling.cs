namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>How the reader treats a MeMo-namespace element it has no field for.</summary>
public enum MeMoUnknownElementHandling
{
    /// <summary>Keep it verbatim as an extension (forward compatible with newer schema minor versions).</summary>
    Keep = 0,

    /// <summary>Report it as a validation error.</summary>
    Reject = 1,
}
