/// Holds the reusable buffers for classifying a stream of messages on one task. Not `Sendable`.
public final class ClassificationSession {
    /// The classifier this session scores with.
    public let classifier: HateClassifier
    let extractor = FeatureExtractor()
    private var aux: [Float] = []
    /// Each feature's int8 hatefulness weight, in feature order, recorded while scoring a message to be explained
    /// (the explanation then reads them in order instead of looking each up again in the weight table).
    private var featureWeights: [Int8] = []
    /// Whether `aux` holds the target logits of the current message already (``anchored(_:box:)`` computed them).
    private var targetsReady = false
    /// The type of hate a rule made the current message hateful for (``FeatureExtractor/extremismShown()``), which
    /// the type head, trained on few such messages, does not override.
    private var ruleType: HateType?
    /// The group a rule found the current message aimed at where its words name none (a place of a faith:
    /// ``FeatureExtractor/exclusionTarget(_:)``).
    private var ruleGroup: Int8?

    private let identifier: LanguageIdentifier

    /// Creates a session.
    public init(classifier: HateClassifier) {
        self.classifier = classifier
        self.identifier = classifier.identifier
        aux = [Float](repeating: 0, count: HateModel.auxHeads)
    }

    /// Only the calibrated hatefulness probability: the fastest path, for throughput measurement and triage.
    public func score(_ text: String) -> Double {
        let language = identifier.identify(text)
        let box = classifier.box(for: language)
        let z = mainLogit(text, language: language, box: box)
        return anchored(sigmoid(box.plattA * Double(z) + box.plattB), box: box)
    }

    /// `p`, raised to the threshold when it is below and the message, plainly, uses a slur
    /// (``FeatureExtractor/usesSlurPlainly(_:)``: "get lost, kikes" scored 0.17), declares hatred of a group or
    /// states a trope (``FeatureExtractor/expressesHatePlainly(_:)``: "ik kan niet tegen moslims" 0.002), or by a
    /// pronoun after the group (``FeatureExtractor/hatesGroupByPronoun(_:)``: "… je les déteste tous"), wishes a
    /// group harm (``FeatureExtractor/wishesHarm(_:)``: "ce serait génial que tous les … disparaissent"), blames crime
    /// on a group or refuses its company (``FeatureExtractor/blamesCrimeOnGroup()``,
    /// ``FeatureExtractor/refusesContactWithGroup()``), threatens it by an idiom
    /// (``FeatureExtractor/threatensByIdiom()``: "your days are numbered"), likens it to vermin
    /// (``FeatureExtractor/comparesGroupToVermin(_:)``: "… grouillent comme des rats"), accuses a
    /// group of celebrating attacks (``FeatureExtractor/accusesOfCelebratingViolence(_:)``), denies a
    /// group its worth or its rights (``FeatureExtractor/deniesGroupWorth(_:)``,
    /// ``FeatureExtractor/deniesGroupRights(_:)``), makes a hateful claim in a rhetorical question
    /// (``FeatureExtractor/asksHatefulQuestion(_:)``), calls for a group's exclusion
    /// (``FeatureExtractor/exclusionTarget(_:)``), wishes a place rid of a group
    /// (``FeatureExtractor/wishesPlaceWithoutGroup(_:)``: "Dit land zou beter af zijn zonder moslims"),
    /// threatens it with a Dutch verb of violence split around it (``FeatureExtractor/threatensBySplitVerb()``:
    /// "Ik snij de keel door van elke jood" 0.01), disclaims hostility to it and then, after "but", says something
    /// hostile (``FeatureExtractor/disclaimsThenDerogates()``: "Ik heb niets tegen homo's, maar ze zijn wel allemaal
    /// pedofielen" 0.19), denies it something good with "it is not that …"
    /// (``FeatureExtractor/deniesGoodByNotThat()``: "No es que los musulmanes sean de fiar" 0.07),
    /// announces violence against it as the speaker's intent (``FeatureExtractor/threatensWithIntent(_:)``: "I want
    /// to strangle every lesbian in this city") or
    /// supports an extremist movement or denies the Holocaust
    /// (``FeatureExtractor/extremismShown()``: "Tarrant is a hero" 0.05) — the last two also let a score stand that
    /// the group check below would hold. Just under the threshold when `p` reaches it and the message rebuts a
    /// hostile claim it attributes to others (``FeatureExtractor/rebutsHatefulClaim(_:)``), affirms a group's
    /// rights or humanity with nothing hostile beside it (``FeatureExtractor/affirmsGroup(_:language:)``), asks
    /// why harm befalls a group (``FeatureExtractor/asksWhyGroupSuffers(_:language:)``), names the speaker's own
    /// group with a slur or reclaimed word (``FeatureExtractor/reclaimsGroupWord(_:language:)``), only says who the
    /// speaker or someone close is (``FeatureExtractor/statesIdentity(_:)``: "I'm a gay man"), denies a group a harm
    /// (``FeatureExtractor/deniesGroupHarm(_:)``: "Ninguna mujer merece ser insultada"), only asks about a group
    /// (``FeatureExtractor/asksPlainQuestion(_:language:)``: "What do Muslims eat during Eid?"), states a pay gap
    /// (``FeatureExtractor/statesPayGap(_:language:)``), reports a group as a victim or taking part in an ordinary
    /// event (``FeatureExtractor/reportsGroupAsVictim(_:language:)``,
    /// ``FeatureExtractor/reportsGroupEvent(_:language:)``:
    /// "Les réfugiés sont arrivés hier"), uses its words of violence only in an idiom of success or devotion
    /// (``FeatureExtractor/usesViolentWordsHarmlessly(_:)``: "The trans actress is killing it on Broadway"), speaks
    /// of someone close who belongs to a group and says nothing charged
    /// (``FeatureExtractor/speaksOfCloseMember(_:language:)``: "My gay brother is getting married next month") or
    /// knows members of a group (``FeatureExtractor/speaksOfAcquaintances(_:language:)``: "Ik ken veel moslims die
    /// hier al jaren wonen"),
    /// says a group is what its name ends in (``FeatureExtractor/affirmsOwnName(_:)``: "Trans women are women"),
    /// names a group only as the adjective of a thing (``FeatureExtractor/speaksOfGroupThing(_:language:)``: "De
    /// Marokkaanse keuken is heerlijk"), says a group can or may do something too
    /// (``FeatureExtractor/grantsGroupToo(_:language:)``: "Mannen mogen ook huilen"),
    /// reports news or figures about a group (``FeatureExtractor/reportsNewsAboutGroup(_:language:)``), or
    /// ``needsGroupCheck(_:box:)`` says the message must show a group to stand and the target heads see none
    /// (``headsSeeGroup(_:)``). The target heads keep what the model reads as a group without a
    /// lexicon word (a disguised spelling, a group the lists lack), when they are sure of it (``impliedGroupLogit``).
    private func anchored(_ p: Double, box: ModelBox) -> Double {
        targetsReady = false
        ruleType = nil
        ruleGroup = nil
        // The rules each rule's words allow, one lookup per word; a rule whose words are absent is not run.
        let may = box.triggers.scan(extractor)
        if p < box.threshold {
            // A claim rebutted is not raised by the rules that read the claim ("no es verdad que los gitanos sean
            // ladrones").
            if may.contains(.rebutsClaim) && extractor.rebutsHatefulClaim(box.expressions) { return p }
            // Hostility denied to a group and turned on those who harm it is not raised by the declared hatred it
            // holds ("Ik veracht moslims niet, ik veracht de mensen die hen aanvallen").
            if extractor.redirectsHostilityToHarmers(box.expressions) { return p }
            if (may.contains(.usesSlur) && extractor.usesSlurPlainly(box.language))
                || (may.contains(.expressesHate)
                    && (extractor.expressesHatePlainly(box.expressions)
                        || extractor.endorsesViolenceAgainstGroup(box.expressions)
                        || extractor.likensGroupToWhatItIs(box.expressions)))
                || (may.contains(.deniesWorth) && extractor.deniesGroupWorth(box.expressions))
                || (may.contains(.deniesRights) && extractor.deniesGroupRights(box.expressions))
                || (may.contains(.asksHatefulQuestion) && extractor.asksHatefulQuestion(box.expressions))
                || (may.contains(.hatesByPronoun) && extractor.hatesGroupByPronoun(box.expressions))
                || (may.contains(.wishesHarm) && extractor.wishesHarm(box.expressions))
                || (may.contains(.accusesOfCelebrating) && extractor.accusesOfCelebratingViolence(box.expressions))
                || extractor.praisesSarcastically(box.expressions) || extractor.mocksGroupMember()
                || extractor.pairsGroupWithTrope()
                || extractor.asksNegatedQuestion(box.expressions)
                || (extractor.cueMask & Self.counterBit != 0 && extractor.brandsGroupAsBigots(box.expressions))
            {
                // Disgust at an act aimed at a group reads like disgust declared for the group ("Esos comentarios
                // contra los judíos me dan asco").
                return extractor.condemnsActByDisgust(box.expressions) ? p : box.threshold
            }
            ruleGroup = may.contains(.callsForExclusion) ? extractor.exclusionTarget(box.expressions) : nil
            if ruleGroup != nil { return box.threshold }
            // Every member of a group branded ("Cada inmigrante es una rata", "Iedere moslim is een terrorist").
            if let brand = extractor.brandsEveryMember(box.expressions) {
                ruleType = brand == .dehumanising ? .dehumanisation : .derogation
                return box.threshold
            }
            // A group, or a pronoun for it, said plainly to be a hostile word ("Personnellement je pense que les
            // musulmans sont des ordures", "… et elles sont toutes nulles").
            if extractor.brandsGroupPlainly(box.expressions) {
                ruleType = .derogation
                return box.threshold
            }
            // A place wished rid of a group ("Dit land zou beter af zijn zonder moslims").
            if may.contains(.wishesWithout) && extractor.wishesPlaceWithoutGroup(box.expressions) {
                ruleType = .animosity
                return box.threshold
            }
            // A group in power or given a right, judged a disaster ("Un musulman aux commandes ? C'est la
            // catastrophe assurée."), or told to be kept away ("Hou moslims weg bij onze scholen").
            if extractor.judgesGroupInPosition(box.expressions) == true {
                ruleType = .derogation
                return box.threshold
            }
            if extractor.keepsGroupAway() || extractor.blamesGroupForDecline(box.expressions) {
                ruleType = .animosity
                return box.threshold
            }
            // "It is not that they are to be trusted".
            if may.contains(.deniesGoodByNotThat) && extractor.deniesGoodByNotThat() {
                ruleType = .derogation
                return box.threshold
            }
            // "I have nothing against them, but …" and a hostile word after the "but".
            if may.contains(.disclaimsThenDerogates) && extractor.disclaimsThenDerogates() {
                ruleType = .derogation
                return box.threshold
            }
            // A Dutch verb of violence split around the group ("Ik snij de keel door van elke jood").
            if may.contains(.threatensBySplit) && extractor.threatensBySplitVerb() {
                ruleType = .threat
                return box.threshold
            }
            // Violence against a group announced as the speaker's intent ("I want to strangle every lesbian in this
            // city").
            if may.contains(.threatensWithIntent) && extractor.threatensWithIntent(box.expressions) {
                // Culled like livestock is dehumanisation first ("Il faudrait abattre les handicapés comme on fait à
                // la ferme").
                ruleType = may.contains(.objectifies) && extractor.objectifiesGroup(box.expressions)
                    ? .dehumanisation : .threat
                return box.threshold
            }
            // Stereotypes that hold no hostile word: crime blamed on a group as the expected thing, a group's
            // company refused, an idiom of menace.
            if may.contains(.stereotype) && extractor.mayHoldStereotype() {
                if extractor.blamesCrimeOnGroup() || extractor.refusesContactWithGroup() {
                    ruleType = .animosity
                    return box.threshold
                }
                if extractor.threatensByIdiom() {
                    ruleType = .threat
                    return box.threshold
                }
                if extractor.comparesGroupToVermin(box.expressions)
                    || extractor.ranksGroupBelowThings(box.expressions) || extractor.sparesAnimalsComparedToGroup()
                {
                    ruleType = .dehumanisation
                    return box.threshold
                }
            }
            // A group spoken of as a thing, handled as livestock or denied to be people, or derogated by insinuation,
            // with no hostile word ("Latino's zijn gereedschap, meer niet", "Hire a woman and watch the company sink").
            if may.contains(.objectifies) {
                if extractor.objectifiesGroup(box.expressions) {
                    ruleType = .dehumanisation
                    return box.threshold
                }
                if extractor.insinuatesAboutGroup() {
                    ruleType = .animosity
                    return box.threshold
                }
            }
            // A stereotype insinuated by a phrase with no hostile word ("… sûrement pour les quotas"), a place full of
            // a group told by a verb of vermin ("Ça grouille de chinois").
            if may.contains(.veiled) {
                if extractor.swarmsWithGroup() {
                    ruleType = .dehumanisation
                    return box.threshold
                }
                if extractor.insinuatesByPhrase() {
                    ruleType = .animosity
                    return box.threshold
                }
            }
            ruleType = may.contains(.extremism) ? extractor.extremismShown() : nil
            return ruleType == nil ? p : box.threshold
        }
        // A hostile claim put in someone else's mouth to rebut it ("if you think … are scum, you are the scum").
        if may.contains(.rebutsClaim) && extractor.rebutsHatefulClaim(box.expressions) { return box.threshold.nextDown }
        // A group spoken of as a thing or handled as livestock is not affirmed by the words of belonging the rule reads
        // ("Les Roms ont leur place dans un zoo"), and an insinuation is no report of an event ("Enfermez vos filles,
        // les réfugiés sont arrivés").
        // The model's type stands.
        if may.contains(.objectifies)
            && (extractor.objectifiesGroup(box.expressions) || extractor.insinuatesAboutGroup())
        {
            return p
        }
        // A right, respect or protection claimed for a group, or its humanity affirmed, with nothing hostile beside
        // it ("Women deserve the same pay as men", "Les trans sont des êtres humains comme les autres"); a question
        // why harm befalls a group ("Why are Black people killed by police?").
        if (may.contains(.affirms) && extractor.affirmsGroup(box.expressions, language: box.language))
            || (may.contains(.asksWhySuffers) && extractor.asksWhyGroupSuffers(box.expressions, language: box.language))
            || (may.contains(.reclaims) && extractor.reclaimsGroupWord(box.expressions, language: box.language))
            || (may.contains(.statesIdentity) && extractor.statesIdentity(box.expressions, language: box.language))
            || extractor.asksPlainQuestion(box.expressions, language: box.language)
            || extractor.statesPayGap(box.expressions, language: box.language)
            || extractor.deniesHostileClaim(box.expressions, language: box.language)
            || extractor.refusesHarmToGroup(box.expressions)
            || extractor.deniesGroupHarm(box.expressions) || extractor.redirectsHostilityToHarmers(box.expressions)
            || extractor.judgesGroupInPosition(box.expressions) == false
            || extractor.defendsGroupAgainstLies(box.language)
            || extractor.reportsGroupTreatedAsAnimals(box.expressions)
            || extractor.affirmsByNegatedQuestion(box.expressions) || extractor.condemnsThoseWhoHarm(box.expressions)
            || extractor.condemnsReportedHate(box.expressions, language: box.language)
            || extractor.condemnsHarmAsSubject(box.expressions) || extractor.disbelievesHostileClaim(box.expressions)
            || (may.contains(.reportsVictim)
                && extractor.reportsGroupAsVictim(box.expressions, language: box.language))
            || extractor.describesGroupByDutchRelative(box.expressions, language: box.language)
            || (may.contains(.reportsEvent) && extractor.reportsGroupEvent(box.expressions, language: box.language))
            || (may.contains(.harmlessIdiom) && extractor.usesViolentWordsHarmlessly(box.language))
            || ((extractor.speaksOfCloseMember(box.expressions, language: box.language)
                || extractor.speaksOfAcquaintances(box.expressions, language: box.language))
                && !Self.violent(extractor, box))
            || extractor.affirmsOwnName(box.expressions.affirmations)
            || extractor.speaksOfGroupThing(box.expressions, language: box.language)
            || extractor.grantsGroupToo(box.expressions, language: box.language)
            || extractor.reportsNewsAboutGroup(box.expressions, language: box.language)
            || (may.contains(.objectifies)
                && (extractor.deniesGroupIsThing(box.expressions) || extractor.saysGroupSharesValues()))
        {
            return box.threshold.nextDown
        }
        guard Self.needsGroupCheck(extractor, box: box) else { return p }
        // Support for an extremist movement often names no group ("Hitler tenía razón"), and a call to close all
        // mosques names its group by a place: they stand.
        ruleGroup = may.contains(.callsForExclusion) ? extractor.exclusionTarget(box.expressions) : nil
        if ruleGroup != nil { return p }
        ruleType = may.contains(.extremism) ? extractor.extremismShown() : nil
        if ruleType != nil { return p }
        aux.withUnsafeMutableBufferPointer { box.targetLogits(extractor.featureBuffer, into: $0.baseAddress!) }
        targetsReady = true
        return Self.headsSeeGroup(aux) ? p : box.threshold.nextDown
    }

    /// Whether a message the model scores hateful stands only if the target heads see a group in it. Hate is
    /// hostility against a group, and two kinds of message name none:
    /// - for the models of ``ModelBox/anchorLanguages``, a message with no group, no hostile word
    ///   (``FeatureExtractor/hasHateAnchor``): the Catalan and Spanish models scored chatter such as "El metro va
    ///   fatal avui" (0.73) and "Qué buen concierto anoche" (0.69) hateful on the letters of ordinary words, and in
    ///   a city's stream such messages are most messages;
    /// - in every language, a message with no group that names a target the law does not protect
    ///   (``Lexicon/nonProtectedTargets``: "Arsenal fans are a disease", "journalisten zijn een plaag"), which the
    ///   models flagged for its hostility alone;
    /// - in Dutch, a message with no group that says what it says of one thing or person
    ///   (``FeatureExtractor/speaksOfOneEntity(_:)``: "Die film was echt waardeloos" 0.97, "Dat eten was smerig"
    ///   0.999).
    /// An anchor word (``FeatureExtractor/hasAnchorWord(_:)``: a gendered insult, a slur the lists lack) lets
    /// the score stand. The extractor must hold the message's features.
    static func needsGroupCheck(_ extractor: FeatureExtractor, box: ModelBox) -> Bool {
        guard extractor.groupMask == 0,
            (box.needsAnchor && !extractor.hasHateAnchor) || extractor.namesNonProtectedTarget(box.language)
                || extractor.speaksOfOneEntity(box.language)
        else { return false }
        return !extractor.hasAnchorWord(box.language)
    }

    /// Tokenises and extracts the features of `text`, then sums the main head's weights in a tight loop of its
    /// own (separate from the hashing, the loads from the large weight table overlap best).
    @inline(__always)
    private func mainLogit(_ text: String, language: Language, box: ModelBox, recording: Bool = false) -> Float {
        extractor.extract(text, language: language)
        guard recording else { return box.mainLogit(extractor.featureBuffer) }
        return box.mainLogit(extractor.featureBuffer, recordingInto: &featureWeights)
    }

    /// The target-head logit at which a group counts as named in a message whose words name none. Groups the
    /// lexicon lacks or a disguise hides ("Marokkanen", "ikzwarte mensennutteloos") reach 2.5–7.7 for one group
    /// with every other group far below; greetings the Dutch and Catalan models read on their letters reach at
    /// most 1.5 ("Goedemorgen allemaal!" 0.2 for Muslims, "Bon dia a tothom!" 1.5 for gay people), which the
    /// targets' own rule (logit > 0) took as a group, so the message stayed hateful.
    static let impliedGroupLogit: Float = 2

    /// The cue bit of a word that condemns: only a message holding one can brand a group with a prejudice
    /// (``FeatureExtractor/brandsGroupAsBigots(_:)``), so the rule is not run for the others.
    static let counterBit = FeatureExtractor.cueBit(.counter)

    /// Whether the violence head finds the message in the extractor violent, at its calibrated threshold.
    static func violent(_ extractor: FeatureExtractor, _ box: ModelBox) -> Bool {
        box.violence(box.violenceLogit(extractor.featureBuffer)) >= box.violenceThreshold
    }

    /// Whether the target heads in `aux` are sure of a group (some logit reaches ``impliedGroupLogit``).
    static func headsSeeGroup(_ aux: [Float]) -> Bool {
        aux[HateModel.targetOffset..<HateModel.targetOffset + TargetGroup.modelledCount]
            .contains { $0 >= impliedGroupLogit }
    }

    /// Classifies one message.
    public func classify(_ text: String, explain: Bool = true) -> Classification {
        let language = identifier.identify(text)
        let box = classifier.box(for: language)
        let z = mainLogit(text, language: language, box: box, recording: explain)
        let p = anchored(sigmoid(box.plattA * Double(z) + box.plattB), box: box)
        let hateful = p >= box.threshold
        var type: HateType?
        var targets: [TargetGroup] = []
        var violence = 0.0
        // The auxiliary heads matter only for messages that might be hateful or violent; skipping them keeps
        // the common case (ordinary messages) fast. Type and targets are reported only for hateful messages,
        // so the others need just the violence head.
        if p >= 0.25 {
            let features = extractor.featureBuffer
            if hateful {
                aux.withUnsafeMutableBufferPointer { box.coreLogits(features, into: $0.baseAddress!) }
                var best = 0
                for k in 1..<Self.types.count
                where aux[HateModel.typeOffset + k] > aux[HateModel.typeOffset + best] { best = k }
                // What a group deserves or a weapon promised to it is a threat, whatever the type head reads
                // ("Une balle dans la tête pour chaque juif" was typed animosity).
                type = ruleType ?? (extractor.holdsThreatPhrase() ? .threat : Self.types[best])
                targets = chooseTargets(box: box)
            } else {
                aux[0] = box.violenceLogit(features)
            }
            violence = box.violence(aux[0])
        }
        var explanation: [FeatureContribution] = []
        if explain {
            explanation = explainDecision(model: box.model, hateful: hateful)
        }
        return Classification(
            hateful: hateful, score: p, type: type, targets: targets, language: language,
            // A threat or call for violence supports violence by definition, even when the separately trained
            // violence head stays under its threshold ("time to make them pay"); keep the two answers consistent.
            explanation: explanation, supportsViolence: violence >= box.violenceThreshold || type == .threat,
            violenceScore: violence,
            modelVersion: box.version)
    }

    private static let types = HateType.allCases
    private static let groups = TargetGroup.allCases

    private func chooseTargets(box: ModelBox) -> [TargetGroup] {
        let mask = extractor.groupMask
        if mask == 0, let ruleGroup { return [Self.groups[Int(ruleGroup)]] }
        // One group named: it is the target, whatever the target heads say (so they need not be computed).
        if mask.nonzeroBitCount == 1 { return [Self.groups[mask.trailingZeroBitCount]] }
        if !targetsReady {
            let features = extractor.featureBuffer
            aux.withUnsafeMutableBufferPointer { box.targetLogits(features, into: $0.baseAddress!) }
        }
        return Self.targets(aux: aux, groupMask: mask)
    }

    /// The targets of a hateful message from the auxiliary logits and the groups it names (bit `k` for
    /// `TargetGroup.allCases[k]`).
    static func targets(aux: [Float], groupMask: UInt32) -> [TargetGroup] {
        var named: [(TargetGroup, Float)] = []
        var predicted: [(TargetGroup, Float)] = []
        for (k, g) in groups.enumerated() {
            // A group without a head (``TargetGroup/modelled``) is named by the lexicon alone: it counts as
            // neither confirmed nor doubted (logit 0), and is never predicted for a message that names nobody.
            guard k < TargetGroup.modelledCount else {
                if groupMask & (1 << UInt32(k)) != 0 { named.append((g, 0)) }
                continue
            }
            let logit = aux[HateModel.targetOffset + k]
            if groupMask & (1 << UInt32(k)) != 0 { named.append((g, logit)) }
            if logit > 0 { predicted.append((g, logit)) }
        }
        if named.count == 1 { return [named[0].0] }
        if named.count > 1 {
            // Several groups named ("they bring their women"): keep those the target head also believes in.
            let kept = named.filter { $0.1 > -1 }.sorted { $0.1 > $1.1 }
            return kept.isEmpty ? [named.max { $0.1 < $1.1 }.map { $0.0 } ?? named[0].0] : kept.map(\.0)
        }
        return predicted.sorted { $0.1 > $1.1 }.prefix(2).map(\.0)
    }

    private func explainDecision(model: HateModel, hateful: Bool) -> [FeatureContribution] {
        let features = extractor.featureBuffer
        let scale = model.mainScale
        guard !features.isEmpty, scale > 0, featureWeights.count >= features.count else { return [] }
        let sign: Int32 = hateful ? 1 : -1
        // Keep the twelve single features that push hardest towards the decision (one per feature hash),
        // then weigh each by how often it occurs, keep six and only then build their readable names. A feature's
        // contribution is its quantised weight × scale / √count, the same positive factor for every feature, so
        // the twelve are chosen on the signed integer weights and only they are turned into floats. The
        // candidates live in a fixed buffer on the stack: with arrays of tuples (insert, contains, removeLast,
        // then three more arrays and a dictionary) choosing them cost as much as classifying the message.
        return withUnsafeTemporaryAllocation(of: ExplanationCandidate.self, capacity: 13) { candidates in
            var chosen = 0
            featureWeights.withUnsafeBufferPointer { weights in
                for i in 0..<features.count {
                    let f = features[i]
                    let q = Int32(weights[i]) * sign
                    guard q > 0, chosen < 12 || q > candidates[chosen - 1].q else { continue }
                    var known = false
                    for k in 0..<chosen where candidates[k].hash == f { known = true; break }
                    if known { continue }
                    var at = chosen
                    // After the candidates of equal weight: the earlier feature stays first.
                    while at > 0 && candidates[at - 1].q < q {
                        candidates[at] = candidates[at - 1]
                        at -= 1
                    }
                    candidates[at] = ExplanationCandidate(index: i, hash: f, q: q, weight: 0)
                    chosen = min(chosen + 1, 12)
                }
            }
            guard chosen > 0 else { return [] }
            // The same arithmetic as before the choice moved to integers (sign flips are exact), so the figures
            // written are unchanged.
            let root = Float(max(features.count, 1)).squareRoot()
            // How often each candidate occurs: one pass over the features, most of which a 64-bit mask of the
            // candidates' hashes turns away before any comparison.
            var seen: UInt64 = 0
            for k in 0..<chosen { seen |= 1 << (candidates[k].hash & 63) }
            var counts: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            withUnsafeMutableBytes(of: &counts) { raw in
                let count = raw.bindMemory(to: Int32.self)
                for f in features where seen & (1 << (f & 63)) != 0 {
                    // Candidates differ in hash: at most one matches.
                    for k in 0..<chosen where candidates[k].hash == f {
                        count[k] += 1
                        break
                    }
                }
                for k in 0..<chosen {
                    candidates[k].weight = Float(candidates[k].q) * scale / root * Float(count[k])
                }
            }
            // Heaviest first; among equals the earlier feature.
            var ranked = UnsafeMutableBufferPointer(rebasing: candidates[0..<chosen])
            ranked.sort { ($0.weight, $1.index) > ($1.weight, $0.index) }
            let top = min(chosen, 6)
            let names = extractor.names(at: ranked[0..<top].map(\.index))
            return (0..<top).map { k in
                FeatureContribution(
                    feature: names[k],
                    weight: (Double(ranked[k].weight * Float(sign)) * 1000).rounded() / 1000)
            }
        }
    }
}

/// A feature that may be named in an explanation: its position in the feature buffer, its hash, its signed
/// quantised weight and, once counted, its contribution.
struct ExplanationCandidate {
    var index: Int
    var hash: UInt64
    var q: Int32
    var weight: Float
}
