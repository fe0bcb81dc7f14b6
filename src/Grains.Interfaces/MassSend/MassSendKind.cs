namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>How the letters of a mass send are given.</summary>
public enum MassSendKind
{
    /// <summary>One MeMo template for everyone; its Recipient is set per recipient.</summary>
    Template,
    /// <summary>A MeMo per recipient.</summary>
    Personalised,
}
