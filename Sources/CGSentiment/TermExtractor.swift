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
                !isStopWord(word, language: language)
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

    /// Whether `word` (normalised) is dropped from a message in `language`: a word of the shared ``stopWords``
    /// unless it is a content word of that language (``contentWords``), or a function word of that language only
    /// (``languageStopWords``).
    static func isStopWord(_ word: String, language: Language) -> Bool {
        if stopWords.contains(word) { return contentWords[language]?.contains(word) != true }
        return languageStopWords[language]?.contains(word) == true
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

    /// Function words of the six languages, which say nothing about a narrative: personal and possessive
    /// pronouns, articles and demonstratives, the common auxiliaries and copulas, prepositions and conjunctions,
    /// and a few adverbs of degree and time. Written as ``terms`` matches them: the classifier's normalised word
    /// (lower case, diacritics folded — Swedish "vår" is "var", French "très" "tres" — apostrophes dropped, so
    /// English "don't" is "dont" and French "l'arabe" is "arabe"); words under three letters never reach the list.
    ///
    /// One set for every language (a message's language is sometimes misread, and a function word of its true
    /// language should still go), read through two small tables by the message's language (``isStopWord``): a word
    /// of the set that is a content word in one language stays in that language's messages (``contentWords``:
    /// English "die", "men", "sin"; Swedish "hem"; French "con", …), and a function word of one language that
    /// is a content word elsewhere is dropped in that language only (``languageStopWords``: Dutch "hoe"). Swedish
    /// "man" (one; a man) and "får" (gets; "far", father) mean something in Swedish too and are in neither.
    static let stopWords: Set<String> = [
        // English
        "the", "and", "are", "for", "with", "that", "this", "they", "them", "their", "theirs", "there", "have",
        "has", "had", "having", "was", "were", "you", "your", "yours", "our", "ours", "not", "but", "nor", "all",
        "any", "can", "cant", "cannot", "from", "its", "his", "her", "hers", "she", "him", "who", "whom", "whose",
        "what", "when", "where", "which", "will", "would", "should", "could", "shall", "might", "must", "just",
        "about", "been", "into", "onto", "upon", "than", "then", "these", "those", "here", "out", "get", "got",
        "one", "more", "some", "very", "also", "only", "even", "every", "again", "today", "yesterday", "still",
        "being", "let", "lets", "how", "why", "off", "over", "under", "through", "between", "during", "without",
        "within", "towards", "toward", "among", "across", "too", "much", "now", "after", "before", "because",
        "although", "though", "while", "whether", "unless", "since", "until", "each", "like", "really", "don",
        "dont", "isn", "isnt", "aren", "arent", "wasnt", "werent", "doesnt", "didnt", "wont", "won", "wouldnt",
        "shouldnt", "couldnt", "hasnt", "havent", "did", "does", "doing", "mine", "myself", "yourself", "himself",
        "herself", "itself", "ourselves", "yourselves", "themselves", "ive", "youre", "theyre", "thats", "theres",
        "hes", "shes", "amp", "via",
        // Spanish
        "los", "las", "del", "que", "por", "para", "con", "una", "uno", "unos", "unas", "como", "pero", "mas",
        "son", "soy", "eres", "somos", "sois", "era", "eran", "fue", "fueron", "sido", "sea", "sean", "esta",
        "este", "esto", "estos", "estas", "estoy", "estamos", "estan", "estaba", "estaban", "estar", "ese", "esa",
        "eso", "esos", "esas", "aquel", "aquella", "aquellos", "aquellas", "sus", "mis", "tus", "nos", "les",
        "ella", "ellas", "ellos", "usted", "ustedes", "nosotros", "nosotras", "vosotros", "vosotras", "nuestro",
        "nuestra", "nuestros", "nuestras", "vuestro", "vuestra", "vuestros", "vuestras", "suyo", "suya", "suyos",
        "suyas", "mio", "mia", "quien", "quienes", "cual", "cuales", "todo", "todos", "todas", "muy", "hay",
        "ser", "han", "has", "hemos", "habia", "haber", "sin", "sobre", "entre", "desde", "hasta", "hacia",
        "ante", "bajo", "tras", "segun", "durante", "tambien", "hoy", "ayer", "aqui", "alli", "porque", "pues",
        "aunque", "sino", "donde", "mientras", "cuando",
        // Catalan
        "els", "per", "amb", "aquest", "aquesta", "aquests", "aquestes", "aquell", "aquells", "aquelles", "aixo",
        "aco", "allo", "tots", "totes", "molt", "avui", "ahir", "pel", "pels", "dels", "als", "uns", "unes", "ell",
        "ells", "elles", "nosaltres", "vosaltres", "vostes", "nostre", "nostra", "nostres", "vostre", "vostra",
        "vostres", "seu", "seva", "seus", "seves", "meu", "meva", "meus", "meves", "teu", "teva", "qui", "quin",
        "quina", "quins", "quines", "soc", "ets", "som", "sou", "eren", "fou", "estic", "estem", "esteu", "estava",
        "estaven", "estaves", "hem",
        "heu", "havia", "haver", "cal", "sense", "des", "fins", "durant", "mes", "perque", "quan", "doncs", "mentre",
        "tambe", "pero",
        // French
        "les", "des", "est", "sont", "pour", "avec", "une", "dans", "sur", "sous", "pas", "que", "quoi", "dont",
        "mais", "donc", "car", "ces", "cet", "cette", "ils", "elle", "elles", "leur", "leurs", "nous", "vous",
        "moi", "toi", "lui", "eux", "mon", "ton", "ses", "tes", "notre", "votre", "vos", "celui", "celle", "ceux",
        "celles", "cela", "ceci", "quel", "quelle", "quels", "quelles", "tous", "toutes", "toute", "tout", "tres",
        "aux", "ont", "avons", "avez", "avait", "avaient", "avoir", "suis", "sommes", "etes", "etait", "etaient",
        "ete", "etre", "dois", "doit", "devons", "devez", "doivent", "peut", "peuvent", "sera", "seront", "serait",
        "fait", "comme", "plus", "aussi", "encore", "deja",
        "aujourd", "hui", "aujourdhui", "hier", "ici", "quand", "lorsque", "puisque", "parce", "par", "chez",
        "vers", "contre", "depuis", "pendant", "avant", "apres",
        // Dutch
        "het", "een", "van", "zijn", "met", "voor", "niet", "die", "dat", "deze", "dit", "ook", "maar", "als",
        "bij", "naar", "wat", "wie", "welke", "hun", "ons", "onze", "jullie", "jij", "jou", "jouw", "hij", "zij",
        "wij", "hem", "haar", "hen", "mij", "mijn", "zich", "zelf", "men", "alle", "heel", "vandaag", "gisteren",
        "hier", "daar", "ben", "bent", "wordt", "worden", "werd", "werden", "heb", "hebt", "hebben", "heeft",
        "hadden", "waren", "geweest", "zal", "zullen", "zou", "zouden", "kunnen", "kon", "moet", "moeten", "wil",
        "willen", "uit", "door", "tegen", "tussen", "zonder", "onder", "tot", "aan", "nog", "wel", "geen",
        "omdat", "toen", "dan", "want", "waar", "wanneer", "waarom", "dus", "noch", "terwijl", "hoewel",
        // Swedish
        "jag", "han", "hon", "den", "det", "dem", "dom", "mig", "mej", "dig", "dej", "honom", "henne", "oss",
        "min", "mitt", "mina", "din", "ditt", "dina", "sitt", "sina", "hans", "hennes", "dess", "var", "vart",
        "vara", "ert", "era", "deras", "denna", "detta", "dessa", "vem", "vad", "vilken", "vilket", "vilka", "sig",
        "sej", "och", "att", "som", "med", "inte", "kan", "har", "hade", "haft", "varit", "blir", "bli", "blev", "ska",
        "skall", "skulle", "kunde", "vill", "ville", "maste", "alla", "mycket", "idag", "igar", "dar", "men",
        "fran", "eller", "till", "efter", "utan", "mot", "genom", "mellan", "hos", "vid", "bland", "inom",
        "sedan", "nar", "eftersom", "medan", "innan", "ocksa", "bara", "redan",
    ]
}
