import CGAnalytics
import CGClassifier
import Foundation

/// The bag of terms of a message, for distinctive terms and narratives: the classifier's normalised words
/// (lower case, diacritics folded, leetspeak and spaced letters undone, mentions and links dropped), without stop
/// words, numbers and words shorter than three letters, plus the two-word phrases of neighbouring kept words. Each
/// term appears once per message.
///
/// A word is kept as the message writes it when the message holds it with diacritics: a written word (a run of
/// letters) in lower case whose folding (``TermSpelling/key(_:)``, the classifier's own) is the normalised word
/// replaces it — "bögar", "étrangers", "inmigración", "agressió", not the folded "bogar", "etrangers",
/// "inmigracion", "agressio", which an analyst reads as misspellings. Anything the classifier changed beyond
/// folding (leetspeak "b0gar", spaced or repeated letters, glued words) keeps the normalised word, whose key is
/// the same: counting merges spellings by key (``TermSpellings``, in ``LogOdds`` and ``NarrativeFinder``), so bags
/// stored folded before 2026-11-30 still count with new ones.
///
/// The bag is bounded in bytes, not only in terms: it is stored joined by `|` in `online_messages.terms`, which
/// the covering index of narratives (M0062) holds, and PostgreSQL's btree refuses an index entry over about 2,700
/// bytes — an over-long bag would make the whole ingest batch fail. So words longer than
/// ``maximumWordLength`` (no word of our six languages; a run of letters someone typed to fill a post) are
/// dropped, and the bag ends before it would exceed ``maximumBagBytes`` (an ordinary bag of 40 terms is
/// 300–600 bytes).
public enum TermExtractor {
    /// The most terms kept per message.
    public static let maximumTerms = 40

    /// The longest word kept, in characters (so a two-word phrase is at most twice this plus one).
    public static let maximumWordLength = 40

    /// The most bytes of a stored bag: its terms in UTF-8 joined by `|`. Well below PostgreSQL's index entry
    /// limit (2,704 bytes on an 8 kB page), leaving room for the index's other columns.
    public static let maximumBagBytes = 1_000

    /// The terms of `text` in `language`.
    public static func terms(_ text: String, language: Language) -> [String] {
        let words = TextNormalizer.words(text, language: language)
        let written = writtenWithDiacritics(text)
        var kept: [String] = []
        var seen: Set<String> = []
        var previous: String?
        for word in words {
            guard word.count >= 3, word.count <= maximumWordLength, !word.allSatisfy(\.isNumber),
                !Self.stopWords.contains(word)
            else {
                previous = nil
                continue
            }
            let shown = written[word] ?? word
            if let previous {
                let phrase = previous + " " + shown
                if seen.insert(phrase).inserted { kept.append(phrase) }
            }
            if seen.insert(shown).inserted { kept.append(shown) }
            previous = shown
            if kept.count >= maximumTerms { break }
        }
        return capped(kept.prefix(maximumTerms))
    }

    /// The words of `text` written with a letter outside ASCII, in lower case and composed (NFC), by their key
    /// (``TermSpelling/key(_:)``), when that differs from the word: the first spelling of each key in the text.
    /// A word is a run of letters and combining marks; ASCII text has none (and costs one scan of its bytes).
    static func writtenWithDiacritics(_ text: String) -> [String: String] {
        guard !TermSpelling.isASCII(text) else { return [:] }
        var forms: [String: String] = [:]
        var word = String.UnicodeScalarView()
        var beyondASCII = false
        var marks = false
        func finish() {
            defer {
                word.removeAll(keepingCapacity: true)
                beyondASCII = false
                marks = false
            }
            guard beyondASCII else { return }
            var lower = String(word).lowercased()
            if marks { lower = lower.precomposedStringWithCanonicalMapping }
            let key = TermSpelling.key(lower)
            if key != lower, forms[key] == nil { forms[key] = lower }
        }
        for scalar in text.unicodeScalars {
            let mark = (0x300...0x36F).contains(scalar.value)
            if mark || scalar.properties.isAlphabetic {
                word.append(scalar)
                beyondASCII = beyondASCII || scalar.value >= 0x80
                marks = marks || mark
            } else if !word.isEmpty {
                finish()
            }
        }
        if !word.isEmpty { finish() }
        return forms
    }

    /// `terms` in order, without any term longer than a phrase of two kept words, cut at the last term that keeps
    /// the bag (joined by `|`) within ``maximumBagBytes``. Ingest's bags already are; M0062 cuts bags stored
    /// before the limit with it.
    public static func capped(_ terms: some Sequence<some StringProtocol>) -> [String] {
        var kept: [String] = []
        var bytes = 0
        for term in terms where term.count <= 2 * maximumWordLength + 1 {
            let added = term.utf8.count + (kept.isEmpty ? 0 : 1)
            guard bytes + added <= maximumBagBytes else { break }
            kept.append(String(term))
            bytes += added
        }
        return kept
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
