import Foundation
import Testing
@testable import CGClassifier

/// The classifier's fast paths (features in a reused buffer with the main-head sum taken on the way, the
/// auxiliary heads summed with vector shifts, the violence head alone for messages that are not hateful) must
/// give exactly what the plain computations give.
@Suite("Classifier fast paths")
struct FastPathTests {
    /// Varied generated messages: plain ASCII, accents, emoji, leetspeak, spaced-out and dotted letters, words
    /// run together, quotation, negation, links, mentions, hashtags, other scripts and every language we route.
    static func messages(count: Int, seed: UInt64 = 7) -> [String] {
        let pieces = [
            "the", "and", "muslims", "women", "immigrants", "jews", "are", "not", "never", "vermin", "rats", "kill",
            "all", "them", "I", "don't", "hate", "love", "welcome", "neighbours", "but", "than", "worse", "nothing",
            "é", "élèves", "ñandú", "garçon", "straße", "œuvre", "łódź", "Ærø", "ÉCOLE", "niño", "però", "col·legi",
            "😀", "🤮🤮", "👍🏽", "❤️", "h4t3", "k1ll", "$h!t", "m0n3y", "@ll", "1d10ts", "k i l l", "t h e m",
            "m.u.s.l.i.m", "ihatemuslims", "womenaretrash", "mulsims", "haaaate", "soooo", "\"vermin\"", "'rats'",
            "“quoted”", "«cités»", "http://t.co/abc", "https://example.org/x?y=1", "@someone", "@r", "#hashtag",
            "#KillThem", "!!!", "?", "...", "…", ",", ";", "(", ")", "—", "l'arabe", "n'aime", "qu'ils", "ne", "que",
            "les", "musulmans", "los", "inmigrantes", "son", "una", "plaga", "zijn", "allemaal", "ratten", "är",
            "inte", "välkomna", "العرب", "日本語", "Москва", "ελληνικά", "supercalifragilisticexpialidocious",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "x", "y", "z", "2", "42", "RT", "&amp;", "&#128293;", "\t",
            "  ", "\n", "don’t", "isn't", "they're", "j'ai", "d'un",
        ]
        var rng = SeededGenerator(seed: seed)
        var out: [String] = []
        for _ in 0..<count {
            let n = 1 + Int(rng.next() % 40)
            var words: [String] = []
            for _ in 0..<n { words.append(pieces[Int(rng.next() % UInt64(pieces.count))]) }
            let separator = rng.next() % 5 == 0 ? "" : " "
            out.append(words.joined(separator: separator))
        }
        return out + ["", " ", "a", "😀", "k i l l  t h e m  a l l", String(repeating: "hate muslims ", count: 200)]
    }

    static func randomModel(seed: UInt64) -> HateModel {
        var rng = SeededGenerator(seed: seed)
        func int8() -> Int8 { Int8(truncatingIfNeeded: rng.next()) }
        func float() -> Float { Float(rng.next() % 2000) / 1000 - 1 }
        let mainBits = 12, auxBits = 9
        var aux = (0..<((1 << auxBits) * HateModel.auxHeads)).map { _ in int8() }
        // The extremes, so that sign extension of -128 and 127 is exercised.
        aux[0] = -128
        aux[1] = 127
        return HateModel(
            header: ModelHeader(language: .en, version: "fast-path-test", mainBits: mainBits, auxBits: auxBits),
            mainWeights: (0..<(1 << mainBits)).map { _ in int8() }, mainScale: 0.003, mainBias: -0.2,
            auxWeights: aux, auxScales: (0..<HateModel.auxHeads).map { _ in float() / 50 },
            auxBiases: (0..<HateModel.auxHeads).map { _ in float() })
    }

    /// The auxiliary heads as plainly as they can be written: per head, sum the unpadded int8 weights.
    static func referenceAux(_ model: HateModel, _ features: [UInt64]) -> [Float] {
        let heads = HateModel.auxHeads
        let norm = 1 / Float(max(features.count, 1)).squareRoot()
        return (0..<heads).map { k in
            var acc: Int32 = 0
            for f in features {
                acc &+= Int32(model.auxWeights[Int((f >> 32) & model.auxMask) * heads + k])
            }
            return model.auxBiases[k] + Float(acc) * model.auxScales[k] * norm
        }
    }

    @Test("vector sums of the auxiliary heads and the violence head alone equal plain per-head sums")
    func auxHeads() {
        let model = Self.randomModel(seed: 11)
        var rng = SeededGenerator(seed: 12)
        for n in [0, 1, 2, 3, 17, 150, 1000, 20_000] {
            var features = (0..<n).map { _ in rng.next() }
            // Repeat the two extreme weights many times so that large sums of both signs occur.
            if n == 20_000 { for i in stride(from: 0, to: n, by: 2) { features[i] = 0 } }
            let expected = Self.referenceAux(model, features)
            var out: [Float] = []
            model.auxLogits(features, into: &out)
            #expect(out == expected, "\(n) features")
            let violence = features.withUnsafeBufferPointer { model.violenceLogit($0) }
            #expect(violence == expected[0], "\(n) features")
            var core = [Float](repeating: .nan, count: HateModel.auxHeads)
            features.withUnsafeBufferPointer { f in core.withUnsafeMutableBufferPointer { model.coreLogits(f, into: $0.baseAddress!) } }
            #expect(Array(core[0..<HateModel.coreHeads]) == Array(expected[0..<HateModel.coreHeads]))
            let untouched = core[HateModel.coreHeads...].allSatisfy { $0.isNaN }
            #expect(untouched, "core heads write only their own slots")
        }
    }

    @Test("features in the reused buffer equal a fresh extractor's, and the main logit equals a plain sum")
    func reusedFeatureBuffer() {
        let model = Self.randomModel(seed: 21)
        let extractor = FeatureExtractor()
        // Long messages first and in between, so the buffer grows and is then reused for shorter ones.
        let texts = Self.messages(count: 600)
        for (i, text) in (texts.suffix(1) + texts).enumerated() {
            let language = Language.allCases[i % Language.allCases.count]
            extractor.extract(text, language: language)
            let fresh = FeatureExtractor()
            fresh.extract(text, language: language)
            let features = fresh.features
            #expect(extractor.features == features, "\(text)")
            #expect(extractor.count == features.count)
            var sum: Int32 = 0
            for f in features { sum &+= Int32(model.mainWeights[Int(f & model.mainMask)]) }
            let expected: Float = features.isEmpty
                ? model.mainBias : model.mainBias + Float(sum) * model.mainScale / Float(features.count).squareRoot()
            #expect(model.mainLogit(extractor.featureBuffer) == expected, "\(text)")
            #expect(model.mainLogit(features) == expected)
            // The buffer is sized from this bound before extraction; a message that exceeded it would write
            // past the buffer.
            let tokens = extractor.tokens
            #expect(features.count <= 2 * tokens.byteCount + 5 * tokens.count + 32, "\(text)")
        }
    }

    @Test("named extraction gives the same features and one name per feature")
    func namedExtraction() {
        let extractor = FeatureExtractor()
        let plain = FeatureExtractor()
        for text in Self.messages(count: 100, seed: 3) {
            extractor.extract(text, language: .fr, names: true)
            plain.extract(text, language: .fr)
            #expect(extractor.features == plain.features)
            #expect(extractor.names.count == plain.count)
            let wanted = Array(Set([0, plain.count / 2, plain.count - 1].filter { $0 >= 0 && $0 < plain.count })).sorted()
            let masks = (plain.groupMask, plain.cueMask)
            let selected = plain.names(at: wanted)
            for (k, i) in wanted.enumerated() { #expect(selected[k] == extractor.names[i]) }
            // Naming stops after the last wanted feature; the message's groups and cues stay those of the whole.
            #expect(plain.groupMask == masks.0 && plain.cueMask == masks.1, "\(text)")
        }
    }

    @Test("explanations name the features and weights the plain computation chooses, shipped models")
    func explanationsMatchPlainComputation() throws {
        let classifier = try HateClassifier.loadDefault()
        let session = classifier.makeSession()
        let extractor = FeatureExtractor()
        var named = 0
        for text in Self.messages(count: 600, seed: 9) + ["Muslims are vermin", "I love my Muslim neighbours"] {
            let result = session.classify(text)
            let model = classifier.box(for: result.language).model
            extractor.extract(text, language: result.language, names: true)
            let features = extractor.features
            let sign: Int32 = result.hateful ? 1 : -1
            // Each distinct feature once, at its first position, with its signed weight and how often it occurs.
            var first: [UInt64: Int] = [:]
            var occurrences: [UInt64: Int] = [:]
            for (i, f) in features.enumerated() {
                if first[f] == nil { first[f] = i }
                occurrences[f, default: 0] += 1
            }
            let signed = { (f: UInt64) in Int32(model.mainWeights[Int(f & model.mainMask)]) * sign }
            // Twelve heaviest by weight alone (the earlier first), then six by weight × occurrences.
            let twelve = first.keys.filter { signed($0) > 0 }
                .sorted { (signed($0), first[$1]!) > (signed($1), first[$0]!) }.prefix(12)
            let root = Float(max(features.count, 1)).squareRoot()
            let weighed = twelve.map { f in
                (index: first[f]!, weight: Float(signed(f)) * model.mainScale / root * Float(occurrences[f]!))
            }
            let six = weighed.sorted { ($0.weight, $1.index) > ($1.weight, $0.index) }.prefix(6)
            let expected = six.map {
                FeatureContribution(
                    feature: extractor.names[$0.index],
                    weight: (Double($0.weight * Float(sign)) * 1000).rounded() / 1000)
            }
            #expect(result.explanation == expected, "\(text)")
            named += result.explanation.count
        }
        #expect(named > 1_000)
    }

    @Test("a session's scores, decisions, types and violence equal the unfused computation, shipped models")
    func sessionMatchesPlainComputation() throws {
        let classifier = try HateClassifier.loadDefault()
        let session = classifier.makeSession()
        let extractor = FeatureExtractor()
        var hatefulSeen = 0, middleSeen = 0
        let functional = FunctionalSuite.cases().enumerated().filter { $0.offset % 3 == 0 }.map(\.element.text)
        for text in Self.messages(count: 1500, seed: 5) + functional {
            let language = classifier.identifier.identify(text)
            let box = classifier.box(for: language)
            extractor.extract(text, language: language)
            let features = extractor.features
            var p = sigmoid(box.plattA * Double(box.model.mainLogit(features)) + box.plattB)
            var ruleType: HateType?
            var ruleGroup: Int8?
            if p < box.threshold
                && (extractor.rebutsHatefulClaim(box.expressions)
                    || extractor.redirectsHostilityToHarmers(box.expressions))
            {
                // A rebutted claim, or hostility turned on those who harm a group, is left as the model scored it.
            } else if p < box.threshold
                && (extractor.usesSlurPlainly(box.language) || extractor.expressesHatePlainly(box.expressions)
                    || extractor.deniesGroupWorth(box.expressions) || extractor.deniesGroupRights(box.expressions)
                    || extractor.asksHatefulQuestion(box.expressions) || extractor.hatesGroupByPronoun(box.expressions)
                    || extractor.wishesHarm(box.expressions) || extractor.accusesOfCelebratingViolence(box.expressions)
                    || extractor.praisesSarcastically(box.expressions) || extractor.mocksGroupMember()
                    || extractor.asksNegatedQuestion(box.expressions)
                    || extractor.brandsGroupAsBigots(box.expressions))
            {
                // A slur used plainly, or a declared hatred of a group, is hateful whatever the model says — unless
                // the disgust is at an act aimed at the group.
                if !extractor.condemnsActByDisgust(box.expressions) { p = box.threshold }
            } else if p < box.threshold, let g = extractor.exclusionTarget(box.expressions) {
                // So is a call to exclude a group, aimed at the group it found.
                (p, ruleGroup) = (box.threshold, g)
            } else if p < box.threshold, let brand = extractor.brandsEveryMember(box.expressions) {
                // And every member of a group branded in the singular.
                (p, ruleType) = (box.threshold, brand == .dehumanising ? .dehumanisation : .derogation)
            } else if p < box.threshold && extractor.brandsGroupPlainly(box.expressions) {
                // And a group, or a pronoun for it, branded plainly.
                (p, ruleType) = (box.threshold, .derogation)
            } else if p < box.threshold && extractor.wishesPlaceWithoutGroup(box.expressions) {
                // And a place wished rid of a group.
                (p, ruleType) = (box.threshold, .animosity)
            } else if p < box.threshold && extractor.judgesGroupInPosition(box.expressions) == true {
                // And a group in power judged a disaster.
                (p, ruleType) = (box.threshold, .derogation)
            } else if p < box.threshold
                && (extractor.keepsGroupAway() || extractor.blamesGroupForDecline(box.expressions))
            {
                // And a group to be kept away, or made the cause of a place's decline.
                (p, ruleType) = (box.threshold, .animosity)
            } else if p < box.threshold && (extractor.blamesCrimeOnGroup() || extractor.refusesContactWithGroup()) {
                // And a stereotype with no hostile word: crime blamed on a group, its company refused.
                (p, ruleType) = (box.threshold, .animosity)
            } else if p < box.threshold && extractor.threatensByIdiom() {
                // And an idiom of menace said to a group.
                (p, ruleType) = (box.threshold, .threat)
            } else if p < box.threshold
                && (extractor.comparesGroupToVermin(box.expressions)
                    || extractor.ranksGroupBelowThings(box.expressions)
                    || extractor.sparesAnimalsComparedToGroup())
            {
                // And a group likened to vermin or ranked below a thing.
                (p, ruleType) = (box.threshold, .dehumanisation)
            } else if p < box.threshold && extractor.objectifiesGroup(box.expressions) {
                // And a group spoken of as a thing or handled as livestock.
                (p, ruleType) = (box.threshold, .dehumanisation)
            } else if p < box.threshold && extractor.insinuatesAboutGroup() {
                // And an insinuation about a group.
                (p, ruleType) = (box.threshold, .animosity)
            } else if p < box.threshold, let shown = extractor.extremismShown() {
                // And support for an extremist movement, with the type the rule saw.
                (p, ruleType) = (box.threshold, shown)
            } else if p >= box.threshold && extractor.rebutsHatefulClaim(box.expressions) {
                // A hostile claim put in someone else's mouth to rebut it is not hateful.
                p = box.threshold.nextDown
            } else if p >= box.threshold
                && (extractor.objectifiesGroup(box.expressions) || extractor.insinuatesAboutGroup())
            {
                // A group spoken of as a thing, or an insinuation, is not lowered by the rules below.
            } else if p >= box.threshold
                && (extractor.affirmsGroup(box.expressions, language: box.language)
                    || extractor.asksWhyGroupSuffers(box.expressions, language: box.language)
                    || extractor.reclaimsGroupWord(box.expressions, language: box.language)
                    || extractor.statesIdentity(box.expressions, language: box.language)
                    || extractor.asksPlainQuestion(box.expressions, language: box.language)
                    || extractor.statesPayGap(box.expressions, language: box.language)
                    || extractor.deniesHostileClaim(box.expressions, language: box.language)
                    || extractor.refusesHarmToGroup() || extractor.reportsGroupTreatedAsAnimals(box.expressions)
                    || extractor.affirmsByNegatedQuestion(box.expressions) || extractor.condemnsThoseWhoHarm(box.expressions)
                    || extractor.condemnsReportedHate(box.expressions, language: box.language)
                    || extractor.condemnsHarmAsSubject(box.expressions)
                    || extractor.disbelievesHostileClaim(box.expressions)
                    || extractor.reportsGroupAsVictim(box.expressions, language: box.language)
                    || extractor.describesGroupByDutchRelative(box.expressions, language: box.language)
                    || extractor.reportsGroupEvent(box.expressions, language: box.language)
                    || ((extractor.speaksOfCloseMember(box.expressions, language: box.language)
                        || extractor.speaksOfAcquaintances(box.expressions, language: box.language))
                        && !ClassificationSession.violent(extractor, box))
                    || extractor.affirmsOwnName(box.expressions.affirmations)
                    || extractor.reportsNewsAboutGroup(box.expressions, language: box.language)
                    || extractor.deniesGroupIsThing(box.expressions) || extractor.saysGroupSharesValues()
                    || extractor.redirectsHostilityToHarmers(box.expressions)
                    || extractor.judgesGroupInPosition(box.expressions) == false
                    || extractor.defendsGroupAgainstLies(box.language))
            {
                // Nor is a right, respect or humanity affirmed for a group with nothing hostile beside it.
                p = box.threshold.nextDown
            } else if p >= box.threshold && ClassificationSession.needsGroupCheck(extractor, box: box) {
                ruleGroup = extractor.exclusionTarget(box.expressions)
                if ruleGroup == nil { ruleType = extractor.extremismShown() }
                // Hateful only when a rule stands behind it or the target heads see a group.
                var aux: [Float] = []
                box.model.auxLogits(features, into: &aux)
                if ruleType == nil && ruleGroup == nil && !ClassificationSession.headsSeeGroup(aux) {
                    p = box.threshold.nextDown
                }
            }
            let hateful = p >= box.threshold
            var violence = 0.0
            var type: HateType?
            if p >= 0.25 {
                var aux: [Float] = []
                box.model.auxLogits(features, into: &aux)
                #expect(aux == Self.referenceAux(box.model, features))
                violence = sigmoid(box.violencePlattA * Double(aux[0]) + box.violencePlattB)
                if hateful {
                    var best = 0
                    for k in 1..<HateType.allCases.count
                    where aux[HateModel.typeOffset + k] > aux[HateModel.typeOffset + best] { best = k }
                    type = ruleType ?? HateType.allCases[best]
                    let expected = extractor.groupMask == 0 && ruleGroup != nil
                        ? [TargetGroup.allCases[Int(ruleGroup!)]]
                        : ClassificationSession.targets(aux: aux, groupMask: extractor.groupMask)
                    #expect(session.classify(text, explain: false).targets == expected, "\(text)")
                    hatefulSeen += 1
                } else {
                    middleSeen += 1
                }
            }
            let fast = session.classify(text, explain: false)
            #expect(fast.score == p, "\(text)")
            #expect(fast.hateful == hateful)
            #expect(fast.violenceScore == violence, "\(text)")
            #expect(fast.type == type)
            #expect(fast.language == language)
            #expect(session.score(text) == p)
            let explained = session.classify(text, explain: true)
            #expect(explained.score == fast.score && explained.targets == fast.targets && explained.type == fast.type)
            if !hateful { #expect(fast.targets.isEmpty) }
        }
        // Both branches of the auxiliary heads were exercised.
        #expect(hatefulSeen > 50)
        #expect(middleSeen > 20)
    }
}

extension FastPathTests {
    static func tokens(_ buffer: TokenBuffer) -> [String] {
        (0..<buffer.count).map { "\(buffer.string(at: $0))/\(buffer.flags[$0])/\(buffer.groups[$0])/\(buffer.cues[$0])" }
    }

    @Test("a tokeniser that remembers unsplittable words gives the tokens of a fresh one")
    func rememberedUnsplittableWords() {
        let warm = TokenBuffer()
        let texts = Self.messages(count: 400, seed: 9) + [
            "something literally something ihatemuslims womenaretrash transport therapists something",
            "womenaretrash womenaretrash literally literally",
        ]
        // Every word seen once first, so the second pass reads the remembered answers.
        for text in texts { warm.tokenize(text, language: .en) }
        for text in texts {
            let fresh = TokenBuffer()
            fresh.tokenize(text, language: .en)
            warm.tokenize(text, language: .en)
            #expect(Self.tokens(warm) == Self.tokens(fresh), "\(text)")
        }
        warm.tokenize("ihatemuslims", language: .en)
        #expect(Self.tokens(warm).map { $0.split(separator: "/")[0] } == ["i", "hate", "muslims"])
    }
}

extension FastPathTests {
    @Test("the hash table answers like a dictionary: present keys give their values, absent keys 0")
    func hashTableMatchesDictionary() {
        var rng = SeededGenerator(seed: 31)
        for size in [0, 1, 2, 100, 5000, 60_000] {
            var entries: [UInt64: UInt32] = [:]
            while entries.count < size { entries[rng.next()] = UInt32(truncatingIfNeeded: rng.next() % 1000) + 1 }
            if size == 100 { entries[12345] = 7; entries[2] = 9 }
            let table = HashTable(entries)
            for (k, v) in entries { #expect(table.lookup(k) == v) }
            var falseHits = 0
            for _ in 0..<20_000 {
                let k = rng.next()
                if entries[k] == nil { falseHits += table.lookup(k) != 0 ? 1 : 0 }
            }
            #expect(falseHits == 0, "table of \(size)")
            // Keys that differ from stored ones in one bit only.
            for k in entries.keys.prefix(500) where entries[k ^ 1] == nil { #expect(table.lookup(k ^ 1) == 0) }
        }
        // Key 0 is stored as 1 (0 marks an empty slot): both read the value of whichever sorts last.
        let zero = HashTable([0: 5, 3: 6])
        #expect(zero.lookup(0) == 5 && zero.lookup(1) == 5 && zero.lookup(3) == 6 && zero.lookup(2) == 0)
    }

    @Test("the lexicon tables behind the filter still know their words")
    func lexiconLookups() {
        let words = Lexicon.shared.wordsView
        for w in ["muslims", "jews", "women", "not", "but", "vermin"] {
            #expect(words.lookup(FNV.hash(w)) != 0, "\(w)")
        }
        #expect(words.lookup(FNV.hash("qwzzxv")) == 0)
        #expect(Lexicon.shared.spellingView.canonical(FNV.hash("mulsims")) != nil)
        #expect(Lexicon.shared.spellingView.canonical(FNV.hash("muslims")) == nil)
    }
}
