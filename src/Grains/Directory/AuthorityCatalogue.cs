using System.Globalization;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>
/// The built-in directory: state authorities, the 5 regions, the 98 municipalities, the courts
/// and other public senders, with their contact points and categories. Names and municipality
/// and region codes are real; CVR numbers are synthetic (10xxxxxx, stable per authority) because
/// this directory stands in for the real one.
/// </summary>
public static partial class AuthorityCatalogue
{
    private const int CvrBase = 10_000_000;

    /// <summary>Every authority of the catalogue.</summary>
    /// <remarks>Built on first use, after every static contact-point template of the partial class is initialised.</remarks>
    public static IReadOnlyList<Authority> All => Catalogue.Value;

    private static readonly Lazy<Authority[]> Catalogue = new(Build);

    private static Authority[] Build()
    {
        var list = new List<Authority>();
        foreach (var region in DanishMunicipalities.Regions)
        {
            list.Add(new Authority(Id(region.Name), region.Name, AuthorityKind.Region, Cvr(100_000 + region.Code), null, region.Code, RegionContactPoints));
        }

        foreach (var municipality in DanishMunicipalities.All)
        {
            list.Add(new Authority(Id(municipality.AuthorityName), municipality.AuthorityName, AuthorityKind.Municipality, Cvr(municipality.Code * 10), municipality.Code, municipality.RegionCode, MunicipalityContactPoints));
        }

        AddState(list);
        AddCourts(list);
        AddOthers(list);
        return [.. list];
    }

    /// <summary>The directory id of a name: folded (æ → ae, ø → oe, å → aa), words joined by dashes.</summary>
    public static AuthorityId Id(string name) => AuthorityId.Parse(AuthorityNameFolding.Folded(name).Replace(' ', '-'));

    private static Cvr Cvr(int number) => Interfaces.Identity.Cvr.Parse((CvrBase + number).ToString(CultureInfo.InvariantCulture));

    private static ContactPoint Point(string name, string description, AttachmentLimits? limits, params string[] categories) =>
        new(Slug(name), name, description, limits ?? AttachmentLimits.Default, categories.Select(c => new ContactPointCategory(Slug(c), c)).ToArray());

    private static string Slug(string name) => AuthorityNameFolding.Folded(name).Replace(' ', '-');

    private static AttachmentLimits Raised(int citizenMegabytes, int businessMegabytes) =>
        new(citizenMegabytes * AttachmentLimits.Megabyte, businessMegabytes * AttachmentLimits.Megabyte);

    private static readonly ContactPoint[] MunicipalityContactPoints =
    [
        Point("Borgerservice", "Pas, kørekort, sundhedskort, flytning og folkeregister.", null,
            "Pas", "Kørekort", "Sundhedskort og lægevalg", "Flytning og adresse", "Folkeregister", "Digital Post og fritagelse"),
        Point("Skat og ejendom", "Ejendomsskat, grundskyld og ejendomsoplysninger.", null,
            "Ejendomsskat og grundskyld", "Ejendomsoplysninger", "Lån til betaling af ejendomsskat"),
        Point("Børn og familie", "Dagtilbud, skole og familierådgivning.", null,
            "Pladsanvisning og dagtilbud", "Skole og SFO", "Familierådgivning", "Tandpleje for børn og unge", "Specialundervisning"),
        Point("Job og ydelser", "Jobcenter, kontanthjælp, sygedagpenge og fleksjob.", null,
            "Jobcenter", "Kontanthjælp og uddannelseshjælp", "Sygedagpenge", "Fleksjob og ressourceforløb", "Førtidspension"),
        Point("Ældre og sundhed", "Hjemmehjælp, hjælpemidler, plejebolig og genoptræning.", null,
            "Hjemmehjælp", "Hjælpemidler", "Plejebolig", "Genoptræning", "Madservice"),
        Point("Byggeri, miljø og affald", "Byggesager, miljø, affald og veje.", Raised(60, 40),
            "Byggetilladelse", "Miljø og natur", "Affald og genbrug", "Veje og parkering", "Lokalplaner"),
    ];

    private static readonly ContactPoint[] RegionContactPoints =
    [
        Point("Patientkontoret", "Patientvejledning, frit sygehusvalg og klager.", null,
            "Frit og udvidet sygehusvalg", "Patientvejledning", "Klager og erstatning", "Befordring til behandling"),
        Point("Sundhed og behandling", "Spørgsmål om behandling på regionens hospitaler.", Raised(60, 40),
            "Ventetid og henvisning", "Journaloplysninger", "Tilskud til behandling"),
        Point("Regional udvikling", "Kollektiv trafik, uddannelse og jordforurening.", null,
            "Jordforurening", "Kollektiv trafik", "Uddannelse og kultur"),
    ];
}
