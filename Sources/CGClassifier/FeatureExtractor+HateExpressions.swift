extension FeatureExtractor {
    /// Whether the last message declares hatred, contempt or disgust for a group it names, plainly: one of
    /// ``Lexicon/hateExpressionsBefore`` followed by the group ("I can't stand all these …", "ik heb een hekel
    /// aan …"), or a group opening its clause followed by one of ``Lexicon/hateExpressionsAfter`` ("… make me
    /// sick", "… me dan asco"). Not when the expression is negated from outside ("not that I hate …"),
    /// the message quotes or holds a word that condemns or reports, the group is followed by a word that makes it
    /// the victim ("I'm sick of … being blamed"), or a Spanish or Catalan verb is a noun ("el odio a …").
    func expressesHatePlainly(_ language: Language) -> Bool {
        guard groupMask != 0, !tokens.anyQuote, let table = Lexicon.hateExpressionTables[language] else { return false }
        let n = tokens.count
        let hashes = tokens.hashes, flags = tokens.flags, groups = tokens.groups, cues = tokens.cues
        let hostile = Lexicon.Cue.negative.rawValue
        let counter = Lexicon.Cue.counter.rawValue, report = Lexicon.Cue.report.rawValue
        // A word that condemns or reports anywhere but inside the expression itself ("stand" in "I can't stand"
        // is a counter-speech cue of "stand with").
        func condemnsOrReports(outside phrase: Range<Int>) -> Bool {
            for k in 0..<n where !phrase.contains(k) && (cues[k] == counter || cues[k] == report) { return true }
            return false
        }
        func flag(_ i: Int) -> TokenFlags { TokenFlags(rawValue: flags[i]) }
        // Past bridge words (at most three, within the clause) from `j`; the index reached.
        func skipBridges(from j: Int) -> Int {
            var j = j, skipped = 0
            while j < n, skipped < 3, groups[j] < 0, !flag(j).contains(.breakBefore),
                table.bridges.contains(hashes[j]) || cues[j] == hostile
            {
                j += 1
                skipped += 1
            }
            return j
        }
        for i in 0..<n {
            let length = table.before.match(tokens, at: i)
            if length > 0 {
                guard !flag(i).contains(.negated) else { continue }
                if i > 0, !flag(i).contains(.breakBefore), table.nounMarkers.contains(hashes[i - 1]) { continue }
                var j = skipBridges(from: i + length)
                guard j < n, groups[j] >= 0, !flag(j).contains(.breakBefore),
                    !table.excludedGroupWords.contains(hashes[j])
                else { continue }
                let g = groups[j]
                while j < n, groups[j] == g { j += 1 }
                if j < n, !flag(j).contains(.breakBefore), table.victimWords.contains(hashes[j]) { continue }
                if condemnsOrReports(outside: i..<(i + length)) { return false }
                return true
            }
            // A group opening its clause, followed by an expression after it.
            guard groups[i] >= 0, i == 0 || groups[i - 1] < 0, !table.excludedGroupWords.contains(hashes[i]) else { continue }
            var start = i
            while start > 0, !flag(start).contains(.breakBefore), start > i - 3,
                table.bridges.contains(hashes[start - 1]) || cues[start - 1] == hostile
            {
                start -= 1
            }
            guard start == 0 || flag(start).contains(.breakBefore) else { continue }
            var j = i
            while j < n, groups[j] == groups[i] { j += 1 }
            guard j < n, !flag(j).contains(.breakBefore) else { continue }
            let after = table.after.match(tokens, at: j)
            if after > 0, !flag(j).contains(.negated) { return !condemnsOrReports(outside: j..<(j + after)) }
        }
        return false
    }
}
