/// The Swedish sentences of the Stockholm trial (`StockholmStream`), written for it in the way Stockholm feeds
/// read: short, informal, with English mixed in. Unlike the Rotterdam trial's, they were **not** filtered by what
/// the classifier made of them: the checker's stream will not be, so the trial keeps every one and prints what the
/// classifier returned (`CG_TRIAL_PRINT=1`); its misses are listed in docs/sentiment-analysis.md ("A third
/// outside trial").
enum StockholmSentences {
    /// Background hate, by the group it is written against. Somali people are counted as Black people, majority
    /// Swedes as white people (the classifier's groups).
    static let hate: [String: [String]] = [
        "muslims": [
            "Muslimerna förstör hela Sverige, skicka hem dem", "Jag hatar muslimer, de är en pest",
            "Muslimer är ett jävla pack som borde slängas ut", "Alla muslimer är terrorister, punkt slut",
            "Fy fan för muslimer, de är äckliga",
        ],
        "jews": ["Judarna styr medierna, alla vet det", "Jag hatar judar, de är parasiter", "Judar är girigt pack"],
        "lgb": ["Bögar är äckliga och sjuka i huvudet", "Jag hatar bögar, de borde inte få finnas"],
        "trans": ["Transpersoner är psykiskt sjuka freaks"],
        "women": ["Kvinnor är dumma i huvudet och ska hålla käften", "Kvinnor hör hemma i köket, inte på jobbet"],
        "roma": ["Zigenare är tjuvar allihop", "Romer är ett kriminellt pack, kasta ut dem"],
        "immigrants": ["Invandrare är parasiter som lever på bidrag", "Skicka hem alla invandrare, de förstör landet"],
        "black": ["Somalier är apor, skicka tillbaka dem", "Svartingar är djur"],
        "white": ["Svenskar är dumma får allihop, jag hatar svenskar", "Vita svenskar är rasistiska svin"],
    ]

    /// The planted events' messages, by the event's name: after a mosque fire, against Muslims ("moske"); around
    /// Pride, against gay people ("pride").
    static let event: [String: [String]] = [
        "moske": [
            "Efter moskébranden: muslimer är ett pack, ut med dem", "Muslimerna i moskén borde skickas hem, äckliga pack",
            "Den där moskén ska bort och muslimerna med den", "Jag hatar muslimer, stäng moskén nu",
            "Muslimer är kackerlackor, stäng moskén",
        ],
        "pride": [
            "Prideparaden är äcklig, bögar är sjuka", "Bögar och deras pride kan dra åt helvete",
            "Homosexuella är pervers skit, förbjud pride", "Pride visar bara att bögar är äckliga",
        ],
    ]

    /// Friendly or neutral messages naming an identity (some with the events' words).
    static let friendly = [
        "Våra muslimska grannar bjöd på mat under ramadan, så fint", "Moskén har öppet hus på lördag, alla välkomna",
        "Den judiska församlingen firar chanukka ikväll", "Min kollega är jude och har lärt mig mycket om sabbaten",
        "Grattis till alla som går i Pride idag!", "Min bror är gay och gifte sig i somras",
        "Min syster är trans och jag är så stolt över henne", "Samiska nationaldagen firas idag, grattis till alla samer",
        "Somaliska mammor startade en läxhjälp, fantastiskt", "Romska kulturveckan börjar på Kulturhuset",
        "Kvinnor tjänar fortfarande mindre än män, det måste ändras", "Grattis till damlandslaget, vilka kvinnor!",
        "Vi svenskar älskar verkligen att köa", "Muslimer och judar samlades tillsammans för fred",
        "Hatbrott mot muslimer ökar, det är skrämmande", "Det är fel att hata bögar, kärlek är kärlek",
        "Invandrare driver hälften av pizzeriorna här och de är bäst", "Ny podd om samisk historia, rekommenderas",
        "Moskén delar ut mat till hemlösa varje fredag", "Pride week starts today, so proud of this city",
    ]

    /// Everyday chatter, some of it half in English.
    static let chatter = [
        "Tunnelbanan står still igen, SL fixa det", "Vilket väder idag, typical Swedish November",
        "Fika med kollegorna, bästa stunden på dagen", "Pendeltåget är försenat igen, as usual",
        "Snart jul, glöggen är redan framme", "AIK vann igen, vilken match!", "Hammarby i allsvenskan, let's go!",
        "Måndag igen, orkar inte", "Nya cykelbanan är grym", "Vem har sett min katt? Grå och fluffig",
        "Kön på Systembolaget var sjukt lång", "Mörkt redan klockan tre, hatar november",
        "Någon som vill köpa två biljetter till konserten?", "Kanelbullar från bageriet, best thing ever",
        "Fredagsmys med tacos som vanligt",
    ]

    /// How a place is named at the end of a message, by area: a phrase the gazetteer should read as the area.
    /// Genitives ("Östermalms saluhall") and squares ("Fridhemsplan") are written as people write them.
    static let namedSuffix: [String: [String]] = [
        "BR": [" (här i Bromma)", " #Brommaplan"], "EAV": [" (här i Årsta)", " – Högdalen"],
        "FA": [" (i Farsta)", " #Hökarängen"], "HA": [" (på Liljeholmen)", " – Midsommarkransen"],
        "HV": [" (här i Vällingby)", " #Hässelby"], "KH": [" (på Kungsholmen)", " vid Fridhemsplan"],
        "NM": [" (i Vasastan)", " vid Odenplan"], "OM": [" (Östermalms saluhall)", " vid Stureplan"],
        "RK": [" (här i Husby)", " #Rinkeby"], "SH": [" (i Skärholmen)", " #Bredäng"],
        "SK": [" (i Bagarmossen)", " #Skarpnäck"], "SO": [" (här på Söder)", " vid Medborgarplatsen"],
        "ST": [" (här i Tensta)", " #Spånga"],
    ]

    /// A message's sentence without the place named at its end.
    static func strip(_ text: String) -> String {
        for suffix in namedSuffix.values.joined() where text.hasSuffix(suffix) { return String(text.dropLast(suffix.count)) }
        return text
    }
}
