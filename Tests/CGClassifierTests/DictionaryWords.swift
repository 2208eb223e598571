import Foundation

/// The words of the word lists in `/usr/share/dict` of our languages and British English, lower-cased with accents
/// folded, letters a–z only, each once, with the list it was first found in: what the by-hand collision checks
/// (`GluedWordTests.dictionaryWordsCut`, `DisguiseTests.dictionaryWordsReadAsVariants`) look up.
func foldedDictionaryWords() -> [(word: String, list: String)] {
    let lists = ["american-english", "british-english", "spanish", "french", "catalan", "dutch", "swedish"]
    var seen = Set<String>()
    var out: [(word: String, list: String)] = []
    for list in lists {
        guard let text = try? String(contentsOfFile: "/usr/share/dict/" + list, encoding: .utf8) else { continue }
        for line in text.split(separator: "\n") {
            let folded = line.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            guard folded.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), seen.insert(folded).inserted else { continue }
            out.append((folded, list))
        }
    }
    return out
}
