extension FeatureExtractor {
    /// The type of hate the last message shows by supporting a violent extremist movement or denying the
    /// Holocaust, said plainly, or nil:
    /// - ``HateType/support``: a slogan ("sieg heil", ``Lexicon/extremistSlogans``); a name of a movement, leader or
    ///   attacker (``Lexicon/extremistNames``, every ideology) followed by praise ("Hitler was right", "ISIS
    ///   fighters are heroes", "Breivik did nothing wrong", "Hitler tenía razón") or preceded by it ("saint
    ///   Tarrant", "long live the caliphate"); a call for another atrocity ("we need another Auschwitz");
    /// - ``HateType/derogation``: Holocaust denial ("the Holocaust is a hoax", "la Shoah n'a jamais existé").
    ///
    /// Not when the message quotes, or holds a word that condemns or reports ("people who say Hitler was right are
    /// dangerous" reports), or the praise or denial is negated ("Hitler was not a hero", "the Holocaust is not a
    /// myth"). Such messages often name no group, so the models of ``ModelBox/anchorLanguages`` held them under the
    /// threshold ("Hitler tenía razón", "Hitler had gelijk").
    func extremismShown() -> HateType? {
        guard !tokens.anyQuote else { return nil }
        let n = tokens.count
        let hashes = tokens.hashes, flags = tokens.flags
        let t = Lexicon.extremism
        var triggered = false
        for i in 0..<n where t.triggers(hashes[i]) {
            triggered = true
            break
        }
        guard triggered else { return nil }
        // Words that condemn or report count outside the rule's own ("un mensonge" is also how a lie is called out).
        func negated(_ i: Int) -> Bool { flags[i] & TokenFlags.negated.rawValue != 0 }
        func opensClause(_ i: Int) -> Bool { flags[i] & TokenFlags.breakBefore.rawValue != 0 }
        // The words of the praise that follows the name ending before `j`, past at most three link words.
        func praiseFollowing(_ j: Int) -> Range<Int>? {
            var j = j, links = 0
            while j < n, !opensClause(j) {
                let praise = t.praiseAfter.match(tokens, at: j)
                if praise > 0, !negated(j) {
                    let next = j + praise
                    if hashes[j] == t.right, praise == 1, next < n, t.notPraiseAfterRight.contains(hashes[next]) { return nil }
                    return j..<next
                }
                guard links < 3, t.links.contains(hashes[j]) else { return nil }
                j += 1
                links += 1
            }
            return nil
        }
        // Slogans first, all of them: their own words may be cues ("words" of "14 words" reports).
        var sloganWords = 0..<0
        var i = 0
        while i < n {
            let slogan = t.slogans.match(tokens, at: i)
            if slogan > 0, !negated(i) {
                sloganWords = (sloganWords.isEmpty ? i : sloganWords.lowerBound)..<(i + slogan)
                i += slogan
            } else {
                i += 1
            }
        }
        if !sloganWords.isEmpty, !condemnsOrReports(outside: sloganWords) { return .support }
        for i in 0..<n {
            // The praise's own words may be cues too ("wrong" of "did nothing wrong" condemns).
            let name = t.names.match(tokens, at: i)
            if name > 0, let praise = praiseFollowing(i + name) { return condemnsOrReports(outside: praise) ? nil : .support }
            let praise = t.praiseBefore.match(tokens, at: i)
            if praise > 0, !negated(i) {
                var k = i + praise
                if k < n, !opensClause(k), t.articles.contains(hashes[k]) { k += 1 }
                if k < n, !opensClause(k), t.names.match(tokens, at: k) > 0 { return condemnsOrReports() ? nil : .support }
            }
            let repeater = t.repeaters.match(tokens, at: i)
            if repeater > 0, !negated(i), i + repeater < n, !opensClause(i + repeater) {
                let a = i + repeater
                let atrocity = t.atrocities.match(tokens, at: a)
                let topic = a + atrocity < n && t.topics.contains(hashes[a + atrocity])
                var called = false
                var k = i
                while !called, k > max(0, i - 4), !opensClause(k) {
                    k -= 1
                    called = t.calls.contains(hashes[k]) && !negated(k)
                }
                if atrocity > 0, !topic, called { return condemnsOrReports() ? nil : .support }
            }
            if t.holocaust.match(tokens, at: i) > 0 {
                var j = i + 1
                while j < min(n, i + 7), !opensClause(j) {
                    let denial = t.denial.match(tokens, at: j)
                    if denial > 0, !negated(j) { return condemnsOrReports(outside: j..<(j + denial)) ? nil : .derogation }
                    j += 1
                }
            }
        }
        return nil
    }
}
