import Testing

@testable import CGClassifier

/// The session runs a rule only when ``RuleTriggerIndex/scan(_:)`` finds the rule's words (``RuleTriggers``): each
/// requirement must be a necessary condition, or a rule would be skipped on a message it holds for and a decision
/// would change. Checked rule by rule on messages built from the rules' own phrases, on the functional suite and on
/// our own sentences, read with every model's tables.
@Suite("Rule trigger index")
struct RuleTriggerTests {
    typealias Rule = (name: String, needs: RuleTriggers, holds: @Sendable (FeatureExtractor, ModelBox) -> Bool)

    /// Every rule the session gates, with its requirement.
    static let rules: [Rule] = [
        ("rebutsHatefulClaim", .rebutsClaim, { $0.rebutsHatefulClaim($1.expressions) }),
        ("usesSlurPlainly", .usesSlur, { $0.usesSlurPlainly($1.language) }),
        ("expressesHatePlainly", .expressesHate, { $0.expressesHatePlainly($1.expressions) }),
        ("endorsesViolenceAgainstGroup", .expressesHate, { $0.endorsesViolenceAgainstGroup($1.expressions) }),
        ("likensGroupToWhatItIs", .expressesHate, { $0.likensGroupToWhatItIs($1.expressions) }),
        ("deniesGroupWorth", .deniesWorth, { $0.deniesGroupWorth($1.expressions) }),
        ("deniesGroupRights", .deniesRights, { $0.deniesGroupRights($1.expressions) }),
        ("asksHatefulQuestion", .asksHatefulQuestion, { $0.asksHatefulQuestion($1.expressions) }),
        ("hatesGroupByPronoun", .hatesByPronoun, { $0.hatesGroupByPronoun($1.expressions) }),
        ("wishesHarm", .wishesHarm, { $0.wishesHarm($1.expressions) }),
        ("accusesOfCelebratingViolence", .accusesOfCelebrating, { $0.accusesOfCelebratingViolence($1.expressions) }),
        ("exclusionTarget", .callsForExclusion, { $0.exclusionTarget($1.expressions) != nil }),
        ("mayHoldStereotype", .stereotype, { extractor, _ in extractor.mayHoldStereotype() }),
        ("extremismShown", .extremism, { extractor, _ in extractor.extremismShown() != nil }),
        ("affirmsGroup", .affirms, { $0.affirmsGroup($1.expressions, language: $1.language) }),
        ("asksWhyGroupSuffers", .asksWhySuffers, { $0.asksWhyGroupSuffers($1.expressions, language: $1.language) }),
        ("reclaimsGroupWord", .reclaims, { $0.reclaimsGroupWord($1.expressions, language: $1.language) }),
        ("statesIdentity", .statesIdentity, { $0.statesIdentity($1.expressions, language: $1.language) }),
        ("reportsGroupAsVictim", .reportsVictim, { $0.reportsGroupAsVictim($1.expressions, language: $1.language) }),
        ("reportsGroupEvent", .reportsEvent, { $0.reportsGroupEvent($1.expressions, language: $1.language) }),
        ("wishesPlaceWithoutGroup", .wishesWithout, { $0.wishesPlaceWithoutGroup($1.expressions) }),
        ("threatensBySplitVerb", .threatensBySplit, { extractor, _ in extractor.threatensBySplitVerb() }),
        ("disclaimsThenDerogates", .disclaimsThenDerogates, { extractor, _ in extractor.disclaimsThenDerogates() }),
        ("deniesGoodByNotThat", .deniesGoodByNotThat, { extractor, _ in extractor.deniesGoodByNotThat() }),
        ("threatensWithIntent", .threatensWithIntent, { $0.threatensWithIntent($1.expressions) }),
        ("usesViolentWordsHarmlessly", .harmlessIdiom, { $0.usesViolentWordsHarmlessly($1.language) }),
        ("objectifiesGroup", .objectifies, { $0.objectifiesGroup($1.expressions) }),
        ("insinuatesAboutGroup", .objectifies, { extractor, _ in extractor.insinuatesAboutGroup() }),
        ("insinuatesByPhrase", .veiled, { extractor, _ in extractor.insinuatesByPhrase() }),
        ("swarmsWithGroup", .veiled, { extractor, _ in extractor.swarmsWithGroup() }),
        ("deniesGroupIsThing", .objectifies, { $0.deniesGroupIsThing($1.expressions) }),
        ("saysGroupSharesValues", .objectifies, { extractor, _ in extractor.saysGroupSharesValues() }),
    ]

    /// Messages put together from the rules' phrases and words, group words, hostile, warm and filler words, in
    /// every order: each rule holds on some of them, and many come close.
    static func ruleMessages(count: Int) -> [String] {
        let phrases: [String] = Lexicon.hateExpressionsBefore.values.flatMap { $0 }
            + Lexicon.hateExpressionsAfter.values.flatMap { $0 } + Lexicon.tropesAfter.values.flatMap { $0 }
            + Lexicon.rebuttalFrames + Lexicon.blameStopFrames + Lexicon.rhetoricalOpeners
            + Lexicon.pronounHateExpressions + Lexicon.wishFrames + Lexicon.wishedHarmWords + Lexicon.exclusionVerbs
            + Lexicon.obligationWords + Lexicon.groupWorthWords + Lexicon.denyingDeterminers + Lexicon.lessWords
            + Lexicon.praiseBefore + Lexicon.praiseAfter + Lexicon.nothingWrongWith + Lexicon.claimVerbs
            + Lexicon.benefitWords + Lexicon.desertVerbs + Lexicon.humanityWords + Lexicon.protectiveVerbs
            + Lexicon.copulaWords + Lexicon.equalityMarkers + Lexicon.celebrationVerbs + Lexicon.attackWords
            + Lexicon.whyOpeners + Lexicon.sufferingWords + Lexicon.identityMarkers + Lexicon.reclaimedWords
            + Lexicon.firstPersonMarkers + Lexicon.expectationMarkers + Lexicon.offenderWords + Lexicon.refusalFrames
            + Lexicon.contactWords + Lexicon.threatIdioms + Lexicon.extremistNames + Lexicon.extremistPraiseAfter
            + Lexicon.extremistSlogans + Lexicon.atrocityCalls + Lexicon.atrocityRepeaters + Lexicon.atrocities
            + Lexicon.denialWords + Lexicon.slurWords.values.flatMap { $0 } + Lexicon.victimWords
            + Lexicon.eventVerbs + Lexicon.intentFrames + Lexicon.intentViolenceVerbs
            + Lexicon.harmlessViolenceIdioms + Lexicon.whyHarmOpeners
        let groups = [
            "muslims", "women", "immigrants", "jews", "gays", "black people", "trans people", "refugees", "los gitanos",
            "las mujeres", "los inmigrantes", "les musulmans", "les juifs", "les immigrés", "moslims", "vrouwen",
            "vluchtelingen", "de joden", "muslimer", "invandrare",
        ]
        let others = [
            "all", "these", "the", "they", "them", "really", "not", "never", "no", "and", "but", "disgusting",
            "vermin", "scum", "wonderful", "great", "love", "thank you", ",", ".", "?", "!", "we", "I", "you",
            "police", "always", "more",
        ]
        // A phrase with a group before or after it, as the rules read them, and the shapes of the rules that need
        // two kinds of word.
        let shapes: [[[String]]] = [
            [groups, phrases], [phrases, groups], [Lexicon.wishFrames, groups, Lexicon.wishedHarmWords],
            [groups, Lexicon.celebrationVerbs, Lexicon.attackWords],
            [Lexicon.whyOpeners, groups, Lexicon.sufferingWords],
            [Lexicon.firstPersonMarkers, Lexicon.reclaimedWords + Lexicon.slurWords.values.flatMap { $0 }],
            [Lexicon.obligationWords, Lexicon.exclusionVerbs, groups],
            [groups, Lexicon.desertVerbs, ["no"], Lexicon.benefitWords],
            [groups, Lexicon.victimAuxiliaries, Lexicon.victimWords],
            [groups, Lexicon.victimDyingVerbs, ["at sea", "en el mar", "like rats"]],
            [groups, Lexicon.eventVerbs, ["yesterday", "ayer", "hier", "gisteren", "i går", "in the park"]],
            [Lexicon.withoutWishWords, Lexicon.withoutWords, groups],
            [
                ["ik", "we", "morgen"], Lexicon.splitThreatPhrases.flatMap(\.verbs), groups,
                Lexicon.splitThreatPhrases.flatMap(\.ends),
            ],
            [Lexicon.disclaimerPhrases, groups, [", but", ", maar", ", pero"], ["they are", "ze zijn"], others],
            [Lexicon.notThatOpeners, groups, ["are", "zijn", "sean"], Lexicon.trustPredicates + ["wonderful", "great"]],
            [Lexicon.intentFrames, Lexicon.intentViolenceVerbs, groups],
            // A group called a thing or denied one, things guarded from a group (2026-12-01, thirteenth session).
            [groups, ["are", "son", "zijn", "are just", "are not", "zijn geen"], Lexicon.objectNouns],
            [Lexicon.guardPhrases + Lexicon.insinuationOpeners, ["when", "always"], groups],
            [groups, Lexicon.shareVerbs, Lexicon.ourWords, Lexicon.valuesWords],
            // A phrase that insinuates beside a group, a swarm verb before one (2026-12-01, fourteenth session).
            [groups, Lexicon.veiledInsinuations], [Lexicon.swarmPhrases, groups],
            // Violence against a group endorsed (2026-12-01, fifteenth session).
            [Lexicon.violenceAgainstPhrases, groups, Lexicon.violenceCopulas, Lexicon.violenceEndorsements],
            [["treat", "tratad a", "behandel"], groups, Lexicon.asTheyArePhrases],
        ]
        var rng = SeededGenerator(seed: 17)
        func pick(_ words: [String]) -> String { words[Int(rng.next() % UInt64(words.count))] }
        var out: [String] = []
        for k in 0..<count {
            var parts = shapes[k % shapes.count].map { pick($0) }
            // Then a few random pieces before or after.
            for _ in 0..<Int(rng.next() % 4) {
                let r = rng.next() % 3
                let piece = r == 0 ? pick(phrases) : (r == 1 ? pick(groups) : pick(others))
                if rng.next() % 2 == 0 { parts.append(piece) } else { parts.insert(piece, at: 0) }
            }
            out.append(parts.joined(separator: " ") + (rng.next() % 3 == 0 ? "?" : ""))
        }
        return out
    }

    @Test("a rule holds only on a message that holds its words, with every model's tables")
    func requirementsAreNecessary() throws {
        let classifier = try HateClassifier.loadDefault()
        let boxes = Language.allCases.map { classifier.box(for: $0) }
        let functional = FunctionalSuite.cases().enumerated().filter { $0.offset % 4 == 0 }.map(\.element.text)
        let own = [Language.en, .es, .fr, .nl, .ca, .sv].flatMap { l in
            SyntheticCorpus.examples(language: l).enumerated().filter { $0.offset % 8 == 0 }.map(\.element.text)
        }
        let messages = Self.ruleMessages(count: 12_000) + functional + own + FastPathTests.messages(count: 500)
        let extractor = FeatureExtractor()
        var held = [Int](repeating: 0, count: Self.rules.count)
        var missed: [String] = []
        for (m, text) in messages.enumerated() {
            // The model of the message's language and one other in turn, so every table reads many messages.
            let own = classifier.identifier.identify(text)
            for box in [classifier.box(for: own), boxes[m % boxes.count]] {
                extractor.extract(text, language: box.language)
                let may = box.triggers.scan(extractor)
                for (r, rule) in Self.rules.enumerated() where rule.holds(extractor, box) {
                    held[r] += 1
                    if !may.contains(rule.needs), missed.count < 20 {
                        missed.append("\(rule.name) [\(box.language)]: \(text)")
                    }
                }
            }
        }
        #expect(missed.isEmpty, "\(missed)")
        // Each rule held often enough for the check to mean something.
        for (r, rule) in Self.rules.enumerated() { #expect(held[r] >= 10, "\(rule.name) held \(held[r]) times") }
    }

    @Test("a message without any rule's words finds none; one with a rule's words finds them")
    func scanFindsWords() throws {
        let classifier = try HateClassifier.loadDefault()
        let extractor = FeatureExtractor()
        let box = classifier.box(for: .en)
        extractor.extract("see you at the station at nine", language: .en)
        #expect(box.triggers.scan(extractor).isEmpty)
        extractor.extract("we must deport all muslims", language: .en)
        #expect(box.triggers.scan(extractor).contains(.callsForExclusion))
        extractor.extract("why are jews killed", language: .en)
        #expect(box.triggers.scan(extractor).contains(.asksWhySuffers))
        // A warm cue counts for the praise after a copula.
        extractor.extract("women are wonderful", language: .en)
        #expect(box.triggers.scan(extractor).contains(.affirms))
    }
}
