import Foundation
import Testing
@testable import CGClassifier

@Suite("CSV/TSV reading")
struct DelimitedReaderTests {
    @Test("quoted fields with delimiters, doubled quotes and line breaks")
    func quoted() {
        let csv = "text,label\n\"hello, world\",1\n\"she said \"\"hi\"\"\",0\n\"two\nlines\",1\n"
        let r = DelimitedReader().records(csv)
        #expect(r.count == 4)
        #expect(r[1].fields == ["hello, world", "1"])
        #expect(r[2].fields == ["she said \"hi\"", "0"])
        #expect(r[3].fields == ["two\nlines", "1"])
        #expect(r[3].line == 4)
    }

    @Test("CRLF, BOM, empty fields, blank lines and a missing final newline")
    func edges() {
        let csv = "\u{FEFF}a,b,c\r\n1,,3\r\n\r\n,,\r\nx,y,z"
        let r = DelimitedReader().records(csv)
        #expect(r.map(\.fields) == [["a", "b", "c"], ["1", "", "3"], ["", "", ""], ["x", "y", "z"]])
        #expect(r[3].line == 5)
    }

    @Test("tab and semicolon delimiters")
    func delimiters() {
        #expect(DelimitedReader(delimiter: "\t").records("a\tb\n\"x\ty\"\tz").map(\.fields) == [["a", "b"], ["x\ty", "z"]])
        #expect(DelimitedReader(delimiter: ";").records("a;b\n1;2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test("rows are keyed by header")
    func rows() {
        let reader = DelimitedReader()
        let rows = reader.rows(reader.records("text,label\nhi,1\nshort\n"))
        #expect(rows.count == 2)
        #expect(rows[0].values["label"] == "1")
        #expect(rows[1].values["label"] == nil)
    }

    @Test("labels in all documented spellings")
    func labels() {
        for yes in ["1", "true", "hate", "hateful", "0.7"] { #expect(LabeledFileReader.parseLabel(yes) == true) }
        for no in ["0", "false", "nothate", "not", "not hateful", "0.2"] { #expect(LabeledFileReader.parseLabel(no) == false) }
        #expect(LabeledFileReader.parseLabel("maybe") == nil)
    }

    @Test("message input keeps going past bad lines and reports their numbers")
    func messageInput() {
        let jsonl = "{\"id\":\"a\",\"text\":\"hello\"}\nnot json\n\n{\"text\":\"no id\"}\n{\"id\":3}\n"
        let out = MessageInput.parse(data: Data(jsonl.utf8), format: .jsonl)
        #expect(out.count == 4)
        if case .success(let m) = out[0] { #expect(m.id == .string("a")) } else { Issue.record("line 1") }
        if case .failure(let e) = out[1] { #expect(e.line == 2) } else { Issue.record("line 2") }
        if case .success(let m) = out[2] { #expect(m.id == .number(4)) } else { Issue.record("line 4") }
        if case .failure(let e) = out[3] { #expect(e.line == 5) } else { Issue.record("line 5") }
        let text = MessageInput.parse(data: Data("one\n\nthree\n".utf8), format: .text)
        #expect(text.compactMap { try? $0.get().id } == [.number(1), .number(3)])
        // Windows line ends, lines of white space only (an ASCII and a no-break space), text kept as written.
        let crlf = MessageInput.parse(data: Data("one\r\n \t \r\n\u{A0}\r\n  two  \r\nthree".utf8), format: .text)
        #expect(crlf.compactMap { try? $0.get() } == [
            .init(id: .number(1), text: "one"), .init(id: .number(4), text: "  two  "), .init(id: .number(5), text: "three"),
        ])
        let jsonlCRLF = MessageInput.parse(data: Data("{\"text\":\"a\"}\r\n\r\n{\"id\":9,\"text\":\"b\"}\r\n".utf8), format: .jsonl)
        #expect(jsonlCRLF.compactMap { try? $0.get() } == [.init(id: .number(1), text: "a"), .init(id: .number(9), text: "b")])
        let csv = MessageInput.parse(data: Data("id,text\n7,\"a, b\"\n8\n".utf8), format: .csv)
        #expect((try? csv[0].get()) == MessageInput.Message(id: .number(7), text: "a, b"))
        if case .failure(let e) = csv[1] { #expect(e.line == 3) } else { Issue.record("csv line 3") }
    }
}

