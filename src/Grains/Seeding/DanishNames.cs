namespace DigitalPost.Grains.Seeding;

/// <summary>Common Danish names and street names for synthetic people, most frequent first.</summary>
internal static class DanishNames
{
    public static readonly string[] Male =
    [
        "Peter", "Jens", "Michael", "Lars", "Henrik", "Thomas", "Søren", "Jan", "Christian", "Martin",
        "Niels", "Anders", "Morten", "Jesper", "Mads", "Rasmus", "Hans", "Per", "Jørgen", "Ole",
        "Mikkel", "Kim", "Frederik", "Torben", "Jakob", "Kristian", "Poul", "Steen", "Erik", "Lasse",
        "Bent", "Carsten", "Flemming", "Kasper", "Mathias", "Emil", "Jonas", "Oliver", "William", "Noah",
        "Lucas", "Victor", "Magnus", "Malthe", "Oscar", "Carl", "Alfred", "Aksel", "Elias", "Villads",
        "Bjørn", "Kåre", "Åge", "Brian", "Claus", "Dennis", "Finn", "Gunnar", "Knud", "Svend",
    ];

    public static readonly string[] Female =
    [
        "Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria", "Marianne",
        "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Tina", "Gitte", "Bente", "Jette", "Inge",
        "Karen", "Birgitte", "Lis", "Ida", "Emma", "Sofie", "Julie", "Laura", "Freja", "Clara",
        "Alma", "Ella", "Karla", "Agnes", "Olivia", "Ellen", "Frida", "Josefine", "Astrid", "Sara",
        "Cecilie", "Mathilde", "Christina", "Rikke", "Line", "Maja", "Signe", "Katrine", "Nanna", "Ditte",
        "Søs", "Åse", "Bodil", "Grethe", "Ruth", "Else", "Birthe", "Vibeke", "Dorthe", "Connie",
    ];

    public static readonly string[] Last =
    [
        "Nielsen", "Jensen", "Hansen", "Andersen", "Pedersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Jacobsen", "Mikkelsen",
        "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm",
        "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Mogensen",
        "Jespersen", "Nissen", "Lauridsen", "Frandsen", "Østergaard", "Jepsen", "Kjær", "Carlsen",
        "Vestergaard", "Jessen", "Nørgaard", "Dahl", "Christoffersen", "Skov", "Søndergaard", "Bertelsen",
        "Bruun", "Lassen", "Bach", "Gregersen", "Friis", "Johnsen", "Steffensen", "Kjeldsen",
        "Bech", "Krogh", "Lauritsen", "Danielsen", "Mathiesen", "Andresen", "Brandt", "Winther",
        "Toft", "Ravn", "Mathiasen", "Dam", "Holst", "Nilsson", "Lind", "Berg", "Schou", "Overgaard",
        "Kristoffersen", "Schultz", "Klausen", "Karlsen", "Paulsen", "Hermansen", "Thorsen", "Koch",
        "Thygesen", "Bak", "Kruse", "Bang", "Juhl", "Davidsen", "Berthelsen", "Nygaard", "Lorentzen",
        "Villadsen", "Lorenzen", "Damgaard", "Bjerre", "Hedegaard", "Ahmed", "Hussain", "Ali", "Khan",
    ];

    public static readonly string[] Streets =
    [
        "Vestergade", "Østergade", "Nørregade", "Søndergade", "Algade", "Storegade", "Torvegade", "Kirkevej",
        "Skolevej", "Stationsvej", "Møllevej", "Bakkevej", "Skovvej", "Engvej", "Strandvej", "Byvej",
        "Parkvej", "Solvej", "Birkevej", "Ahornvej", "Egevej", "Bøgevej", "Lindevej", "Rosenvej",
        "Kastanievej", "Fasanvej", "Vibevej", "Lærkevej", "Mågevej", "Granvej", "Poppelvej", "Elmevej",
        "Hyldevej", "Tjørnevej", "Åvej", "Åboulevarden", "Havnegade", "Jernbanegade", "Nygade", "Klostergade",
        "Bredgade", "Adelgade", "Kongensgade", "Dronningensgade", "Prinsensgade", "Ringvejen", "Industrivej",
        "Fabriksvej", "Marken", "Vænget", "Toften", "Agerhøj", "Højvangen", "Kløvervej", "Hvedevej",
        "Bygvænget", "Rugvej", "Havrevej", "Ved Stranden", "Sankt Annæ Gade", "Frederiksberg Allé",
        "H.C. Andersens Boulevard", "Jægersborg Allé", "Nørrebrogade", "Vesterbrogade", "Østerbrogade",
    ];

    public static readonly string[] Trades =
    [
        "Tømrer", "VVS", "El-service", "Consult", "Rengøring", "Maskinstation", "Bageri", "Revision",
        "Advokatfirma", "Tandlægeklinik", "Frisør", "Byg", "Transport", "Ejendomme", "Holding", "IT",
        "Design", "Malerfirma", "Auto", "Gartneri", "Landbrug", "Murer", "Blomster", "Fysioterapi",
        "Regnskab", "Handel", "Smed", "Kloak", "Vognmand", "Arkitekter",
    ];

    public static readonly string[] CompanyForms = ["ApS", "ApS", "ApS", "A/S", "I/S", "IVS", ""];
}
