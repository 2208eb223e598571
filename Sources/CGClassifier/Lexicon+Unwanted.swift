extension Lexicon {
    /// A group declared unwanted or unemployable by the speaker, before the group: "We don't need any more Muslims in
    /// this town" (0.13), "No necesitamos más musulmanes en este pueblo" (0.32), "Je n'embaucherais jamais les
    /// musulmans" (0.25), "We hebben niet nog meer moslims nodig" (0.10). Read by
    /// ``FeatureExtractor/expressesHatePlainly(_:)`` beside the declarations of hatred; the phrase's own negator does
    /// not negate it. Written normalised (French elisions dropped: "n'a" is "a"). 2026-12-01 (fifteenth session).
    static let unwantedBefore: [Language: [String]] = [
        .en: [
            "we dont need any more", "we dont need more", "we do not need any more", "we need no more",
            "we dont want any more", "we do not want any more", "i would never hire", "id never hire",
            "i will never hire", "ill never hire",
        ],
        .es: [
            "no necesitamos mas", "no queremos mas", "aqui no necesitamos mas", "nunca contrataria a",
            "jamas contrataria a", "yo nunca contrataria a", "nunca contratare a",
        ],
        .fr: [
            "on a pas besoin de plus de", "on n a pas besoin de plus de", "nous n avons pas besoin de plus de",
            "nous avons pas besoin de plus de", "on ne veut plus de", "on veut plus de", "embaucherais jamais",
            "n embaucherais jamais", "embaucherai jamais",
        ],
        // Not "we hebben geen" nor "we willen geen": "We hebben geen moslims in de klas" says who is there, "We willen
        // geen vrouwen discrimineren" refuses harm.
        .nl: ["we hebben niet nog meer", "we willen niet nog meer"],
    ]
}
