extension FeatureExtractor {
    /// Whether the last message says what it says of one thing or one person: a copula of ``Lexicon/singularCopulas``
    /// and none of ``Lexicon/pluralWords`` ("Dat eten was smerig", "Tu es un gros con"). Read only when a hateful
    /// score names no group (``ClassificationSession``), where it holds the message under the threshold unless the
    /// target heads see a group or an anchor word stands.
    func speaksOfOneEntity(_ language: Language) -> Bool {
        guard let singular = Lexicon.singularCopulaHashes[language], let plural = Lexicon.pluralWordHashes[language]
        else { return false }
        let hashes = tokens.hashes
        var copula = false
        for i in 0..<tokens.count {
            if plural.contains(hashes[i]) { return false }
            if singular.contains(hashes[i]) { copula = true }
        }
        return copula
    }
}
