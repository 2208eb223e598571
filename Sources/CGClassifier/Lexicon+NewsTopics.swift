extension Lexicon {
    // Words of ``FeatureExtractor/reportsNewsAboutGroup()``: the news, figures or a study about a group, reported
    // plainly ("statistics on Arabs were published today" 0.50, "el telediario habló de los musulmanes y las
    // pensiones" 0.76). Written for this project, normalised. 2026-12-01, tenth session.

    /// Nouns of news, figures and studies that may open such a message (after an article).
    static let newsNouns: [String] = [
        "statistics", "figures", "data", "report", "study", "survey", "news", "radio", "documentary", "article",
        "estadisticas", "cifras", "datos", "informe", "estudio", "encuesta", "telediario", "noticias", "radio",
        "informativo", "documental", "articulo", "statistiques", "chiffres", "donnees", "rapport", "etude",
        "enquete", "journal", "jt", "documentaire", "statistieken", "cijfers", "gegevens", "rapport", "studie",
        "onderzoek", "nieuws", "journaal", "documentaire", "artikel", "statistik", "siffror", "rapporten",
        "studien", "nyheterna", "estadistiques", "xifres", "informe", "estudi", "noticies",
    ]

    /// Words that make the group the topic: "on", "about", "habló de", "a parlé de", "ging over".
    static let topicWords: [String] = [
        "on", "about", "regarding", "de", "sobre", "del", "sur", "des", "over", "om", "kring", "van", "hablo",
        "hablaron", "parle", "parlait", "ging", "gaat", "spoke", "talked", "looked", "covered", "published",
    ]

    /// Articles before the news noun.
    static let newsArticles: [String] = [
        "the", "a", "new", "el", "la", "los", "las", "un", "una", "le", "les", "l", "une", "de", "het", "een",
        "nieuwe", "nueva", "nuevo", "nouvelle", "nouvelles", "nouveau", "nya", "en", "ett",
    ]

    static let newsNounHashes = Set(newsNouns.map { FNV.hash($0) })
    static let topicWordHashes = Set(topicWords.map { FNV.hash($0) })
    static let newsArticleHashes = Set(newsArticles.map { FNV.hash($0) })
}
