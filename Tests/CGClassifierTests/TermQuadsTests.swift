import Testing

@testable import CGClassifier

/// The four-byte bitmap in front of the glued-word search (2026-12-01, sixteenth session) only turns words away
/// sooner: every term still passes, and the tokeniser cuts (and joins) as before.
@Suite("Term quads: the bitmap before the glued-word search")
struct TermQuadsTests {
    static func holds(_ quads: TermQuads, _ text: String) -> Bool {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { quads.mayHold($0.baseAddress!, $0.count) }
    }

    @Test("every single-word group term of four bytes or more passes the lexicon's bitmap")
    func termsPass() {
        let lexicon = Lexicon.shared
        let terms = (Lexicon.groupTerms.values.flatMap { $0 } + Lexicon.groupForms.values.flatMap { $0 })
            .filter { !$0.contains(" ") && $0.utf8.count >= 4 }
        #expect(terms.count > 100)
        for term in terms {
            #expect(Self.holds(lexicon.termQuads, term), "\(term)")
            #expect(Self.holds(lexicon.termQuads, "xx" + term + "yy"), "\(term) inside a word")
        }
    }

    @Test("the lexicon's bitmap is in force: most ordinary words hold no term's first four bytes")
    func inForce() {
        let words = [
            "something", "yesterday", "beautiful", "question", "probably", "different", "tomorrow",
            "although", "football", "together", "whatever", "remember", "everyone", "birthday",
        ]
        let passed = words.filter { Self.holds(Lexicon.shared.termQuads, $0) }
        #expect(passed.count < words.count / 2, "\(passed)")
    }

    @Test("a bitmap whose terms do not cover the table lets every word through")
    func uncoveredPassesAll() {
        let quads = TermQuads(terms: ["muslims"], covered: false)
        for word in ["something", "zzzz", "muslims"] { #expect(Self.holds(quads, word)) }
        let covered = TermQuads(terms: ["muslims"], covered: true)
        #expect(Self.holds(covered, "ihatemuslims"))
        #expect(!Self.holds(covered, "zzzzzz"))
    }

    @Test(
        "glued and spaced words are still cut and joined",
        arguments: [
            ("ihatemuslims", ["i", "hate", "muslims"]),
            ("womenaretrash", ["women", "are", "trash"]),
            ("mus lims are", ["muslims", "are"]),
            ("mu sl ims", ["muslims"]),
        ])
    func cutsAndJoins(_ text: String, _ expected: [String]) {
        let buffer = TokenBuffer()
        buffer.tokenize(text, language: .en)
        #expect((0..<buffer.count).map { buffer.string(at: $0) } == expected)
    }
}
