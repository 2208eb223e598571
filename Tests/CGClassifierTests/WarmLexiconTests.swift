import Testing
@testable import CGClassifier

/// The warm, counter-speech and violence words added on 2026-11-29 (late night) are read as their cues in their language,
/// none was already a cue of another kind (the first listing wins, so a clash would turn a hostile word warm),
/// and the words left out for meaning something else in another language carry no cue.
@Suite("Warm, counter-speech and violence lexicon")
struct WarmLexiconTests {
    @Test(
        "praise, welcome and rebuttal words are warm and counter cues in their language",
        arguments: [
            (Language.en, "such compassionate, hospitable neighbours", ["compassionate", "hospitable"], Lexicon.Cue.positive),
            (.es, "son encantadores, generosos y muy queridos", ["encantadores", "generosos", "queridos"], .positive),
            (.fr, "des voisins chaleureux et bienveillants, quel bonheur", ["chaleureux", "bienveillants", "bonheur"], .positive),
            (.nl, "wat een gastvrije, hartelijke en zorgzame buren", ["hartelijke", "zorgzame"], .positive),
            (.ca, "benvingudes, som una ciutat de convivencia", ["benvingudes", "convivencia"], .positive),
            (.sv, "underbara och omtanksamma grannar", ["underbara", "omtanksamma"], .positive),
            (.en, "stop the scapegoating, it is prejudice", ["scapegoating", "prejudice"], .counter),
            (.fr, "c'est du fanatisme et des préjugés", ["fanatisme", "prejuges"], .counter),
            (.nl, "dat zijn vooroordelen, schandalig", ["vooroordelen", "schandalig"], .counter),
            (.en, "strangle them, drown them, bullets for all", ["strangle", "drown", "bullets"], .negative),
            (.es, "hay que ahogarlos y apuñalar a todos", ["ahogarlos", "apunalar"], .negative),
            (.fr, "noyer et poignarder", ["noyer", "poignarder"], .negative),
            (.nl, "de gaskamer in, laat ze verzuipen", ["gaskamer", "verzuipen"], .negative),
            (.sv, "knivhugga och dränka", ["knivhugga", "dranka"], .negative),
            (.en, "insects that infest, swarms of mongrels", ["insects", "infest", "swarms", "mongrels"], .negative),
            (.es, "son sabandijas y piojos", ["sabandijas", "piojos"], .negative),
            (.nl, "onmensen en primitieven", ["onmensen", "primitieven"], .negative),
        ])
    func cues(language: Language, text: String, words: [String], cue: Lexicon.Cue) {
        let cues = HostileLexiconTests.cues(text, language)
        for word in words { #expect(cues[word] == cue, "\(word): \(String(describing: cues[word]))") }
    }

    @Test("no new word was already a cue of another kind")
    func noClash() {
        for (cue, words) in Lexicon.moreCueWords {
            for (other, list) in Lexicon.cueWords where other != cue {
                let clash = Set(words).intersection(list)
                #expect(clash.isEmpty, "\(cue) and \(other): \(clash.sorted())")
            }
        }
    }

    @Test("words that mean something else in another of our languages were left out")
    func leftOut() {
        #expect(HostileLexiconTests.cues("blood in their veins", .en)["veins"] == Lexicon.Cue.none)
        #expect(HostileLexiconTests.cues("en osant dire", .fr)["osant"] == Lexicon.Cue.none)
    }

    @Test("threats in the new violence words are hateful (their type is the type heads' to judge)", arguments: [
        "let's bomb the refugee centre", "deberíamos ahogar a los gitanos en el río",
        "voy a reventarle la cabeza a cualquier negro que vea",
    ])
    func threats(text: String) throws {
        let r = try HateClassifier.loadDefault().classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(r.score)")
    }

    @Test("positive mentions in the new words are not hateful", arguments: [
        "Les réfugiés de notre rue sont tellement chaleureux et gentils",
        "Los inmigrantes de mi barrio son encantadores y muy trabajadores",
        "Stop scapegoating immigrants for the housing crisis, it is prejudice",
    ])
    func notHateful(text: String) throws {
        let c = try HateClassifier.loadDefault()
        #expect(!c.classify(text).hateful)
    }
}
