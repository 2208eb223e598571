extension Lexicon {
    /// Names of violent extremist movements, their leaders and attackers, of every ideology — the extreme right
    /// and jihadism alike (the "support for hateful groups or ideologies"). A message that praises one
    /// (``extremistPraiseAfter``, ``extremistPraiseBefore``) supports it. Written normalised, one list for every
    /// language (names are shared); two-word names as phrases.
    static let extremistNames: [String] = [
        "hitler", "hitlers", "nazi", "nazis", "nazism", "nazisme", "nazismo", "nazismus", "neonazi", "neonazis",
        "goebbels", "himmler", "third reich", "tercer reich", "troisieme reich", "derde rijk", "tredje riket",
        "fourth reich", "kkk", "ku klux klan", "klan", "breivik", "tarrant", "dylann roof", "golden dawn",
        "amanecer dorado", "aube doree", "gouden dageraad", "gyllene gryning", "combat 18", "blood and honour",
        "atomwaffen", "isis", "isil", "daesh", "daech", "islamic state", "estado islamico", "etat islamique",
        "islamitische staat", "islamiska staten", "caliphate", "califato", "califat", "kalifaat", "kalifatet",
        "al qaeda", "al qaida", "alqaeda", "bin laden", "osama bin laden", "al baghdadi", "baghdadi",
    ]

    /// Words of the kind "NAME was right", "NAME are heroes", "NAME tenía razón": after the name, at most three
    /// copulas, articles or members' nouns (``extremistLinkWords``), then one of these. Single words or phrases.
    static let extremistPraiseAfter: [String] = [
        "right", "heroes", "hero", "saint", "saints", "legend", "legends", "genius", "martyr", "martyrs", "idol",
        "inspiration", "icon", "saviour", "savior", "did nothing wrong", "had a point", "was a visionary",
        "razon", "heroe", "heroes", "santo", "leyenda", "martir", "martires", "genio", "idolo", "salvador",
        "no hizo nada malo", "raison", "heros", "legende", "genie", "idole", "sauveur",
        "rien fait de mal", "pas tort", "gelijk", "helden", "heilige", "martelaar", "martelaren", "idool",
        "niets verkeerd", "niks verkeerd", "niks fout", "een held", "een echte held", "onze held", "ratt", "hjalte", "hjaltar", "helgon",
        "inget fel", "heroi", "herois", "llegenda",
    ]

    /// Words between a name and its praise: copulas and their past forms, "had"/"tenía" of "had a point"/"tenía
    /// razón", articles, possessives, adverbs of conviction, and the nouns for members ("ISIS fighters are heroes").
    static let extremistLinkWords: [String] = [
        "is", "was", "are", "were", "be", "a", "an", "the", "my", "our", "true", "real", "always", "totally",
        "fighters", "soldiers", "brothers", "men", "did", "had", "es", "era", "son", "eran", "fue", "fueron", "un",
        "una", "el", "la", "los", "nuestro", "nuestros", "verdadero", "verdaderos", "tenia", "tiene", "tenian",
        "toda", "combatientes", "soldados", "hermanos", "hizo", "est", "etait", "sont", "etaient", "fut", "une",
        "le", "les", "notre", "nos", "vrai", "vrais", "avait", "ont", "avaient", "combattants", "freres", "zijn",
        "waren", "een", "de", "onze", "echte", "heeft", "hadden", "strijders", "broeders", "deed", "ar", "var",
        "en", "ett", "hade", "har", "riktiga", "krigare", "broder", "gjorde", "helt", "totalmente", "completamente",
        "tout", "a", "absoluut", "volkomen",
    ]

    /// Praise before the name: "saint Tarrant", "hail Hitler", "long live the caliphate", "viva el estado
    /// islámico", "vive le califat", "leve de jihad". At most one article between.
    static let extremistPraiseBefore: [String] = [
        "saint", "hail", "long live", "glory to", "viva", "gloria a", "gloria al", "vive", "gloire a", "gloire au",
        "leve", "lang leve", "glorie aan", "lange leve", "ara at", "visca", "salve",
        // 2026-12-01 (tenth session): "proud supporter of the Ku Klux Klan" (0.18).
        "proud supporter of", "proud member of", "orgulloso seguidor de", "orgulloso miembro de", "fier partisan de",
        "fier membre de", "trotse aanhanger van", "trots lid van", "stolt anhangare av",
    ]

    /// Slogans that support a hateful movement by themselves, wherever they stand.
    static let extremistSlogans: [String] = [
        "heil hitler", "sieg heil", "white power", "14 words", "fourteen words", "1488", "14 88", "blood and soil",
        "blut und boden", "rahowa", "white pride world wide", "hitler did nothing wrong", "juden raus",
        "auslander raus", "remove kebab", "holohoax",
    ]

    /// Atrocities that "another …" calls for: "we need another Auschwitz", "il faut une nouvelle Shoah".
    /// Names only: "another genocide" is mostly news, and "a new Christchurch …" a place.
    static let atrocities: [String] = ["auschwitz", "holocaust", "holocausto", "holocauste", "shoah", "kristallnacht"]

    /// Words that, a few words before "another …", make it a call ("we need another Auschwitz") rather than a
    /// fear ("to prevent another Holocaust").
    static let atrocityCalls: [String] = [
        "need", "needs", "want", "wants", "deserve", "deserves", "time", "bring", "hope", "pray", "ready",
        "necesitamos", "necesita", "falta", "queremos", "merecen", "ojala", "faut", "besoin", "voulons", "veux",
        "meritent", "merite", "vivement", "nodig", "willen", "wil", "verdienen", "tijd", "behover", "vill",
        "fortjanar", "dags", "cal", "necessitem", "volem", "mereixen",
    ]

    /// Words before an atrocity that call for its repetition.
    static let atrocityRepeaters: [String] = [
        "another", "new", "second", "otro", "otra", "nuevo", "nueva", "segundo", "segunda", "autre", "nouvel",
        "nouvelle", "nouveau", "second", "seconde", "nog een", "een nieuwe", "een nieuw", "tweede", "ett nytt",
        "ett till", "en ny", "en till", "ny", "nytt", "un altre", "una altra", "nou",
    ]

    /// Nouns after an atrocity that make it a topic, not a call: "a new Holocaust museum".
    static let atrocityTopics: [String] = [
        "museum", "memorial", "survivor", "survivors", "film", "movie", "book", "exhibition", "remembrance", "day",
        "denial", "education", "museo", "superviviente", "supervivientes", "musee", "survivants", "monument",
        "herdenking", "overlevenden", "museet", "minnesdag", "overlevande", "victims", "victimas", "victimes",
        "slachtoffers", "offer",
    ]

    /// Words that, after "Holocaust" in the same clause, deny it: "the Holocaust is a hoax", "la Shoah est un
    /// mensonge", "de Holocaust is nooit gebeurd".
    static let denialWords: [String] = [
        "hoax", "myth", "lie", "lies", "fake", "fraud", "never happened", "didnt happen", "did not happen",
        "exaggerated", "invented", "fabricated", "made up", "mentira", "mito", "farsa", "invento", "inventado",
        "nunca existio", "nunca ocurrio", "nunca paso", "exagerado", "mensonge", "mythe", "bidon", "invente",
        "imposture", "jamais existe", "jamais eu lieu", "leugen", "verzonnen", "nep", "nooit gebeurd",
        "nooit plaatsgevonden", "overdreven", "logn", "myt", "bluff", "pahittad", "aldrig hant", "overdriven",
    ]

    /// Words of ``extremistNames``, ``extremistSlogans`` and ``atrocities`` too common to tell that a message may
    /// hold one (each phrase keeps at least one other word: "white power" is found by "power", "golden dawn" by
    /// "dawn"); ``ExtremismTables/triggerWords`` leaves them out.
    static let commonExtremismWords: Set<String> = [
        "the", "al", "bin", "third", "fourth", "golden", "blood", "and", "white", "14", "fourteen", "islamic",
        "estado", "etat", "osama", "dylann", "ku", "klux", "tercer", "troisieme", "derde", "tredje", "amanecer",
        "aube", "gouden", "gyllene", "world", "pride", "did", "nothing", "wrong", "und", "remove", "juden",
        "auslander", "sieg", "18",
    ]

    /// The extremism phrases, by word hash, as ``FeatureExtractor/extremismShown()`` matches them. A class, so
    /// that reading it per message retains one reference, not every table.
    final class ExtremismTables: Sendable {
        let names = PhraseTable(Lexicon.extremistNames)
        let praiseAfter = PhraseTable(Lexicon.extremistPraiseAfter)
        let praiseBefore = PhraseTable(Lexicon.extremistPraiseBefore)
        let slogans = PhraseTable(Lexicon.extremistSlogans)
        let atrocities = PhraseTable(Lexicon.atrocities)
        let repeaters = PhraseTable(Lexicon.atrocityRepeaters)
        let denial = PhraseTable(Lexicon.denialWords)
        let links = WordSet(Lexicon.extremistLinkWords)
        let topics = WordSet(Lexicon.atrocityTopics)
        let calls = WordSet(Lexicon.atrocityCalls)
        let articles = WordSet(["the", "el", "la", "los", "le", "les", "l", "de", "het", "den", "det", "els"])
        let holocaust = PhraseTable(["holocaust", "holocausto", "holocauste", "shoah"])
        /// Words after "right" that make it the political right ("right wing", "right-wing"), a place or time
        /// ("right there", "right now") or an entitlement ("had the right to").
        let notPraiseAfterRight = WordSet(
            ["wing", "winger", "wingers", "there", "here", "now", "next", "behind", "outside", "around", "away", "after",
             "before", "to", "of", "hand", "side"])
        let right = FNV.hash("right")
        /// The words at least one of which every name, slogan and atrocity holds (all their words but
        /// ``commonExtremismWords``): the rule runs on most messages, and a message with none of these words is
        /// done after one filter load per word.
        let triggerWords = WordSet(
            (Lexicon.extremistNames + Lexicon.extremistSlogans + Lexicon.atrocities)
                .flatMap { $0.split(separator: " ").map(String.init) }
                .filter { !Lexicon.commonExtremismWords.contains($0) })

        /// Whether the word of hash `h` is one of ``triggerWords``.
        @inline(__always)
        func triggers(_ h: UInt64) -> Bool { triggerWords.contains(h) }
    }

    static let extremism = ExtremismTables()
}
