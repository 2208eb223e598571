/// One table of every word the rules of `ClassificationSession.anchored` need, for one model's language: word hash
/// → the ``RuleTriggers`` it stands for. Built from the rules' own tables (the starts of their phrases, their word
/// sets), so it follows any change to their words; held by each ``ModelBox``.
///
/// A phrase is indexed by its first two words (a one-word phrase by its word): many phrases start with common words
/// ("if you think", "are taking over"), fewer with a common pair. Each rule used to scan the message for its own
/// words (up to ten lookups per word for a message naming a group, three for any other); ``scan(_:)`` looks each
/// word once, and a pair only after the first word of a phrase; a rule whose words are absent is not run.
final class RuleTriggerIndex: Sendable {
    private let table: HashTable

    /// The index of the tables `t` (``ModelBox/expressions``) and the language-independent rule tables, with the
    /// slurs of `language`.
    init(expressions t: Lexicon.HateExpressionTable, language: Language) {
        var bits: [UInt64: UInt32] = [:]
        func add(_ sets: [WordSet], _ trigger: RuleTriggers) {
            for set in sets { for h in set.hashes { bits[h, default: 0] |= trigger.rawValue } }
        }
        // A phrase table by its one-word phrases and the first two words of the others; a first word is marked so
        // that the scan looks the pair it starts up.
        func add(_ tables: [PhraseTable], _ trigger: RuleTriggers) {
            for table in tables {
                let (words, heads, pairs) = table.starts
                for h in words + pairs { bits[h, default: 0] |= trigger.rawValue }
                for h in heads { bits[h, default: 0] |= Self.pairStart }
            }
        }
        let a = t.affirmations
        let slurs = Lexicon.slurSets[language].map { [$0] } ?? []
        add([t.rebuttals, t.blameStops], .rebuttalFrame)
        add(slurs, .slur)
        add([t.before, t.after, t.invertedTails], .hateExpression)
        // Violence endorsed and a likeness to what a group is said to be share the kind (2026-12-01, fifteenth
        // session).
        add([Lexicon.violenceAgainst, Lexicon.asTheyAre], .hateExpression)
        // The Dutch and Swedish orders (`expressesHatePlainly`): a verb before the group, or "dat" before it.
        add([t.inversionVerbs, t.subordinators], .hateExpression)
        // The Dutch verb-final denial of liking ("Ik mag joden niet"): its verb.
        add([t.dislikeVerbs], .hateExpression)
        add([t.worthWords], .worthWord)
        add([a.desertVerbs], .desertVerb)
        add([a.benefits], .benefitWord)
        let g = Lexicon.groupDeterminers
        add([a.benefits, g.votes, g.lives], .entitlementWord)
        add([t.rhetorical], .rhetoricalOpener)
        add([t.pronounHate], .pronounHate)
        add([t.wishes], .wishFrame)
        add([a.celebrations], .celebrationVerb)
        add([t.exclusionVerbs], .exclusionVerb)
        add([t.obligations], .obligation)
        add([Lexicon.stereotypes.triggers], .stereotypeTrigger)
        add([Lexicon.extremism.triggerWords], .extremismTrigger)
        // Every form of `affirmsGroup`: praise or a wish before the group, "nothing wrong with", praise after the
        // group, a claim verb or a humanity word, a protective verb, a word of worth measured equal (praise after a
        // copula needs a warm cue, added from the cue mask in `scan`), two groups acting together.
        add([a.praiseBefore, a.nothingWrong, a.praiseAfter, a.claimVerbs, a.humanity], .affirmationWord)
        add([a.protectiveVerbs, t.worthWords, a.praiseAdjectives, a.warmNouns], .affirmationWord)
        add([a.warmPhrases, a.jointActions], .affirmationWord)
        // A why-opener that names the harm is both kinds of word (2026-12-01, twelfth session).
        add([a.whyOpeners, a.whyHarmOpeners], .whyOpener)
        add([a.suffering], .sufferingWord)
        add([a.whyHarmOpeners], .sufferingWord)
        add(slurs + [Lexicon.inGroup.reclaimed], .ownGroupWord)
        add([Lexicon.inGroup.identity], .identityMarker)
        add([Lexicon.inGroup.identityPossessives], .identityMarker)
        add([Lexicon.victims.words, Lexicon.victims.dying, Lexicon.victims.wrongs], .victimWord)
        add([Lexicon.newsReports.verbs], .eventVerb)
        add([Lexicon.betterWithout.without], .withoutWord)
        add([Lexicon.splitThreats.endWords], .splitThreatEnd)
        add([Lexicon.disclaimers.phrases], .disclaimer)
        add([Lexicon.notThat.openers], .notThatOpener)
        add([Lexicon.intent.frames], .intentFrame)
        add([Lexicon.intent.verbs], .violenceVerb)
        add([Lexicon.harmlessIdioms.idioms], .harmlessIdiomStart)
        let o = Lexicon.objectifying
        add([o.objects, o.persons, o.keeping, o.culling, o.guards, o.openers, o.sameSpecies], .objectifyingWord)
        add([o.humanAdjectives], .objectifyingWord)
        // What a verb of perception foretells, rarer than the verb ("see", "mira").
        add([o.inTheBlood, o.ruin], .objectifyingWord)
        add([o.treatments, o.disposable, o.falls, o.happenings, o.values], .objectifyingWord)
        add([o.declines, o.grudging, o.sameWorth], .objectifyingWord)
        add([o.between], .objectifyingWord)
        add([Lexicon.veiledHate.insinuations, Lexicon.veiledHate.swarms], .veiledWord)
        table = HashTable(bits)
    }

    /// The mark of a phrase's first word, above every bit of ``RuleTriggers``.
    private static let pairStart: UInt32 = 1 << 31

    /// The cue bits of a warm word, negated or not.
    private static let warmCues = FeatureExtractor.cueBit(.positive) | FeatureExtractor.cueBit(.positive, negated: true)

    /// The kinds of rule word the last message of `extractor` holds: one lookup per word, and one per two words in
    /// a clause (as ``PhraseTable/match(_:at:)`` pairs them) whose first is the first word of a phrase.
    func scan(_ extractor: FeatureExtractor) -> RuleTriggers {
        let tokens = extractor.tokens, hashes = tokens.hashes, flags = tokens.flags, view = table.view
        let n = tokens.count
        guard n > 0 else { return [] }
        var bits = view.lookup(hashes[0])
        var pair = bits & Self.pairStart != 0
        for i in 1..<n {
            // Only a phrase's first word starts a pair the table holds.
            if pair && flags[i] & TokenFlags.breakBefore.rawValue == 0 {
                bits |= view.lookup(Lexicon.bigramKey(hashes[i - 1], hashes[i]))
                // A quantifier may stand after a phrase's first word, inserted or for an article
                // (``PhraseTable/quantifiers``): the pairs it hides.
                if PhraseTable.quantifiers.contains(hashes[i]) {
                    if i + 1 < n, flags[i + 1] & TokenFlags.breakBefore.rawValue == 0 {
                        bits |= view.lookup(Lexicon.bigramKey(hashes[i - 1], hashes[i + 1]))
                    }
                    for article in PhraseTable.articleHashes {
                        bits |= view.lookup(Lexicon.bigramKey(hashes[i - 1], article))
                    }
                }
            }
            let word = view.lookup(hashes[i])
            bits |= word
            pair = word & Self.pairStart != 0
        }
        bits &= ~Self.pairStart
        if extractor.cueMask & Self.warmCues != 0 { bits |= RuleTriggers.affirmationWord.rawValue }
        return RuleTriggers(rawValue: bits)
    }
}
