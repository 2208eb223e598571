import Foundation

/// Identifies the language of a short message from character-trigram profiles.
///
/// The profiles are built once from seed text written for this project (below): everyday sentences and the
/// function words that tell the six languages apart. Trigrams are taken over lower-cased UTF-8 bytes, so
/// accented letters ("ñ", "ç", "å", "l·l") weigh in as the strong cues they are.
public struct LanguageIdentifier: Sendable {
    /// The shared identifier (profiles are built on first use).
    public static let shared = LanguageIdentifier()

    static let languages: [Language] = [.en, .es, .ca, .fr, .nl, .sv]
    static let bucketBits = 12
    static let buckets = 1 << bucketBits

    /// Log-probabilities, bucket-major with 8 slots per bucket (6 used) so that a trigram is one cache line.
    private let table: [Float]

    /// Function words and the languages they are typical of (written as typed, accents included).
    static let functionWords: [(String, [Language])] = [
        ("the", [.en]), ("and", [.en]), ("is", [.en, .nl]), ("are", [.en]), ("was", [.en]), ("were", [.en]),
        ("not", [.en]), ("of", [.en]), ("to", [.en]), ("in", [.en, .nl]), ("that", [.en]), ("it", [.en]),
        ("you", [.en]), ("they", [.en]), ("we", [.en, .nl]), ("this", [.en]), ("with", [.en]), ("all", [.en]),
        ("be", [.en]), ("have", [.en]), ("has", [.en]), ("what", [.en]), ("who", [.en]), ("should", [.en]),
        ("would", [.en]), ("can", [.en]), ("don't", [.en]), ("dont", [.en]), ("aren't", [.en]), ("isn't", [.en]),
        ("i'm", [.en]), ("im", [.en]), ("my", [.en]), ("your", [.en]), ("their", [.en]), ("them", [.en]),
        ("just", [.en]), ("so", [.en]), ("than", [.en]), ("about", [.en]), ("people", [.en]), ("i", [.en, .ca]),
        ("never", [.en]), ("no", [.en, .es, .ca]), ("are", [.en]), ("he", [.en]), ("she", [.en]), ("me", [.en, .es]),
        ("el", [.es, .ca]), ("los", [.es]), ("las", [.es]), ("la", [.es, .fr, .ca]), ("que", [.es, .fr, .ca]),
        ("y", [.es]), ("es", [.es]), ("son", [.es]), ("por", [.es]), ("con", [.es]), ("para", [.es]),
        ("una", [.es, .ca]), ("un", [.es, .fr, .ca]), ("del", [.es, .ca]), ("pero", [.es]), ("muy", [.es]),
        ("todos", [.es]), ("esta", [.es]), ("este", [.es]), ("como", [.es]), ("más", [.es]), ("hay", [.es]),
        ("yo", [.es]), ("su", [.es]), ("sus", [.es]), ("lo", [.es]), ("se", [.es, .fr]), ("le", [.fr]),
        ("les", [.fr, .ca]), ("des", [.fr]), ("est", [.fr]), ("et", [.fr]), ("une", [.fr]), ("pour", [.fr]),
        ("pas", [.fr]), ("ne", [.fr]), ("je", [.fr, .nl]), ("il", [.fr]), ("ils", [.fr]), ("elles", [.fr]),
        ("nous", [.fr]), ("vous", [.fr]), ("sont", [.fr]), ("dans", [.fr]), ("avec", [.fr]), ("sur", [.fr]),
        ("qui", [.fr]), ("ce", [.fr]), ("cette", [.fr]), ("du", [.fr, .sv]), ("au", [.fr]), ("aux", [.fr]),
        ("tous", [.fr]), ("mais", [.fr]), ("très", [.fr]), ("c'est", [.fr]), ("els", [.ca]), ("amb", [.ca]),
        ("per", [.ca]), ("és", [.ca]), ("són", [.ca]), ("aquest", [.ca]), ("aquesta", [.ca]), ("molt", [.ca]),
        ("tots", [.ca]), ("perquè", [.ca]), ("però", [.ca]), ("també", [.ca]), ("hi", [.ca]), ("ho", [.ca]),
        ("dels", [.ca]), ("als", [.ca]), ("de", [.es, .fr, .nl, .ca]), ("het", [.nl]), ("een", [.nl]),
        ("en", [.nl, .es, .fr, .sv, .ca]), ("zijn", [.nl]), ("van", [.nl]), ("niet", [.nl]), ("dat", [.nl]),
        ("die", [.nl]), ("met", [.nl]), ("voor", [.nl]), ("ook", [.nl]), ("maar", [.nl]), ("wij", [.nl]),
        ("ze", [.nl]), ("ik", [.nl]), ("geen", [.nl]), ("naar", [.nl]), ("er", [.nl]), ("moeten", [.nl]),
        ("och", [.sv]), ("att", [.sv]), ("det", [.sv]), ("som", [.sv]), ("är", [.sv]), ("inte", [.sv]),
        ("jag", [.sv]), ("vi", [.sv]), ("den", [.sv, .nl]), ("ett", [.sv]), ("på", [.sv]), ("för", [.sv]),
        ("med", [.sv]), ("har", [.sv]), ("ska", [.sv]), ("alla", [.sv]), ("inga", [.sv]), ("ingen", [.sv]),
    ]

    /// More function words (2026-11-29 night), for short messages: Swedish modal verbs and pronouns ("måste",
    /// "bör", "här"), Catalan ("cal", "ens", "avui"), Spanish ("está", "hoy"), Dutch ("tot", "alles", "jullie"),
    /// English ("our", "again", "every"), French ("tout", "encore"). Kept apart from ``functionWords`` because those are also the words the tokeniser
    /// may cut glued words into (`Lexicon.glueWords`), which these should not change. Words that are ordinary in
    /// another of the six languages are left out (French "mot", English "dig", French "dit", Dutch "want",
    /// Swedish "for" and "get").
    static let moreFunctionWords: [(String, [Language])] = [
        ("måste", [.sv]), ("bör", [.sv]), ("borde", [.sv]), ("också", [.sv]), ("här", [.sv]), ("där", [.sv]),
        ("så", [.sv]), ("bara", [.sv]), ("dem", [.sv]), ("sig", [.sv]), ("mig", [.sv]), ("vad", [.sv]),
        ("när", [.sv]), ("hur", [.sv]), ("från", [.sv]), ("eller", [.sv]), ("deras", [.sv]), ("vår", [.sv]),
        ("våra", [.sv]), ("någon", [.sv]), ("några", [.sv]), ("något", [.sv]), ("mycket", [.sv]), ("igen", [.sv]),
        ("kommer", [.sv]), ("blir", [.sv]), ("skulle", [.sv]), ("om", [.sv, .nl]), ("nu", [.sv, .nl]),
        ("cal", [.ca]), ("ens", [.ca]), ("seva", [.ca]), ("meva", [.ca]), ("nostra", [.ca]), ("nostre", [.ca]),
        ("fins", [.ca]), ("encara", [.ca]), ("doncs", [.ca]), ("tothom", [.ca]), ("avui", [.ca]), ("demà", [.ca]),
        ("això", [.ca]), ("aquí", [.es, .ca]), ("prou", [.ca]), ("res", [.ca]), ("molts", [.ca]), ("molta", [.ca]),
        ("está", [.es]), ("están", [.es]), ("qué", [.es]), ("dónde", [.es]), ("hoy", [.es]), ("eso", [.es]),
        ("esa", [.es]), ("ese", [.es]), ("ellos", [.es]), ("nadie", [.es]), ("nada", [.es]), ("mañana", [.es]),
        ("tot", [.nl]), ("alles", [.nl]), ("wat", [.nl]), ("nog", [.nl]), ("hier", [.nl]), ("daar", [.nl]),
        ("jullie", [.nl]), ("hun", [.nl]), ("onze", [.nl]), ("heb", [.nl]), ("hebben", [.nl]), ("wordt", [.nl]),
        ("moet", [.nl]), ("deze", [.nl]), ("bij", [.nl]), ("uit", [.nl]), ("weer", [.nl]), ("allemaal", [.nl]),
        ("gaat", [.nl]), ("gewoon", [.nl]),
        ("our", [.en]), ("again", [.en]), ("how", [.en]), ("only", [.en]), ("much", [.en]), ("know", [.en]),
        ("will", [.en]), ("when", [.en]), ("there", [.en]), ("why", [.en]), ("very", [.en]), ("some", [.en]),
        ("every", [.en]), ("like", [.en]),
        // 2026-11-30: English words of none of the other five languages (not "us": Catalan "you"; not "let", "over",
        // "been", "even": Dutch words; not "on", "an": French; not "by": Swedish).
        ("less", [.en]), ("wherever", [.en]), ("whenever", [.en]), ("go", [.en]), ("these", [.en]), ("those", [.en]), ("here", [.en]), ("any", [.en]), ("more", [.en]), ("where", [.en]), ("if", [.en]), ("because", [.en]), ("could", [.en]), ("do", [.en]), ("does", [.en]), ("did", [.en]), ("him", [.en]), ("her", [.en]), ("his", [.en]), ("its", [.en]), ("at", [.en]), ("from", [.en]), ("out", [.en]), ("up", [.en]), ("off", [.en]), ("too", [.en]), ("such", [.en]), ("own", [.en]), ("other", [.en]), ("must", [.en]), ("also", [.en]), ("into", [.en]), ("after", [.en]), ("before", [.en]), ("then", [.en]),
        // English nouns of our domain whose endings read as Dutch ("-en", "-in"): "Women are less intelligent
        // than men." and "Refugees are vermin." were read as Dutch.
        ("women", [.en]), ("woman", [.en]), ("refugees", [.en]), ("vermin", [.en]),
        // "Black lives matter" was read as French, "Trans lives matter" too.
        ("lives", [.en]), ("matter", [.en]), ("belong", [.en]),
        // 2026-11-30, seventh session: "Lesbians are mentally ill" was read as French, "Women are born manipulators" as
        // Dutch. Group words spelt only in English (not "arabs": Catalan "àrabs"; not "gays", "immigrants": French
        // too).
        ("lesbians", [.en]), ("muslims", [.en]), ("jews", [.en]), ("blacks", [.en]), ("whites", [.en]),
        ("mentally", [.en]), ("born", [.en]),
        // Spanish "sobre" (about), Catalan too.
        ("sobre", [.es, .ca]), ("fora", [.ca]), ("haurien", [.ca]), ("tornar", [.ca]),
        ("tout", [.fr]), ("toute", [.fr]), ("encore", [.fr]), ("suis", [.fr]), ("ai", [.fr]), ("ces", [.fr]),
        ("leur", [.fr]), ("ça", [.fr]), ("chez", [.fr]), ("moi", [.fr]), ("doit", [.fr]), ("faut", [.fr]),
        // 2026-12-01 (eleventh session): adverbs and modal verbs of one language each. On the corpus extracts two
        // Spanish messages are now read as Spanish ("tu eres d siempre zorra" was Catalan); "Joden controleren de
        // media en de banken" is still read as Spanish and "Nunca te fíes de un gitano" as Catalan (their
        // letters outweigh one word).
        ("nooit", [.nl]), ("altijd", [.nl]), ("kunnen", [.nl]), ("zouden", [.nl]), ("mogen", [.nl]),
        ("controleren", [.nl]), ("waarom", [.nl]), ("omdat", [.nl]), ("nunca", [.es]), ("siempre", [.es]),
        ("deberían", [.es]), ("tienen", [.es]), ("porque", [.es]), ("jamais", [.fr]), ("toujours", [.fr]),
        ("devraient", [.fr]), ("parce", [.fr]),
        // 2026-12-01 (thirteenth session): French as tweets write it, with no accents ("les handicapés servent a rien
        // a part coûter du fric" and "ta gueule sale pute de féministe" were read as Catalan and Swedish).
        ("rien", [.fr]), ("gueule", [.fr]), ("quoi", [.fr]), ("ouais", [.fr]), ("putain", [.fr]), ("aussi", [.fr]),
        ("vraiment", [.fr]), ("franchement", [.fr]), ("beaucoup", [.fr]), ("meuf", [.fr]), ("mdr", [.fr]),
        ("ptn", [.fr]), ("jsuis", [.fr]), ("wesh", [.fr]), ("askip", [.fr]), ("jpp", [.fr]),
    ]

    /// Group words spelt in one or two of the six languages only (2026-11-30, ninth session), for messages of two
    /// or three words: "Sales juifs" and "Sales Arabes" were read as English ("sales"), so the English model scored
    /// them 0.11 and 0.07 where the French one scores "Ces sales juifs" 0.99. Words spelt alike in English are left
    /// out ("immigrants", "gays", "trans"), as are "blancs" and "negres" (French and Catalan alike are listed
    /// with both). Kept apart from ``moreFunctionWords``, which the tokeniser also reads.
    static let groupWords: [(String, [Language])] = [
        ("juifs", [.fr]), ("juives", [.fr]), ("blancs", [.fr, .ca]), ("noirs", [.fr]), ("noires", [.fr]),
        ("arabes", [.fr, .es]), ("musulmans", [.fr, .ca]), ("immigrés", [.fr]), ("réfugiés", [.fr]),
        ("gitans", [.fr]), ("handicapés", [.fr]), ("chrétiens", [.fr]), ("hommes", [.fr]), ("femmes", [.fr]),
        ("pédés", [.fr]), ("bougnoules", [.fr]),
        ("judíos", [.es]), ("judios", [.es]), ("blancos", [.es]), ("negros", [.es]), ("musulmanes", [.es]),
        ("inmigrantes", [.es]), ("refugiados", [.es]), ("gitanos", [.es, .ca]), ("maricones", [.es]),
        ("mujeres", [.es]), ("hombres", [.es]), ("cristianos", [.es]), ("moros", [.es]), ("sudacas", [.es]),
        ("joden", [.nl]), ("blanken", [.nl]), ("zwarten", [.nl]), ("moslims", [.nl]), ("vluchtelingen", [.nl]),
        ("buitenlanders", [.nl]), ("vrouwen", [.nl]), ("mannen", [.nl]), ("christenen", [.nl]),
        ("marokkanen", [.nl]), ("allochtonen", [.nl]),
        ("judar", [.sv]), ("muslimer", [.sv]), ("invandrare", [.sv]), ("flyktingar", [.sv]), ("bögar", [.sv]),
        ("kvinnor", [.sv]), ("kristna", [.sv]), ("svartskallar", [.sv]),
        ("jueus", [.ca]), ("refugiats", [.ca]), ("dones", [.ca]),
        // 2026-12-01 (tenth session): "Ik vind transgenders geestesziek" and "Transgenders zijn monsters" were read
        // as French, "Sterf, vuile flikker" and "Crève, sale pédé" as English, "Chaque immigré est un rat" as
        // Catalan.
        ("transgenders", [.nl]), ("homo's", [.nl]), ("gehandicapten", [.nl]), ("zigeuners", [.nl]),
        ("flikkers", [.nl]), ("flikker", [.nl]), ("homoseksuelen", [.nl]), ("immigranten", [.nl]),
        ("turken", [.nl]), ("vuile", [.nl]), ("sterf", [.nl]), ("pédé", [.fr]), ("crève", [.fr]),
        ("immigré", [.fr]), ("musulman", [.fr]), ("chaque", [.fr]), ("elke", [.nl]), ("iedere", [.nl]),
        // 2026-12-01 (twelfth session): a slur of one language said alone or after an insult's frame ("Sale
        // négro", "Espèce de gouine", "Puto moro" were read as English or Spanish, and their language's model
        // never saw them).
        ("espèce", [.fr]), ("négro", [.fr]), ("gouine", [.fr]), ("gouines", [.fr]), ("bougnoule", [.fr]),
        ("youpin", [.fr]), ("bicot", [.fr]), ("bamboula", [.fr]), ("niakoué", [.fr]), ("tarlouze", [.fr]),
        ("puto", [.es]), ("putos", [.es]), ("moro", [.es]), ("sudaca", [.es]), ("maricón", [.es]),
        ("bollera", [.es]), ("panchito", [.es]), ("kankerjood", [.nl]), ("kankerjoden", [.nl]),
        // English names of nations ("Brazilians are lazy" was read as Catalan; not "americans": "Asian Americans are
        // a fast growing group" is then read by the English model, which flags it).
        ("brazilians", [.en]), ("filipinos", [.en]), ("koreans", [.en]),
        // 2026-12-01 (fourteenth session): more of the groups' English plurals that no other of the six languages
        // spells so (see "lesbians" above; not "immigrants", French too, or "transgender", Dutch too).
        ("refugees", [.en]), ("women", [.en]), ("christians", [.en]), ("asians", [.en]), ("gypsies", [.en]),
        ("travellers", [.en]), ("disabled", [.en]), ("faggots", [.en]),
    ]

    /// Letters that only some of the six languages write, with the evidence one occurrence adds (shared between
    /// the languages listed): "å", "ä", "ö" are Swedish, "ñ", "¿", "¡" and "á" Spanish, "ò" and "·" (l·l)
    /// Catalan, "ê", "â", "î", "ô", "û", "ù" French; "à", "è", "ç" are French or Catalan, "ë" and "ï" Dutch,
    /// French or Catalan. The trigram profiles see these too, but from a few hundred words of seed text, where
    /// one "é" in "moskén" weighed more than two Swedish letters.
    static let letterCues: [(Character, [Language], Float)] = [
        ("å", [.sv], 2.5), ("ä", [.sv], 2.5), ("ö", [.sv], 2.5),
        ("ñ", [.es], 2.5), ("¿", [.es], 2.5), ("¡", [.es], 2.5), ("á", [.es], 1.5),
        ("ò", [.ca], 2.5), ("·", [.ca], 2.5),
        ("ê", [.fr], 2), ("â", [.fr], 2), ("î", [.fr], 2), ("ô", [.fr], 2), ("û", [.fr], 2), ("ù", [.fr], 2),
        ("à", [.fr, .ca], 2), ("è", [.fr, .ca], 2), ("ç", [.fr, .ca], 2),
        ("ë", [.nl, .fr, .ca], 1.5), ("ï", [.nl, .fr, .ca], 1.5),
    ]

    /// Per-word evidence: the bit set of languages a function word belongs to, by word hash.
    private let wordLanguages: HashTable
    private let wordView: HashTableView
    /// Score bonus per bit set of languages (64 entries).
    private let bonusByMask: [SIMD8<Float>]
    /// Evidence per two-byte letter of ``letterCues``: index (lead byte − 0xC2) × 64 + (second byte & 0x3F), for
    /// lead bytes 0xC2 and 0xC3 (upper case folded to lower case first). Static, not stored: a stored property
    /// would change this public struct's layout, and modules built incrementally against the old layout
    /// (CGSentiment, CGWeb) then crash reading a `HateClassifier` — seen once on 2026-11-29 night.
    private static let letterBonus: [SIMD8<Float>] = {
        var letterBonus = [SIMD8<Float>](repeating: SIMD8<Float>(), count: 128)
        for (letter, langs, weight) in letterCues {
            let utf8 = Array(String(letter).utf8)
            guard utf8.count == 2, utf8[0] == 0xC2 || utf8[0] == 0xC3 else { continue }
            let index = Int(utf8[0] - 0xC2) * 64 + Int(utf8[1] & 0x3F)
            for l in langs {
                if let r = languages.firstIndex(of: l) { letterBonus[index][r] += weight / Float(langs.count) }
            }
        }
        return letterBonus
    }()

    /// Builds the profiles from the seed text.
    public init() {
        var masks: [UInt64: UInt32] = [:]
        for (word, langs) in Self.functionWords + Self.moreFunctionWords + Self.groupWords {
            for l in langs {
                if let r = Self.languages.firstIndex(of: l) { masks[FNV.hash(word), default: 0] |= 1 << UInt32(r) }
            }
        }
        wordLanguages = HashTable(masks)
        wordView = wordLanguages.view
        bonusByMask = (0..<64).map { mask in
            var v = SIMD8<Float>()
            let n = Float(max(mask.nonzeroBitCount, 1))
            // 5 (3 until 2026-11-29 night): on a short message a function word is better evidence than its few
            // trigrams (with the words and letters added that night, language identification on the development
            // cases 0.976 at 3 → 0.984 at 5, on our training sentences 0.965 → 0.970).
            for r in 0..<6 where mask & (1 << r) != 0 { v[r] = 5.0 / n }
            return v
        }
        var table = [Float](repeating: 0, count: 8 * Self.buckets)
        for (row, language) in Self.languages.enumerated() {
            var counts = [Float](repeating: 0, count: Self.buckets)
            let seed = Self.seedText[language] ?? ""
            var total: Float = 0
            Self.forEachTrigram(seed) { bucket in
                counts[bucket] += 1
                total += 1
            }
            let alpha: Float = 0.1
            let denominator = total + alpha * Float(Self.buckets)
            for b in 0..<Self.buckets {
                table[b * 8 + row] = logf((counts[b] + alpha) / denominator)
            }
        }
        self.table = table
    }

    /// The most likely language of `text`, or `.other` for text with no Latin letters or too little to go on.
    public func identify(_ text: String) -> Language {
        // A small prior for English, the commonest language of the messages this tool sees.
        var scores = SIMD8<Float>(1.0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var wordHash = FNV.offset
        var wordLen = 0
        var nonLatin = 0
        var latin = 0
        var text = text
        let wordView = self.wordView
        text.withUTF8 { utf8 in
            table.withUnsafeBytes { t in
              bonusByMask.withUnsafeBufferPointer { bonusByMask in
              Self.letterBonus.withUnsafeBufferPointer { letterBonus in
                // The same walk as forEachTrigram, written out so that the hot loop has no closure call.
                var c1: UInt32 = 0x20
                var c2: UInt32 = 0x20
                var lead: UInt32 = 0
                for byte in utf8 {
                    var c: UInt32
                    switch byte {
                    case 0x41...0x5A: c = UInt32(byte | 0x20); latin &+= 1
                    case 0x61...0x7A: c = UInt32(byte); latin &+= 1
                    case 0xC2...0xC5: lead = UInt32(byte); continue
                    case 0x80...0xBF:
                        guard lead != 0 else { continue }
                        c = (lead << 8) | UInt32(byte)
                        if lead == 0xC3 && byte <= 0x9E && byte != 0x97 { c |= 0x20 }
                        if lead <= 0xC3 { scores += letterBonus[Int(lead &- 0xC2) &* 64 &+ Int(c & 0x3F)] }
                        lead = 0
                        latin &+= 1
                    case 0xC6...0xF4: nonLatin &+= 1; lead = 0; continue
                    case 0x27: c = 0x27
                    default: c = 0x20
                    }
                    if c == 0x20 {
                        if wordLen > 0 {
                            let m = wordView.lookup(wordHash)
                            if m != 0 { scores += bonusByMask[Int(m & 63)] }
                            wordHash = FNV.offset
                            wordLen = 0
                        }
                    } else {
                        if c > 0xFF { wordHash = FNV.mix(wordHash, UInt8(truncatingIfNeeded: c >> 8)) }
                        wordHash = FNV.mix(wordHash, UInt8(truncatingIfNeeded: c))
                        wordLen += 1
                    }
                    if c == 0x20 && c2 == 0x20 { continue }
                    let h = (c1 &* 0x1F35_1F35) ^ (c2 &* 0x9E37_79B1) ^ (c &* 0x85EB_CA6B)
                    let bucket = Int((h ^ (h >> 15)) & UInt32(Self.buckets - 1))
                    scores += t.loadUnaligned(fromByteOffset: bucket &* 32, as: SIMD8<Float>.self)
                    n &+= 1
                    c1 = c2
                    c2 = c
                    // Eighty trigrams decide the language of any message; stop early on long ones.
                    if n >= 80 { break }
                }
                if wordLen > 0 {
                    let m = wordView.lookup(wordHash)
                    if m != 0 { scores += bonusByMask[Int(m & 63)] }
                }
              }
              }
            }
        }
        if n < 2 || nonLatin > latin { return .other }
        var best = 0
        for r in 1..<Self.languages.count where scores[r] > scores[best] { best = r }
        // On short messages a narrow win over English is more often a misreading of English (the commonest
        // language online, and the one whose model was trained on most data) than the other language. Margins
        // 5 / 3 since 2026-11-30 (3 / 1.5 before): English development cases misread 47 → 34, see the classifier docs.
        if best != 0 && n < 40 && scores[best] - scores[0] < (n < 20 ? 5 : 3) { return .en }
        return Self.languages[best]
    }

    private static func forEachTrigram(_ text: String, _ body: (Int) -> Void) {
        var a = 0
        var b = 0
        forEachTrigram(text, nonLatin: &a, latin: &b, body)
    }

    @inline(__always)
    private static func forEachTrigram(
        _ text: String, nonLatin: inout Int, latin: inout Int, _ body: (Int) -> Void
    ) {
        var c1: UInt32 = 0x20
        var c2: UInt32 = 0x20
        var lead: UInt32 = 0
        for byte in text.utf8 {
            var c: UInt32
            switch byte {
            case 0x41...0x5A: c = UInt32(byte | 0x20); latin += 1
            case 0x61...0x7A: c = UInt32(byte); latin += 1
            case 0xC2...0xC5:
                // Start of a Latin-1/Extended-A letter: combine with the continuation byte.
                lead = UInt32(byte)
                continue
            case 0x80...0xBF:
                if lead != 0 {
                    c = (lead << 8) | UInt32(byte)
                    // Fold upper-case Latin-1 letters (U+00C0–U+00DE) to lower case.
                    if lead == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 { c |= 0x20 }
                    lead = 0
                    latin += 1
                } else {
                    continue
                }
            case 0xC6...0xF4:
                nonLatin += 1
                lead = 0
                continue
            case 0x27: c = 0x27
            default: c = 0x20
            }
            if c == 0x20 && c2 == 0x20 { continue }
            let h = (c1 &* 0x1F35_1F35) ^ (c2 &* 0x9E37_79B1) ^ (c &* 0x85EB_CA6B)
            body(Int((h ^ (h >> 15)) & UInt32(buckets - 1)))
            c1 = c2
            c2 = c
        }
        if c2 != 0x20 {
            let h = (c1 &* 0x1F35_1F35) ^ (c2 &* 0x9E37_79B1) ^ (0x20 &* 0x85EB_CA6B)
            body(Int((h ^ (h >> 15)) & UInt32(buckets - 1)))
        }
    }

    /// Seed text written for CommonGround (not taken from any corpus). The Dutch text's last sentence (2026-12-01,
    /// twelfth session) gives the profile Dutch verbs in "-eren": "Joden controleren de media" was read as Spanish.
    static let seedText: [Language: String] = [
        .en: """
            the and is are was were of to in that it for on with as you this but not they have be at by from \
            what all there their we our your them just about would should could people like because which who \
            I think that this is the best thing we have seen in the city for years. They said they would come \
            back tomorrow with their friends. Why do you always talk about what other people are doing? \
            We don't want any trouble, we just want to live in peace with our neighbours. It was a long day \
            and everyone was tired, but the meeting went well. Those people should be ashamed of themselves. \
            I can't believe what I just heard on the news tonight. You should have told me about it earlier. \
            Our community will stand together against hate. Nobody deserves to be treated like that. \
            Please share this with anyone who might need help. What are they doing here anyway? \
            The weather is nice today, let's go to the park after work. I love my family and my friends. \
            they're we're isn't doesn't don't can't won't shouldn't would have been being these those things
            """,
        .es: """
            el la los las de que y en un una es son por con para no se lo le del al como pero más muy todos \
            nosotros ellos ellas esta este esto estos están hay ya yo tú su sus porque cuando también siempre \
            Creo que esto es lo mejor que hemos visto en la ciudad desde hace años. Dijeron que volverían \
            mañana con sus amigos. ¿Por qué siempre hablas de lo que hacen los demás? No queremos problemas, \
            solo queremos vivir en paz con nuestros vecinos. Fue un día muy largo y todos estaban cansados, \
            pero la reunión salió bien. Esa gente debería avergonzarse. No me puedo creer lo que acabo de oír \
            en las noticias. Tendrías que habérmelo dicho antes. Nuestra comunidad se mantendrá unida contra \
            el odio. Nadie merece ser tratado así. ¿Qué hacen aquí de todas formas? Hoy hace buen tiempo, \
            vamos al parque después del trabajo. Quiero mucho a mi familia y a mis amigos. España señor niño año
            """,
        .ca: """
            el la els les de que i en un una és són per amb no es ho li del al com però més molt tots \
            nosaltres ells elles aquesta aquest això aquests estan hi ha ja jo tu seu seus perquè quan també \
            sempre Crec que això és el millor que hem vist a la ciutat des de fa anys. Van dir que tornarien \
            demà amb els seus amics. Per què sempre parles del que fan els altres? No volem problemes, només \
            volem viure en pau amb els nostres veïns. Va ser un dia molt llarg i tothom estava cansat, però la \
            reunió va anar bé. Aquesta gent s'hauria d'avergonyir. No m'ho puc creure el que acabo de sentir a \
            les notícies. M'ho hauries d'haver dit abans. La nostra comunitat es mantindrà unida contra l'odi. \
            Ningú no mereix ser tractat així. Què hi fan aquí, de totes maneres? Avui fa bon temps, anem al \
            parc després de la feina. Estimo molt la meva família i els meus amics. col·legi català llengua
            """,
        .fr: """
            le la les de des que et en un une est sont pour avec ne pas se ce il elle ils elles du au comme \
            mais plus très tous nous vous leur leurs cette ces c'est qu'ils n'est l'on d'un j'ai aussi toujours \
            Je pense que c'est la meilleure chose que nous ayons vue dans la ville depuis des années. Ils ont \
            dit qu'ils reviendraient demain avec leurs amis. Pourquoi parles-tu toujours de ce que font les \
            autres? Nous ne voulons pas de problèmes, nous voulons juste vivre en paix avec nos voisins. \
            C'était une longue journée et tout le monde était fatigué, mais la réunion s'est bien passée. \
            Ces gens devraient avoir honte. Je n'arrive pas à croire ce que je viens d'entendre aux \
            informations. Notre communauté restera unie contre la haine. Personne ne mérite d'être traité \
            ainsi. Qu'est-ce qu'ils font ici de toute façon? Il fait beau aujourd'hui, allons au parc après \
            le travail. J'aime ma famille et mes amis. français être déjà où ça garçon
            """,
        .nl: """
            de het een en is zijn van dat die in op te met voor niet maar ook als er ze wij jullie hun hij \
            zij ik je we deze dit wat wie waarom omdat altijd nooit wel nog naar bij uit over dan heel \
            Ik denk dat dit het beste is wat we in jaren in de stad hebben gezien. Ze zeiden dat ze morgen \
            terugkomen met hun vrienden. Waarom praat je altijd over wat andere mensen doen? We willen geen \
            problemen, we willen gewoon in vrede leven met onze buren. Het was een lange dag en iedereen was \
            moe, maar de vergadering ging goed. Die mensen zouden zich moeten schamen. Ik kan niet geloven \
            wat ik net op het nieuws hoorde. Je had het me eerder moeten vertellen. Onze gemeenschap staat \
            samen tegen haat. Niemand verdient het om zo behandeld te worden. Wat doen ze hier eigenlijk? \
            Het is mooi weer vandaag, laten we na het werk naar het park gaan. Ik hou van mijn familie. \
            gezellig ijs tijd mij zijn vrijheid \
            Zij controleren en regeren alles, ze bepalen het nieuws en profiteren van de regering.
            """,
        .sv: """
            och att det som en ett är var av på i för med inte men också om de vi ni dem han hon jag du \
            den detta vad vem varför eftersom alltid aldrig till från över än mycket har hade kan ska skulle \
            Jag tror att det här är det bästa vi har sett i staden på flera år. De sa att de skulle komma \
            tillbaka i morgon med sina vänner. Varför pratar du alltid om vad andra människor gör? Vi vill inte \
            ha några problem, vi vill bara leva i fred med våra grannar. Det var en lång dag och alla var \
            trötta, men mötet gick bra. De där människorna borde skämmas. Jag kan inte tro vad jag just hörde \
            på nyheterna. Du borde ha berättat det för mig tidigare. Vårt samhälle står tillsammans mot hat. \
            Ingen förtjänar att behandlas så. Vad gör de här egentligen? Det är fint väder i dag, vi går till \
            parken efter jobbet. Jag älskar min familj och mina vänner. själv kväll sjukhus
            """,
    ]
}
