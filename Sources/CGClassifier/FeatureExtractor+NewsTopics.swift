extension FeatureExtractor {
    /// Whether the last message only reports news, figures or a study about a group: a news noun
    /// (``Lexicon/newsNouns``) opening the message after at most two articles, then within three words a topic word
    /// (``Lexicon/topicWords``) and the group right after it (bridge words aside); at most 16 words, no cue word of
    /// any kind, no negator, question or quotation, no slur or insult, and no expression or trope of hatred
    /// ("statistics on Arabs were published today", "el telediario habló de los musulmanes y las pensiones").
    func reportsNewsAboutGroup(_ table: Lexicon.HateExpressionTable, language: Language) -> Bool {
        let n = tokens.count
        guard groupMask != 0, n <= 16, !tokens.anyQuote, !tokens.anyNegator, !tokens.endsWithQuestion,
            cueMask == 0
        else { return false }
        let hashes = tokens.hashes
        var k = 0
        while k < min(n, 2), Lexicon.newsArticleHashes.contains(hashes[k]) { k += 1 }
        guard k < n, Lexicon.newsNounHashes.contains(hashes[k]) else { return false }
        for t in (k + 1)..<min(n, k + 4) where Lexicon.topicWordHashes.contains(hashes[t]) {
            guard groupFollowing(t + 1, table) != nil else { continue }
            return !holdsSlurOrInsult(language) && !expressesHatePlainly(table)
        }
        return false
    }
}
