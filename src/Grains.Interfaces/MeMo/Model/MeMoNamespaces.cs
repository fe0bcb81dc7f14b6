namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>The MeMo namespace and the foreign vocabularies MeMo messages embed.</summary>
public static class MeMoNamespaces
{
    public const string MeMo = "https://DigitalPost.dk/MeMo-1";
    public const string MeMoPrefix = "memo";

    /// <summary>Prefixes the writer declares on the root when a model carries no declarations of its own.</summary>
    public static IReadOnlyList<MeMoNamespaceDeclaration> WellKnown { get; } =
    [
        new("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        new("gln", "https://www.gs1.dk/gs1-standarder/identifikation/gln-global-location-number/"),
        new("udd", "https://www.dst.dk/da/TilSalg/Forskningsservice/Dokumentation/hoejkvalitetsvariable/elevregister-2/udd#"),
        new("pnum", "https://indberet.virk.dk/myndigheder/stat/ERST/P-enhedsloesningen"),
        new("form", "http://www.form-online.dk/"),
        new("kle", "http://kle-online.dk/"),
        new("dmv", "https://motorregister.skat.dk/"),
        new("grd", "https://data.gov.dk/model/core/"),
        new("sor", "https://services.nsi.dk/en/Services/SOR"),
    ];
}
