using DigitalPost.Grains.Interfaces.AuthorityDirectory;

namespace DigitalPost.Grains.AuthorityDirectory;

public static partial class AuthorityCatalogue
{
    private static void AddState(List<Authority> list)
    {
        void Add(int number, string name, params ContactPoint[] points) =>
            list.Add(new Authority(Id(name), name, AuthorityKind.State, Cvr(200_000 + number), null, null, points));

        Add(1, "Skattestyrelsen",
            Point("Personlig skat", "Forskudsopgørelse, årsopgørelse og fradrag.", null, "Forskudsopgørelse", "Årsopgørelse", "Fradrag", "Skattekort"),
            Point("Erhverv", "Moms, A-skat og selskabsskat.", Raised(60, 40), "Moms", "A-skat og AM-bidrag", "Selskabsskat", "Registrering af virksomhed"),
            Point("Told", "Import, eksport og told.", null, "Import", "Eksport", "Punktafgifter"));
        Add(2, "Gældsstyrelsen",
            Point("Gæld til det offentlige", "Inddrivelse, afdrag og lønindeholdelse.", null, "Betalingsordning", "Lønindeholdelse", "Modregning", "Eftergivelse af gæld"));
        Add(3, "Vurderingsstyrelsen",
            Point("Ejendomsvurdering", "Ejendomsvurderinger og klager over dem.", Raised(60, 40), "Foreløbig vurdering", "Ny ejendomsvurdering", "Klage over vurdering"));
        Add(4, "Motorstyrelsen",
            Point("Biler og registrering", "Registrering, nummerplader og registreringsafgift.", null, "Registreringsafgift", "Nummerplader", "Ejerskifte", "Vægtafgift"));
        Add(5, "Udbetaling Danmark",
            Point("Familieydelser", "Børne- og ungeydelse, børnetilskud og barselsdagpenge.", null, "Børne- og ungeydelse", "Børnetilskud", "Barselsdagpenge", "Underholdsbidrag"),
            Point("Pension", "Folkepension, førtidspension og tillæg.", null, "Folkepension", "Førtidspension", "Ældrecheck", "Pension i udlandet"),
            Point("Boligstøtte", "Boligsikring og boligydelse.", null, "Boligsikring", "Boligydelse", "Indskudslån"),
            Point("International sygesikring", "Det blå EU-sygesikringskort.", null, "Det blå sygesikringskort", "Sygesikring ved udlandsophold"));
        Add(6, "Styrelsen for Arbejdsmarked og Rekruttering",
            Point("Borgerhenvendelser", "Spørgsmål om dagpenge og jobcenterets regler.", null, "Dagpenge og a-kasse", "Jobsøgning", "Seniorpension"));
        Add(7, "Færdselsstyrelsen",
            Point("Kørekort", "Køreprøver og kørekort.", null, "Køreprøve", "Fornyelse af kørekort", "Udenlandsk kørekort"),
            Point("Køretøjer", "Syn, godkendelse og ombygning af køretøjer.", null, "Syn", "Typegodkendelse", "Ombygning"));
        Add(8, "Politiet",
            Point("Borgerhenvendelser", "Generelle henvendelser til politiet.", Raised(60, 40), "Anmeldelse af tyveri", "Hittegods", "Færdselssager", "Våben og tilladelser", "Bøder"));
        Add(9, "Domstolsstyrelsen",
            Point("Domstolsstyrelsen", "Spørgsmål om domstolenes administration.", null, "Retsafgifter", "Aktindsigt", "Digitale løsninger"));
        Add(10, "Familieretshuset",
            Point("Familieret", "Forældremyndighed, bopæl, samvær og bidrag.", Raised(60, 40), "Forældremyndighed og bopæl", "Samvær", "Børnebidrag", "Separation og skilsmisse"));
        Add(11, "Uddannelses- og Forskningsstyrelsen",
            Point("SU", "Statens Uddannelsesstøtte.", null, "SU-lån", "Tilbagebetaling af SU", "Handicaptillæg", "SU til udlandsophold"));
        Add(12, "Styrelsen for International Rekruttering og Integration",
            Point("Opholds- og arbejdstilladelse", "Arbejde og studier i Danmark.", Raised(60, 40), "Arbejdstilladelse", "Studieophold", "Forlængelse"));
        Add(13, "Udlændingestyrelsen",
            Point("Ophold", "Familiesammenføring, asyl og permanent ophold.", Raised(60, 40), "Familiesammenføring", "Permanent ophold", "Asyl", "Visum"));
        Add(14, "Arbejdstilsynet",
            Point("Arbejdsmiljø", "Arbejdsmiljø og arbejdsskader.", null, "Arbejdsulykker", "Klage over arbejdsmiljø", "Påbud"));
        Add(15, "Erhvervsstyrelsen",
            Point("Virksomheder", "Registrering af virksomheder og regnskaber.", Raised(60, 40), "Registrering", "Årsrapport", "Ejerregister"));
        Add(16, "Sundhedsstyrelsen",
            Point("Sundhed", "Autorisationer og vaccinationer.", null, "Autorisation", "Vaccination", "Kørekortsattest"));
        Add(17, "Styrelsen for Patientsikkerhed",
            Point("Patientsikkerhed", "Klager over sundhedsvæsenet og tilsyn.", Raised(60, 40), "Klage over behandling", "Tilsyn", "Patientrettigheder"));
        Add(18, "Ankestyrelsen",
            Point("Klager", "Klager over afgørelser fra kommuner og Udbetaling Danmark.", Raised(60, 40), "Klage over kommunal afgørelse", "Klage over Udbetaling Danmark", "Arbejdsskadesager"));
        Add(19, "Digitaliseringsstyrelsen",
            Point("Digital Post og MitID", "Spørgsmål om Digital Post, borger.dk og MitID.", null, "Digital Post", "MitID", "borger.dk"));
        Add(20, "Datatilsynet",
            Point("Databeskyttelse", "Klager og spørgsmål om behandling af personoplysninger.", null, "Klage over behandling af personoplysninger", "Anmeldelse af brud"));
    }

    private static void AddCourts(List<Authority> list)
    {
        var number = 0;
        void Add(string name, params ContactPoint[] points) =>
            list.Add(new Authority(Id(name), name, AuthorityKind.Court, Cvr(300_000 + ++number), null, null, points));

        ContactPoint[] districtCourt =
        [
            Point("Straffesager", "Sager om overtrædelse af straffeloven.", Raised(60, 40), "Min straffesag", "Bødeforelæg", "Vidne"),
            Point("Civile sager", "Retssager mellem borgere og virksomheder.", Raised(60, 40), "Småsager", "Civil retssag", "Retsmægling"),
            Point("Skifteretten", "Dødsboer og separationsboer.", Raised(60, 40), "Dødsbo", "Bo efter separation eller skilsmisse", "Testamente"),
            Point("Fogedretten", "Udlæg, udsættelse og tvangsauktion.", Raised(60, 40), "Udlæg", "Udsættelse af lejer", "Tvangsauktion"),
            Point("Tinglysning og notarialforretninger", "Vielser, bekræftelser og notarforretninger.", null, "Notarforretning", "Borgerlig vielse"),
        ];
        foreach (var city in new[]
        {
            "Hjørring", "Aalborg", "Randers", "Aarhus", "Viborg", "Holstebro", "Herning", "Horsens", "Kolding", "Esbjerg",
            "Sønderborg", "Odense", "Svendborg", "Nykøbing Falster", "Næstved", "Roskilde", "Holbæk", "Glostrup", "Lyngby", "Hillerød", "Helsingør",
        })
        {
            Add("Retten i " + city, districtCourt);
        }

        Add("Retten på Frederiksberg", districtCourt);
        Add("Retten på Bornholm", districtCourt);
        Add("Københavns Byret", districtCourt);
        ContactPoint[] highCourt = [Point("Ankesager", "Anke af byrettens domme og kendelser.", Raised(60, 40), "Straffesag", "Civil sag", "Kære")];
        Add("Vestre Landsret", highCourt);
        Add("Østre Landsret", highCourt);
        Add("Højesteret", Point("Sager ved Højesteret", "Tredjeinstanssager og anke af landsrettens domme.", Raised(60, 40), "Anke", "Procesbevilling"));
        Add("Sø- og Handelsretten", Point("Erhvervssager", "Sager om erhvervsforhold, konkurrence og immaterielle rettigheder.", Raised(60, 40), "Erhvervssag", "Konkurs", "Varemærker og patenter"));
        Add("Tinglysningsretten", Point("Tinglysning", "Tinglysning af fast ejendom, biler og andelsboliger.", null, "Fast ejendom", "Bilbogen", "Andelsboliger"));
    }

    private static void AddOthers(List<Authority> list)
    {
        void Add(int number, string name, params ContactPoint[] points) =>
            list.Add(new Authority(Id(name), name, AuthorityKind.Other, Cvr(400_000 + number), null, null, points));

        Add(1, "ATP", Point("ATP Livslang Pension", "Pensionsopsparing og udbetaling.", null, "Udbetaling", "Efterladte", "Indbetalinger"));
        Add(2, "Folketingets Ombudsmand", Point("Klager", "Klager over offentlige myndigheder.", Raised(60, 40), "Klage over en myndighed", "Børnesager"));
        Add(3, "Rigsrevisionen", Point("Henvendelser", "Henvendelser om statens regnskaber.", null, "Henvendelse"));
        Add(4, "Nævnenes Hus", Point("Klagenævn", "Klager til nævnene.", Raised(60, 40), "Forbrugerklage", "Planklage", "Miljøklage"));
    }
}
