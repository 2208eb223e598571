/// The age band of an author, as a source reports it. Raw values are the schema's spellings.
public enum AgeBand: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// 13 to 17 years.
    case from13to17 = "13-17"
    /// 18 to 24 years.
    case from18to24 = "18-24"
    /// 25 to 34 years.
    case from25to34 = "25-34"
    /// 35 to 44 years.
    case from35to44 = "35-44"
    /// 45 to 54 years.
    case from45to54 = "45-54"
    /// 55 to 64 years.
    case from55to64 = "55-64"
    /// 65 years and over.
    case from65 = "65+"

    /// Orders bands from youngest to oldest.
    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// Reads a band as a source writes it ("18-24", "18–24", " 65+ "); `nil` for an unknown band.
    public init?(schemaValue: String) {
        // Pure Swift: Foundation's trimming and replacing go through NSString on Linux, once per message.
        var cleaned = String.UnicodeScalarView()
        for scalar in schemaValue.unicodeScalars where !scalar.properties.isWhitespace {
            cleaned.append(scalar == "\u{2013}" ? "-" : scalar)
        }
        self.init(rawValue: String(cleaned))
    }
}

/// The gender of an author, as a source reports it. Raw values are the schema's spellings.
public enum AuthorGender: String, Sendable, Codable, CaseIterable, Hashable {
    /// Female.
    case female
    /// Male.
    case male
    /// Non-binary.
    case nonBinary = "non-binary"
    /// Another gender the source records.
    case other

    /// Reads a gender as a source writes it (case-insensitive; "f"/"woman" and "m"/"man" and "nonbinary" are
    /// accepted); `nil` for an unknown value.
    public init?(schemaValue: String) {
        switch schemaValue.trimmingWhitespace.lowercased() {
        case "female", "f", "woman": self = .female
        case "male", "m", "man": self = .male
        case "non-binary", "nonbinary", "nb": self = .nonBinary
        case "other": self = .other
        default: return nil
        }
    }
}
