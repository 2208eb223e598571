extension Lexicon {
    // Words of ``FeatureExtractor/insinuatesByPhrase()`` and ``FeatureExtractor/swarmsWithGroup()``: stereotypes
    // said with no hostile word and a group's numbers told by a verb of vermin, in Spanish, French and Dutch (and
    // English where the same phrase exists). The models scored them far under the threshold ("Ze hebben een zwarte
    // vrouw aangenomen, vast vanwege het quotum" 0.09, "Ça grouille de chinois dans ce quartier" 0.07). Written
    // normalised. 2026-12-01 (fourteenth session).

    /// Phrases that insinuate wherever a group is named: a job owed to a quota, a mosque on every corner, the police
    /// as the sarcastic tail of a talent, taxes said unpaid.
    static let veiledInsinuations: [String] = [
        // A job owed to a quota ("Contrataron a una negra, seguro que fue por la cuota" 0.33).
        "por la cuota", "por las cuotas", "por cuota", "pour les quotas", "pour le quota", "a cause des quotas",
        "vanwege het quotum", "vanwege de quota", "voor het quotum", "because of the quota", "for the quota",
        "diversity hire",
        // The Islamisation trope ("Un musulman maire, bientôt une mosquée à chaque coin de rue" 0.09).
        "mezquita en cada esquina", "mezquitas en cada esquina", "una mezquita en cada esquina",
        "une mosquee a chaque coin de rue", "des mosquees a chaque coin de rue", "mosquee a chaque coin",
        "op elke hoek een moskee", "op iedere hoek een moskee", "a mosque on every corner",
        // A talent for running, "especially when the police come" ("Zwarten kunnen hard rennen, vooral als de
        // politie eraan komt" 0.002); not "when the police come" alone, which news says of victims.
        "sobre todo cuando llega la policia", "sobre todo cuando viene la policia", "surtout quand la police arrive",
        "surtout quand les flics arrivent", "vooral als de politie eraan komt", "vooral als de politie komt",
        "especially when the police",
        // Taxes said unpaid ("Die Chinees van de toko betaalt vast geen belasting, net als de rest" 0.0002).
        "ni pagan impuestos", "no pagan impuestos", "no paga impuestos", "paye pas d impots", "payent pas d impots",
        "paie pas d impots", "paient pas d impots", "betaalt vast geen belasting", "betalen vast geen belasting",
        "betaalt geen belasting", "betalen geen belasting",
    ]

    /// Verbs of vermin that tell a place full of a group ("Ça grouille de chinois", "Het krioelt hier van de
    /// Marokkanen"), the group right after them.
    static let swarmPhrases: [String] = [
        "grouille de", "grouille d", "pullule de", "infeste de", "infestee de", "esta infestado de",
        "esta infestada de", "infestado de", "infestada de", "plagado de", "plagada de", "krioelt van",
        "krioelt het van", "wemelt van", "wemelt het van", "vergeven van", "infested with", "crawling with",
        "swarming with",
    ]

    /// Articles and adverbs that may stand between a swarm verb and the group ("krioelt het van *de* Marokkanen").
    static let swarmBridges: [String] = ["de", "des", "los", "las", "les", "the", "those", "die", "deze", "hier"]

    /// The tables of ``FeatureExtractor/insinuatesByPhrase()`` and ``FeatureExtractor/swarmsWithGroup()``, built
    /// once.
    struct VeiledHateTables: Sendable {
        let insinuations = PhraseTable(Lexicon.veiledInsinuations)
        let swarms = PhraseTable(Lexicon.swarmPhrases)
        let bridges = WordSet(Lexicon.swarmBridges)
    }

    static let veiledHate = VeiledHateTables()
}
