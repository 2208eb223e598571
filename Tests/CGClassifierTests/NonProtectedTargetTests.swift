import Testing

@testable import CGClassifier

/// Abuse of targets the law does not protect (fans, trades, roles, pests, the weather) is abuse, not hate: a
/// message that names one and no protected group is held under the threshold unless the target heads see a group.
@Suite("Abuse of non-protected targets is not hate")
struct NonProtectedTargetTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    /// Written for this test; each scored at or above its language's threshold before the rule (0.54–1.00).
    @Test(
        "hostility at fans, trades and pests names no protected group",
        arguments: [
            ("Arsenal fans are a disease", Language.en), ("journalisten zijn een plaag", .nl),
            ("les supporters de l'OM sont une maladie", .fr), ("waarom zijn uitsmijters altijd van die bruten?", .nl),
            ("los vendedores de coches son escoria mentirosa", .es), ("je hais cette météo", .fr),
            ("pourquoi les videurs sont toujours des brutes ?", .fr),
            // Squatters (2026-11-30, seventh session).
            ("Los okupas son escoria", .es),
            // People in general, in Dutch and Swedish (2026-11-30, ninth session).
            ("Mensen zijn soms dom", .nl), ("Mensen zijn echt idioten", .nl), ("Människor är idioter", .sv),
            // Nazis, fascists and racists, by what they believe (2026-12-01, tenth session).
            ("Nazis are scum.", .en), ("Los nazis son escoria.", .es), ("Nazi's zijn tuig.", .nl),
            ("Fascisten zijn tuig.", .nl),
            // Trolls (2026-12-01, twelfth session).
            ("Internet trolls are pathetic.", .en),
        ])
    func held(text: String, language: Language) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        // Short messages can be read as a neighbouring language ("Arsenal fans …" as Catalan); the lists share
        // loanwords such as "fans" for that reason.
        #expect(r.language == language || text.hasPrefix("Arsenal"))
        #expect(!r.hateful && r.targets.isEmpty, "\(r.score)")
        // The fast path holds it the same way.
        #expect(c.makeSession().score(text) == r.score)
        // The model's own score was hateful: the rule, not the model, decides these.
        let extractor = FeatureExtractor()
        extractor.extract(text, language: r.language)
        let box = c.box(for: r.language)
        let p = sigmoid(box.plattA * Double(box.model.mainLogit(extractor.features)) + box.plattB)
        #expect(p >= box.threshold, "\(p)")
        #expect(ClassificationSession.needsGroupCheck(extractor, box: box))
    }

    @Test(
        "a protected group named beside a non-protected target keeps the message hateful",
        arguments: [
            "journalists are all filthy jews", "the police should deport every last muslim",
            "los periodistas defienden a esos moros asquerosos",
            // People named by where they come from, or pointed at, are a group.
            "Mensen uit Afrika zijn apen", "Die mensen zijn ratten",
            // Support for a hateful movement stands (2026-12-01, tenth session).
            "Nazis were right about the Jews.",
        ])
    func groupStillCounts(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(r.hateful && !r.targets.isEmpty, "\(r.score) \(r.targets)")
    }

    @Test("the lists name no protected group and hold no cue word of their language")
    func listsAreNeutral() {
        let lexicon = Lexicon.shared
        for (language, words) in Lexicon.nonProtectedTargets {
            for word in words {
                let h = FNV.hash(word)
                #expect(lexicon.group(h) < 0, "\(language) \(word) names a group")
                #expect(lexicon.cue(h) == .none, "\(language) \(word) is a cue word")
                #expect(!(Lexicon.anchorWords[language] ?? []).contains(word), "\(language) \(word) is an anchor word")
            }
        }
    }

    /// Dutch hostility said of one thing or person, naming no group (2026-12-01, tenth session): the Dutch model
    /// scored these 0.82–1.00 on the letters of the hostile word.
    @Test(
        "Dutch hostility at one thing or person is held",
        arguments: [
            "Die film was echt waardeloos.", "Die auto is een stuk afval.", "Je bent een waardeloze klootzak.",
            "Die leraar is echt dom.", "Dat eten was smerig.",
        ])
    func oneEntityHeld(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(r.language == .nl)
        #expect(!r.hateful && r.targets.isEmpty, "\(r.score)")
        #expect(c.makeSession().score(text) == r.score)
        let extractor = FeatureExtractor()
        extractor.extract(text, language: .nl)
        let box = c.box(for: .nl)
        let p = sigmoid(box.plattA * Double(box.model.mainLogit(extractor.features)) + box.plattB)
        #expect(p >= box.threshold, "\(p)")
        #expect(extractor.speaksOfOneEntity(.nl))
    }

    @Test(
        "a plural word, a group, or another language keeps the model's judgement",
        arguments: [
            ("Het is tijd om ze allemaal af te maken.", Language.nl), ("Die moslim is een rat.", .nl),
            ("That film was absolute garbage.", .en), ("Deze mensen zijn ratten en hij is hun leider.", .nl),
        ])
    func oneEntityNotSeen(text: String, language: Language) {
        let extractor = FeatureExtractor()
        extractor.extract(text, language: language)
        #expect(!extractor.speaksOfOneEntity(language) || extractor.groupMask != 0, "\(text)")
    }
}
