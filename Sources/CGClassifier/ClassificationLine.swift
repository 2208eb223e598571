/// One line of `commonground classify`'s output: `{"explanation", "hateful", "id", "language", "modelVersion",
/// "score", "supportsViolence", "targets", "type"}` with sorted keys, the score rounded to four decimals and
/// `type` always present (null when not hateful), so consumers see a fixed shape.
///
/// ``append(to:)`` writes the same bytes `JSONEncoder` (sorted keys, slashes unescaped) writes for this value —
/// `ClassificationLineTests` holds the two together — about ten times faster: at the classifier's speed the
/// encoder, not the model, set the pace of the command.
public struct ClassificationLine: Encodable, Sendable {
    /// The message's id (the line number for plain text).
    public let id: MessageInput.MessageID
    /// The classification, as the session returned it.
    public let classification: Classification

    /// Creates the line of one classified message.
    public init(id: MessageInput.MessageID, classification: Classification) {
        self.id = id
        self.classification = classification
    }

    /// The score as written: four decimals are all a reader can use, and keep lines short.
    var roundedScore: Double { (classification.score * 10_000).rounded() / 10_000 }

    enum CodingKeys: String, CodingKey {
        case id, hateful, score, type, targets, language, explanation, supportsViolence, modelVersion
    }

    /// The reference encoding (`JSONEncoder`); ``append(to:)`` must agree with it byte for byte.
    public func encode(to encoder: any Encoder) throws {
        let c = classification
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(c.hateful, forKey: .hateful)
        try container.encode(roundedScore, forKey: .score)
        try container.encode(c.type, forKey: .type)
        try container.encode(c.targets, forKey: .targets)
        try container.encode(c.language, forKey: .language)
        try container.encode(c.explanation, forKey: .explanation)
        try container.encode(c.supportsViolence, forKey: .supportsViolence)
        try container.encode(c.modelVersion, forKey: .modelVersion)
    }

    /// Appends the line's JSON (without the newline) to `out`.
    public func append(to out: inout [UInt8]) {
        let c = classification
        Self.raw("{\"explanation\":[", &out)
        for (k, e) in c.explanation.enumerated() {
            Self.raw(k == 0 ? "{\"feature\":" : ",{\"feature\":", &out)
            Self.string(e.feature, &out)
            Self.raw(",\"weight\":", &out)
            Self.number(e.weight, &out)
            out.append(UInt8(ascii: "}"))
        }
        Self.raw(c.hateful ? "],\"hateful\":true,\"id\":" : "],\"hateful\":false,\"id\":", &out)
        switch id {
        case .number(let n): Self.raw(String(n), &out)
        case .string(let s): Self.string(s, &out)
        }
        Self.raw(",\"language\":", &out)
        Self.string(c.language.rawValue, &out)
        Self.raw(",\"modelVersion\":", &out)
        Self.string(c.modelVersion, &out)
        Self.raw(",\"score\":", &out)
        Self.number(roundedScore, &out)
        Self.raw(c.supportsViolence ? ",\"supportsViolence\":true,\"targets\":[" : ",\"supportsViolence\":false,\"targets\":[", &out)
        for (k, t) in c.targets.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            Self.string(t.rawValue, &out)
        }
        Self.raw("],\"type\":", &out)
        if let type = c.type { Self.string(type.rawValue, &out) } else { Self.raw("null", &out) }
        out.append(UInt8(ascii: "}"))
    }

    private static func raw(_ s: String, _ out: inout [UInt8]) {
        out.append(contentsOf: s.utf8)
    }

    /// A double as `JSONEncoder` writes it: Swift's shortest representation without a trailing ".0".
    static func number(_ d: Double, _ out: inout [UInt8]) {
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        out.append(contentsOf: s.utf8)
    }

    /// A JSON string as `JSONEncoder` writes it: quote, backslash and control characters escaped (the usual
    /// short forms, else `\u00xx`), everything else — slashes and non-ASCII letters included — as it is.
    static func string(_ s: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings (feature names aside) need no escape: copy them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
            case 0x00..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
