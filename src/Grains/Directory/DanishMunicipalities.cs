using System.Globalization;

namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>
/// The 98 municipalities and 5 regions of Denmark (codes, names and postcodes are public facts;
/// the populations are rounded to the thousand and only weight the seeder's addresses).
/// </summary>
public static class DanishMunicipalities
{
    // code|short name|authority name|region|population (thousands)|postcode city;postcode city...
    private static readonly string[] Rows =
    [
        "101|København|Københavns Kommune|1084|650|1050 København K;1620 København V;2100 København Ø;2200 København N;2300 København S;2400 København NV;2450 København SV;2500 Valby;2700 Brønshøj;2720 Vanløse",
        "147|Frederiksberg|Frederiksberg Kommune|1084|105|2000 Frederiksberg",
        "151|Ballerup|Ballerup Kommune|1084|49|2750 Ballerup",
        "153|Brøndby|Brøndby Kommune|1084|35|2605 Brøndby",
        "155|Dragør|Dragør Kommune|1084|14|2791 Dragør",
        "157|Gentofte|Gentofte Kommune|1084|75|2820 Gentofte;2900 Hellerup",
        "159|Gladsaxe|Gladsaxe Kommune|1084|70|2860 Søborg;2880 Bagsværd",
        "161|Glostrup|Glostrup Kommune|1084|24|2600 Glostrup",
        "163|Herlev|Herlev Kommune|1084|30|2730 Herlev",
        "165|Albertslund|Albertslund Kommune|1084|27|2620 Albertslund",
        "167|Hvidovre|Hvidovre Kommune|1084|54|2650 Hvidovre",
        "169|Høje-Taastrup|Høje-Taastrup Kommune|1084|52|2630 Taastrup",
        "173|Lyngby-Taarbæk|Lyngby-Taarbæk Kommune|1084|56|2800 Kongens Lyngby",
        "175|Rødovre|Rødovre Kommune|1084|41|2610 Rødovre",
        "183|Ishøj|Ishøj Kommune|1084|24|2635 Ishøj",
        "185|Tårnby|Tårnby Kommune|1084|43|2770 Kastrup",
        "187|Vallensbæk|Vallensbæk Kommune|1084|17|2625 Vallensbæk",
        "190|Furesø|Furesø Kommune|1084|41|3520 Farum;3500 Værløse",
        "201|Allerød|Allerød Kommune|1084|26|3450 Allerød",
        "210|Fredensborg|Fredensborg Kommune|1084|41|3480 Fredensborg;2990 Nivå",
        "217|Helsingør|Helsingør Kommune|1084|63|3000 Helsingør",
        "219|Hillerød|Hillerød Kommune|1084|52|3400 Hillerød",
        "223|Hørsholm|Hørsholm Kommune|1084|25|2970 Hørsholm",
        "230|Rudersdal|Rudersdal Kommune|1084|57|2840 Holte;3460 Birkerød",
        "240|Egedal|Egedal Kommune|1084|44|3660 Stenløse;2765 Smørum",
        "250|Frederikssund|Frederikssund Kommune|1084|46|3600 Frederikssund",
        "253|Greve|Greve Kommune|1085|51|2670 Greve",
        "259|Køge|Køge Kommune|1085|61|4600 Køge",
        "260|Halsnæs|Halsnæs Kommune|1084|31|3300 Frederiksværk",
        "265|Roskilde|Roskilde Kommune|1085|90|4000 Roskilde",
        "269|Solrød|Solrød Kommune|1085|23|2680 Solrød Strand",
        "270|Gribskov|Gribskov Kommune|1084|41|3200 Helsinge",
        "306|Odsherred|Odsherred Kommune|1085|33|4500 Nykøbing Sj",
        "316|Holbæk|Holbæk Kommune|1085|72|4300 Holbæk",
        "320|Faxe|Faxe Kommune|1085|37|4640 Faxe",
        "326|Kalundborg|Kalundborg Kommune|1085|49|4400 Kalundborg",
        "329|Ringsted|Ringsted Kommune|1085|36|4100 Ringsted",
        "330|Slagelse|Slagelse Kommune|1085|80|4200 Slagelse",
        "336|Stevns|Stevns Kommune|1085|23|4660 Store Heddinge",
        "340|Sorø|Sorø Kommune|1085|30|4180 Sorø",
        "350|Lejre|Lejre Kommune|1085|28|4320 Lejre",
        "360|Lolland|Lolland Kommune|1085|40|4930 Maribo;4900 Nakskov",
        "370|Næstved|Næstved Kommune|1085|83|4700 Næstved",
        "376|Guldborgsund|Guldborgsund Kommune|1085|60|4800 Nykøbing F",
        "390|Vordingborg|Vordingborg Kommune|1085|46|4760 Vordingborg",
        "400|Bornholm|Bornholms Regionskommune|1084|39|3700 Rønne",
        "410|Middelfart|Middelfart Kommune|1083|39|5500 Middelfart",
        "420|Assens|Assens Kommune|1083|41|5610 Assens",
        "430|Faaborg-Midtfyn|Faaborg-Midtfyn Kommune|1083|51|5600 Faaborg;5750 Ringe",
        "440|Kerteminde|Kerteminde Kommune|1083|24|5300 Kerteminde",
        "450|Nyborg|Nyborg Kommune|1083|32|5800 Nyborg",
        "461|Odense|Odense Kommune|1083|205|5000 Odense C;5200 Odense V;5230 Odense M",
        "479|Svendborg|Svendborg Kommune|1083|59|5700 Svendborg",
        "480|Nordfyn|Nordfyns Kommune|1083|29|5400 Bogense",
        "482|Langeland|Langeland Kommune|1083|12|5900 Rudkøbing",
        "492|Ærø|Ærø Kommune|1083|6|5970 Ærøskøbing",
        "510|Haderslev|Haderslev Kommune|1083|55|6100 Haderslev",
        "530|Billund|Billund Kommune|1083|27|7190 Billund",
        "540|Sønderborg|Sønderborg Kommune|1083|74|6400 Sønderborg",
        "550|Tønder|Tønder Kommune|1083|37|6270 Tønder",
        "561|Esbjerg|Esbjerg Kommune|1083|115|6700 Esbjerg",
        "563|Fanø|Fanø Kommune|1083|4|6720 Fanø",
        "573|Varde|Varde Kommune|1083|50|6800 Varde",
        "575|Vejen|Vejen Kommune|1083|43|6600 Vejen",
        "580|Aabenraa|Aabenraa Kommune|1083|59|6200 Aabenraa",
        "607|Fredericia|Fredericia Kommune|1083|52|7000 Fredericia",
        "615|Horsens|Horsens Kommune|1082|95|8700 Horsens",
        "621|Kolding|Kolding Kommune|1083|95|6000 Kolding",
        "630|Vejle|Vejle Kommune|1083|120|7100 Vejle",
        "657|Herning|Herning Kommune|1082|90|7400 Herning",
        "661|Holstebro|Holstebro Kommune|1082|59|7500 Holstebro",
        "665|Lemvig|Lemvig Kommune|1082|19|7620 Lemvig",
        "671|Struer|Struer Kommune|1082|21|7600 Struer",
        "706|Syddjurs|Syddjurs Kommune|1082|43|8400 Ebeltoft",
        "707|Norddjurs|Norddjurs Kommune|1082|37|8500 Grenaa",
        "710|Favrskov|Favrskov Kommune|1082|49|8450 Hammel",
        "727|Odder|Odder Kommune|1082|23|8300 Odder",
        "730|Randers|Randers Kommune|1082|98|8900 Randers C",
        "740|Silkeborg|Silkeborg Kommune|1082|95|8600 Silkeborg",
        "741|Samsø|Samsø Kommune|1082|4|8305 Samsø",
        "746|Skanderborg|Skanderborg Kommune|1082|63|8660 Skanderborg",
        "751|Aarhus|Aarhus Kommune|1082|360|8000 Aarhus C;8200 Aarhus N;8210 Aarhus V;8240 Risskov;8260 Viby J",
        "756|Ikast-Brande|Ikast-Brande Kommune|1082|41|7430 Ikast;7330 Brande",
        "760|Ringkøbing-Skjern|Ringkøbing-Skjern Kommune|1082|56|6950 Ringkøbing;6900 Skjern",
        "766|Hedensted|Hedensted Kommune|1082|47|8722 Hedensted",
        "773|Morsø|Morsø Kommune|1081|20|7900 Nykøbing M",
        "779|Skive|Skive Kommune|1082|46|7800 Skive",
        "787|Thisted|Thisted Kommune|1081|43|7700 Thisted",
        "791|Viborg|Viborg Kommune|1082|97|8800 Viborg",
        "810|Brønderslev|Brønderslev Kommune|1081|36|9700 Brønderslev",
        "813|Frederikshavn|Frederikshavn Kommune|1081|59|9900 Frederikshavn",
        "820|Vesthimmerland|Vesthimmerlands Kommune|1081|36|9600 Aars",
        "825|Læsø|Læsø Kommune|1081|2|9940 Læsø",
        "840|Rebild|Rebild Kommune|1081|31|9520 Skørping",
        "846|Mariagerfjord|Mariagerfjord Kommune|1081|42|9500 Hobro",
        "849|Jammerbugt|Jammerbugt Kommune|1081|38|9440 Aabybro",
        "851|Aalborg|Aalborg Kommune|1081|220|9000 Aalborg;9200 Aalborg SV;9220 Aalborg Øst",
        "860|Hjørring|Hjørring Kommune|1081|64|9800 Hjørring",
    ];

    /// <summary>The 5 regions, by code.</summary>
    public static IReadOnlyList<Region> Regions { get; } =
    [
        new(1081, "Region Nordjylland"),
        new(1082, "Region Midtjylland"),
        new(1083, "Region Syddanmark"),
        new(1084, "Region Hovedstaden"),
        new(1085, "Region Sjælland"),
    ];

    /// <summary>The 98 municipalities, by code.</summary>
    public static IReadOnlyList<Municipality> All { get; } = Rows.Select(Parse).ToArray();

    private static Municipality Parse(string row)
    {
        var parts = row.Split('|');
        var districts = parts[5].Split(';').Select(d => new PostalDistrict(d[..4], d[5..])).ToArray();
        return new Municipality(
            int.Parse(parts[0], CultureInfo.InvariantCulture),
            parts[1],
            parts[2],
            int.Parse(parts[3], CultureInfo.InvariantCulture),
            int.Parse(parts[4], CultureInfo.InvariantCulture) * 1000,
            districts);
    }
}
