extension Lexicon {
    // Words of ``FeatureExtractor/threatensBySplitVerb()``: a Dutch verb of violence whose particle or object comes
    // at the end of its clause, with the group between ("Ik snij de keel door van elke jood", "Ik zou elke homo een
    // klap verkopen"). Written normalised (lower case, no diacritics).

    /// Finite Dutch verbs (present tense, first person or plural; or the auxiliaries of will and duty before an
    /// infinitive) and the ends that make each a threat of violence. Present tense only: past forms ("sloeg … in
    /// elkaar") report what happened.
    static let splitThreatPhrases: [(verbs: [String], ends: [String])] = [
        (["snij", "snijd", "snijden"], ["keel door", "strot door"]),
        // "In brand" and "in de fik" (set on fire) are ends of "steek" only, harmless after the others (2026-12-01,
        // fifteenth session).
        (
            ["schiet", "schieten", "knal", "knallen", "steek", "steken"],
            ["neer", "overhoop", "dood", "af", "in brand", "in de fik"]
        ),
        (
            ["sla", "slaan", "schop", "schoppen", "trap", "trappen", "timmer", "timmeren", "ram", "rammen"],
            ["in elkaar", "dood", "kapot", "verrot", "de hersens in", "de kop in"]
        ),
        (["maak", "maken"], ["af", "kapot", "dood"]),
        (
            ["geef", "geven", "verkoop", "verkopen"],
            ["een klap", "een pak slaag", "een kogel", "een dreun", "een kopstoot", "een mes", "klappen"]
        ),
        (["draai", "draaien"], ["de nek om", "nek om"]),
        (["hak", "hakken"], ["in stukken", "in mootjes"]),
        (
            ["ga", "gaan", "zal", "zullen", "zou", "zouden", "wil", "willen", "moet", "moeten"],
            [
                "keel doorsnijden", "strot doorsnijden", "neerschieten", "neersteken", "neerknallen", "doodschieten",
                "doodslaan", "doodsteken", "doodschoppen", "afmaken", "in elkaar slaan", "in elkaar schoppen",
                "in elkaar trappen", "in elkaar timmeren", "een klap geven", "een klap verkopen", "klappen geven",
                "een pak slaag geven", "een kogel geven", "de nek omdraaien", "in stukken hakken", "de kop inslaan",
                // 2026-12-01 (fifteenth session): "We gaan de joden een voor een pakken" 0.51.
                "pakken", "opknopen", "ophangen", "vergassen", "afslachten", "uitroeien", "verzuipen", "aftuigen",
                "in brand steken", "in de fik steken",
                // A sight wished for: "Ik zou moslims graag zien branden" 0.008.
                "graag zien branden", "zien branden", "graag zien lijden", "zien lijden", "graag zien sterven",
                "zien sterven", "graag zien creperen", "zien creperen", "graag zien verzuipen", "zien verzuipen",
                // "Ik ga er persoonlijk voor zorgen dat moslims lijden" 0.04.
                "lijden", "creperen",
            ]
        ),
    ]

    /// Subjects that make the speaker, or anyone addressed, the one who acts: before the verb or right after it
    /// ("Morgen schiet ik …").
    static let splitThreatSubjects: [String] = ["ik", "k", "we", "wij", "je", "jij", "jullie", "men"]

    /// Object pronouns that stand for a group named elsewhere in the message ("Die moslims? Ik maak ze af").
    static let splitThreatPronouns: [String] = ["ze", "hen", "die", "jullie", "hun"]

    /// The tables of ``FeatureExtractor/threatensBySplitVerb()``, built once.
    struct SplitThreatTables: Sendable {
        let entries: [(verbs: WordSet, ends: PhraseTable)] = Lexicon.splitThreatPhrases.map {
            (WordSet($0.verbs), PhraseTable($0.ends))
        }
        let subjects = WordSet(Lexicon.splitThreatSubjects)
        let pronouns = WordSet(Lexicon.splitThreatPronouns)
        /// The last word of every end: the rule cannot hold without one (``RuleTriggers/splitThreatEnd``).
        let endWords = WordSet(
            Lexicon.splitThreatPhrases.flatMap { $0.ends.compactMap { $0.split(separator: " ").last.map(String.init) } })
    }

    static let splitThreats = SplitThreatTables()
}
