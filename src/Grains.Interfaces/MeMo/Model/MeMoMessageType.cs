namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>MeMo <c>messageType</c>.</summary>
public enum MeMoMessageType
{
    /// <summary>DIGITALPOST: a letter with a body.</summary>
    DigitalPost = 1,

    /// <summary>NEMSMS: a text message; the SMS text is the header's <c>notification</c>.</summary>
    NemSms = 2,
}
