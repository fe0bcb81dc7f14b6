namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>The wire spellings of the MeMo enumerations.</summary>
public static class MeMoCodes
{
    public static string ToWire(this MeMoMessageType type) => type switch
    {
        MeMoMessageType.DigitalPost => "DIGITALPOST",
        MeMoMessageType.NemSms => "NEMSMS",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown MeMo message type."),
    };

    public static bool TryParseMessageType(string wire, out MeMoMessageType type)
    {
        switch (wire)
        {
            case "DIGITALPOST":
                type = MeMoMessageType.DigitalPost;
                return true;
            case "NEMSMS":
                type = MeMoMessageType.NemSms;
                return true;
            default:
                type = default;
                return false;
        }
    }

    public static string ToWire(this MeMoActionCode code) => code switch
    {
        MeMoActionCode.Aftale => "AFTALE",
        MeMoActionCode.Selvbetjening => "SELVBETJENING",
        MeMoActionCode.Betaling => "BETALING",
        MeMoActionCode.Information => "INFORMATION",
        MeMoActionCode.Underskriv => "UNDERSKRIV",
        MeMoActionCode.Bekraeft => "BEKRAEFT",
        MeMoActionCode.Forberedelse => "FORBEREDELSE",
        MeMoActionCode.Tilmelding => "TILMELDING",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown MeMo action code."),
    };

    public static bool TryParseActionCode(string wire, out MeMoActionCode code)
    {
        code = wire switch
        {
            "AFTALE" => MeMoActionCode.Aftale,
            "SELVBETJENING" => MeMoActionCode.Selvbetjening,
            "BETALING" => MeMoActionCode.Betaling,
            "INFORMATION" => MeMoActionCode.Information,
            "UNDERSKRIV" => MeMoActionCode.Underskriv,
            "BEKRAEFT" => MeMoActionCode.Bekraeft,
            "FORBEREDELSE" => MeMoActionCode.Forberedelse,
            "TILMELDING" => MeMoActionCode.Tilmelding,
            _ => default,
        };
        return code != default;
    }
}
