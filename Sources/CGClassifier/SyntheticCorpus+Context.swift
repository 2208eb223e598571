extension SyntheticCorpus {
    /// Everyday and news clauses naming no group, put before or after sentences of both classes alike
    /// (own sentences of the listed languages only).
    ///
    /// Dutch (2026-11-29): the hateful templates were short and the neutral ones long, so function words and the
    /// character n-grams of ordinary context ("op de", a place, a weekday) were learnt as signs of innocence and
    /// hate that came with context ("after the fire downtown: ‹group› are vermin") scored low. The same clauses
    /// in both classes make context say nothing either way.
    static let contextClauses: [Language: [String]] = [
        .nl: [
            "na de schietpartij in het centrum", "weer een inbraak in onze straat", "de brand in de flat van gisteren",
            "na de rellen bij het stadion", "het nieuws van vanavond", "weer een overval op de supermarkt",
            "de politie zoekt nog steeds de daders", "na de steekpartij bij het station",
            "de gemeente maakt de begroting bekend", "het is weer druk op het plein", "vandaag weer in de krant",
            "ik zag het net op tv", "de wijkagent werkt er al maanden aan", "op het journaal van acht uur",
            "gisteren op de braderie", "na de vergadering in het buurthuis", "alweer vertraging op het spoor",
            "de bus rijdt vandaag weer niet", "zaterdag op het plein in de binnenstad", "het regent al de hele dag",
            "net terug van de supermarkt", "de explosie bij het winkelcentrum", "na de vechtpartij op het plein",
            "de demonstratie van zondag", "de burgemeester reageert op de onrust", "het staat overal in het nieuws",
            "iedereen op het werk heeft het erover", "lees het artikel maar", "zo, de week zit erop",
            "ik zeg het maar gewoon", "dinsdagavond in de sporthal", "na het voetbal van gisteren",
            "de huizenprijzen stijgen weer", "de school van mijn zoon maakt er een project van",
            "op de verjaardag van mijn tante", "vanochtend op de radio", "het kabinet komt met nieuwe plannen",
            "bij de bakker op de hoek", "weer een ongeluk op de snelweg", "het festival in het park is begonnen",
        ],
        // Swedish (2026-11-29 night): with the second templates the model read "attacken" as innocent (the
        // letters of "tack", thanks) and news context before hate sank it, as Dutch did.
        .sv: [
            "efter skjutningen i centrum", "ännu ett inbrott på vår gata", "branden i höghuset i går",
            "efter bråket vid arenan", "kvällens nyheter", "ännu ett rån mot mataffären",
            "polisen letar fortfarande efter gärningsmännen", "efter knivhuggningen vid stationen",
            "kommunen presenterar budgeten", "det är fullt på gågatan igen", "i tidningen i dag igen",
            "jag såg det nyss på tv", "närpolisen har jobbat med det i månader", "på rapport klockan halv åtta",
            "i går på marknaden", "efter mötet i föreningslokalen", "förseningar i tunnelbanan igen",
            "bussen går inte i dag heller", "på lördag i city", "det har regnat hela dagen",
            "precis hemkommen från affären", "explosionen vid köpcentret", "efter slagsmålet utanför krogen",
            "söndagens demonstration", "kommunalrådet kommenterar oroligheterna", "det står överallt i nyheterna",
            "alla på jobbet pratar om det", "läs artikeln bara", "så, veckan är slut", "jag säger det bara rakt ut",
            "tisdagskväll i sporthallen", "efter fotbollen i går", "bostadspriserna stiger igen",
            "min sons skola gör ett projekt om det", "på min mosters födelsedag", "i morse på radion",
            "regeringen kommer med nya förslag", "hos bagaren på hörnet", "ännu en olycka på motorvägen",
            "festivalen i parken har börjat", "efter attacken vid stationen i natt", "dagen efter attentatet",
            // Places say nothing either way: "torget" (the square) was read as innocent.
            "på torget i dag", "nere på stan", "vid stationen i morse", "i parken i går", "utanför skolan",
            "i förorten i kväll", "på gågatan", "vid torget i går kväll", "i centrum igen",
        ],
    ]

    /// `example` with one of `contexts` before it (after a colon or comma) or after it (after a full stop).
    static func withContext(
        _ example: LabeledExample, contexts: [String], using rng: inout SeededGenerator
    ) -> LabeledExample {
        let context = contexts[Int(rng.next() % UInt64(contexts.count))]
        var copy = example
        switch rng.next() % 3 {
        case 0: copy.text = "\(context): \(example.text)"
        case 1: copy.text = "\(context), \(example.text)"
        default: copy.text = "\(example.text). \(context)"
        }
        return copy
    }
}
