import Foundation
import Testing

@testable import CGClassifier

/// `classify` writes its lines and reads JSONL through hand-written code for speed; these tests hold each to the
/// Foundation code it replaces, byte for byte and message for message.
@Suite("classify output and JSONL input: fast paths agree with Foundation")
struct ClassificationLineTests {
    static let messages = [
        "I hate muslims", "Muslims are wonderful neighbours", "\"women are trash\" is a vile thing to say",
        "k*ll the f*ggots and j*ws", "Je déteste les musulmans", "Odio a los inmigrantes", "ik haat moslims",
        "Jag hatar judar", "Bon dia a tothom!", "", "  ", "🙂🙂", "tab\there, quote \" and back\\slash / slash",
        "control \u{01}\u{1F} and line\nbreak\r", "these people should all be shot", "we love our trans friends",
    ]

    @Test("a classified message's line is the bytes JSONEncoder writes for it")
    func lineMatchesEncoder() throws {
        let session = try HateClassifier.loadDefault().makeSession()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let ids: [MessageInput.MessageID] = [.number(1), .number(-42), .string("a\"b/c\u{7}é"), .number(Int.max)]
        var checked = 0
        for (k, text) in Self.messages.enumerated() {
            for explain in [true, false] {
                let line = ClassificationLine(id: ids[k % ids.count], classification: session.classify(text, explain: explain))
                var fast: [UInt8] = []
                line.append(to: &fast)
                let reference = try encoder.encode(line)
                #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
                checked += 1
            }
        }
        #expect(checked == Self.messages.count * 2)
    }

    @Test("numbers and strings are written as JSONEncoder writes them")
    func numbersAndStrings() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for d in [0.0, -0.0, 1.0, 0.5, 0.0001, 1e-5, 0.9188, -0.47, 100, 1e21, 123_456.789] {
            var fast: [UInt8] = []
            ClassificationLine.number(d, &fast)
            #expect(String(decoding: fast, as: UTF8.self) == String(decoding: try encoder.encode([d]), as: UTF8.self).dropFirst().dropLast())
        }
        let s = "a\"b\\c/d\n\t\r\u{08}\u{0C}\u{01}\u{1b}\u{7f}é😀\u{2028}"
        var fast: [UInt8] = []
        ClassificationLine.string(s, &fast)
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: try encoder.encode([s]), as: UTF8.self).dropFirst().dropLast())
    }

    @Test("JSONL lines read by the scanner give what JSONSerialization gives; lines it leaves go the slow way")
    func scannerMatchesSerialization() {
        let lines = [
            #"{"id":"a","text":"hello"}"#,
            #"  { "text" : "spaces \"quoted\" \\ \/ \n\t\u00e9\ud83d\ude00" , "id" : 17 }  "#,
            #"{"text":"extra members","meta":{"a":[1,2.5e3,{"b":null}],"c":true,"d":false},"lang":"en","id":-3}"#,
            #"{"text":"no id"}"#,
            #"{"text":"dup","text":"last wins"}"#,
            #"{"id":3}"#,
            #"{"id":1.9,"text":"fractional id"}"#,
            #"{"id":true,"text":"boolean id"}"#,
            #"{"id":"x","text":5}"#,
            #"{"id":007,"text":"leading zeros"}"#,
            #"{"text":"unterminated}"#,
            #"{"text":"trailing"} x"#,
            #"["text","array"]"#,
            #"{"text":"bad escape \q"}"#,
            #"{"text":"lone surrogate \ud83d"}"#,
            #"{}"#,
            "not json",
        ]
        let fast = MessageInput.parse(data: Data(lines.joined(separator: "\n").utf8), format: .jsonl)
        let slow = lines.enumerated().map { MessageInput.parseJSONLine($1, line: $0 + 1) }
        #expect(fast.count == slow.count)
        for (k, (f, s)) in zip(fast, slow).enumerated() {
            switch (f, s) {
            case (.success(let a), .success(let b)): #expect(a == b, "line \(k + 1)")
            case (.failure(let a), .failure(let b)): #expect(a.line == b.line && a.message == b.message, "line \(k + 1)")
            default: Issue.record("line \(k + 1): fast \(f), slow \(s)")
            }
        }
        // The scanner itself took the plain lines (so the comparison above compared two paths, not one).
        for plain in lines.prefix(5) {
            #expect(Array(plain.utf8).withUnsafeBufferPointer { JSONLineScanner.message(in: $0) } != nil, "\(plain)")
        }
        for other in lines.dropFirst(5) {
            #expect(Array(other.utf8).withUnsafeBufferPointer { JSONLineScanner.message(in: $0) } == nil, "\(other)")
        }
    }
}
