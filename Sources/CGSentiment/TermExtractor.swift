import CGClassifier

/// The bag of normalised terms of a message, for distinctive terms and narratives: the classifier's
/// normalised words (lower case, diacritics folded, leetspeak and spaced letters undone, mentions and links
/// dropped), without stop words, numbers and words shorter than three letters, plus the two-word phrases of
/// neighbouring kept words. Each term appears once per message.
public enum TermExtractor {
    /// The most terms kept per message.
    public static let maximumTerms = 40

    /// The terms of `text` in `language`.
    public static func terms(_ text: String, language: Language) -> [String] {
        let words = TextNormalizer.words(text, language: language)
        var kept: [String] = []
        var seen: Set<String> = []
        var previous: String?
        for word in words {
            guard word.count >= 3, !word.allSatisfy(\.isNumber), !Self.stopWords.contains(word) else {
                previous = nil
                continue
            }
            if let previous {
                let phrase = previous + " " + word
                if seen.insert(phrase).inserted { kept.append(phrase) }
            }
            if seen.insert(word).inserted { kept.append(word) }
            previous = word
            if kept.count >= maximumTerms { break }
        }
        return Array(kept.prefix(maximumTerms))
    }

    /// Function words of the six languages (folded), which say nothing about a narrative.
    static let stopWords: Set<String> = [
        // English
        "the", "and", "are", "for", "with", "that", "this", "they", "them", "their", "there", "have", "has", "had",
        "was", "were", "you", "your", "our", "not", "but", "all", "any", "can", "from", "its", "his", "her", "she",
        "him", "who", "what", "when", "where", "which", "will", "would", "should", "could", "just", "about", "been",
        "into", "than", "then", "these", "those", "here", "out", "get", "got", "one", "more", "some", "very", "also",
        "only", "even", "every", "again", "today", "yesterday", "still", "being", "let", "how", "why", "off", "over",
        "too", "much", "now", "over", "after", "before", "because", "each", "like", "really", "don", "dont", "isn",
        "aren", "won", "did", "does", "doing", "amp", "via",
        // Spanish / Catalan
        "los", "las", "del", "que", "por", "para", "con", "una", "uno", "unos", "unas", "como", "pero", "mas", "son",
        "esta", "este", "estos", "estas", "sus", "nos", "les", "ellos", "ellas", "todo", "todos", "todas", "muy",
        "hay", "ser", "fue", "han", "era", "sin", "sobre", "entre", "tambien", "hoy", "ayer", "aqui", "alli", "els",
        "per", "amb", "son", "aquest", "aquesta", "aquests", "aquestes", "tots", "totes", "molt", "avui", "ahir",
        "pel", "dels", "als", "una", "han", "que", "mes", "perque", "porque", "cuando", "quan",
        // French
        "les", "des", "est", "sont", "pour", "avec", "une", "dans", "sur", "pas", "qui", "que", "mais", "ces",
        "cette", "ils", "elles", "leur", "leurs", "nous", "vous", "tous", "toutes", "tout", "tres", "aux", "ont",
        "etait", "etre", "fait", "comme", "plus", "aujourd", "hui", "hier", "ici", "quand", "parce",
        // Dutch
        "het", "een", "van", "zijn", "met", "voor", "niet", "die", "dat", "deze", "ook", "maar", "als", "bij",
        "naar", "wat", "wie", "hun", "ons", "jullie", "alle", "heel", "vandaag", "gisteren", "hier", "daar",
        "wordt", "worden", "hebben", "heeft", "waren", "was", "nog", "wel", "geen", "omdat", "toen",
        // Swedish
        "och", "att", "det", "som", "med", "for", "inte", "har", "var", "den", "detta", "dessa", "alla", "mycket",
        "idag", "igar", "har", "dar", "deras", "vara", "ska", "kan", "men", "fran", "eller", "till", "efter",
        "nar", "eftersom", "ocksa", "bara",
    ]
}
