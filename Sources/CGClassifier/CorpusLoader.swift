import Foundation

/// Reads the labelled corpora in the shared data directory (`text/` inside it) and maps their labels onto
/// ours. Rows are read at training time only; none are copied into the repository.
public struct CorpusLoader: Sendable {
    /// The directory that contains the corpus folders (`dynahate/`, `sbic/`, …).
    public var textDirectory: URL

    /// Creates a loader for `directory`, which may be the shared data root or its `text` folder.
    public init(directory: URL) {
        let text = directory.appendingPathComponent("text")
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: text.path, isDirectory: &isDir), isDir.boolValue {
            textDirectory = text
        } else {
            textDirectory = directory
        }
    }

    /// The default data directory: `--data-dir`, else `$CG_SHARED_DATA`, else `../shared/data/text`
    /// relative to the working directory.
    public static func defaultDirectory(override: String? = nil) -> URL {
        if let o = override, !o.isEmpty { return URL(fileURLWithPath: o) }
        if let env = ProcessInfo.processInfo.environment["CG_SHARED_DATA"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("../shared/data/text").standardizedFileURL
    }

    /// Whether any corpus is present.
    public var isAvailable: Bool {
        FileManager.default.fileExists(atPath: textDirectory.appendingPathComponent("dynahate").path)
            || FileManager.default.fileExists(atPath: textDirectory.appendingPathComponent("hateval-es").path)
    }

    /// Corpus names and licences, for model headers and cards.
    public static let provenance: [Language: [String]] = [
        .en: [
            "dynahate (Vidgen et al. 2021; licence not stated upstream, commonly cited CC BY 4.0)",
            "sbic v2 dev (Sap et al. 2020; CC BY 4.0)", "mlma en (Ousidhoum et al. 2019; MIT)",
            "davidson (Davidson et al. 2017; MIT)", "ghc train (Kennedy et al.; CC BY 4.0 official release)",
            "ethos (Mollas et al. 2022; GPL-3.0)", "commonground synthetic cases (own sentences)",
        ],
        .es: [
            "hateval-es (Basile et al. 2019; CC BY-NC 4.0, non-commercial)",
            "commonground synthetic cases (own sentences)",
        ],
        .fr: ["mlma fr (Ousidhoum et al. 2019; MIT)", "commonground synthetic cases (own sentences)"],
    ]

    /// All corpus examples for `language` (empty for languages without corpora), deduplicated by text.
    public func load(language: Language, log: (String) -> Void = { _ in }) -> [LabeledExample] {
        var out: [LabeledExample] = []
        func add(_ name: String, _ body: () throws -> [LabeledExample]) {
            do {
                let rows = try body()
                log("\(name): \(rows.count) examples (\(rows.filter(\.hateful).count) hateful)")
                out += rows
            } catch {
                log("\(name): skipped (\(error))")
            }
        }
        switch language {
        case .en:
            add("dynahate", dynahate)
            add("sbic", sbic)
            add("mlma-en") { try mlma(file: "en_dataset.csv", language: .en) }
            add("davidson", davidson)
            add("ghc", ghc)
            add("ethos", ethos)
        case .es:
            add("hateval-es", hatevalES)
        case .fr:
            add("mlma-fr") { try mlma(file: "fr_dataset.csv", language: .fr) }
        default:
            break
        }
        var seen: Set<UInt64> = []
        return out.filter { seen.insert(FNV.hash($0.text.lowercased())).inserted && !$0.text.isEmpty }
    }

    private func rows(_ path: String, delimiter: Character = ",") throws -> [[String: String]] {
        let reader = DelimitedReader(delimiter: delimiter)
        let records = try reader.records(contentsOf: textDirectory.appendingPathComponent(path))
        return reader.rows(records).map(\.values)
    }

    static func number(_ s: String?) -> Double { Double(s?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0 }

    // MARK: - Corpora

    func dynahate() throws -> [LabeledExample] {
        var out: [LabeledExample] = []
        for file in ["dynahate_v0.2.3_dev_subset_MarcoDetox.csv", "dynahate_v0.2.3_test_subset_MarcoDetox.csv"] {
            for r in try rows("dynahate/" + file) {
                guard let text = r["text"] else { continue }
                let hate = r["label"] == "hate"
                let type: HateType? = switch r["type"] ?? "" {
                case "derogation": .derogation
                case "animosity": .animosity
                case "dehumanization": .dehumanisation
                case "threatening": .threat
                case "support": .support
                default: nil
                }
                let rawTarget = r["target"] ?? ""
                var targets: [TargetGroup]?
                if !hate || rawTarget == "none" {
                    targets = []
                } else if rawTarget != "notgiven" && rawTarget != "notargetrecorded" {
                    targets = Self.dynahateTargets(rawTarget)
                }
                let violence: Bool? = type == nil ? (hate ? nil : false) : (type == .threat)
                out.append(LabeledExample(
                    text: text, language: .en, hateful: hate, type: type, violence: violence, targets: targets,
                    source: "dynahate", weight: 1.5))
            }
        }
        for file in ["dyn21_en_dev_500_rottger2022.csv", "dyn21_en_test_2000_rottger2022.csv"] {
            for r in try rows("dynahate/" + file) {
                guard let text = r["text"] else { continue }
                out.append(LabeledExample(text: text, language: .en, hateful: r["label"] == "1", source: "dynahate", weight: 1.5))
            }
        }
        return out
    }

    static func dynahateTargets(_ raw: String) -> [TargetGroup] {
        var set: [TargetGroup] = []
        func add(_ g: TargetGroup) { if !set.contains(g) { set.append(g) } }
        for code in raw.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let parts = code.split(separator: ".").map(String.init)
            guard let head = parts.first else { continue }
            switch head {
            case "bla", "african": add(.black)
            case "wom": add(.women)
            case "mus": add(.muslims)
            case "jew": add(.jews)
            case "gay", "bis", "lgbtq": add(.lgb)
            case "trans", "gendermin": add(.trans)
            case "immig", "ref", "asylum", "for": add(.immigrants)
            case "dis": add(.disabled)
            case "asi": add(.asian)
            case "trav": add(.roma)
            case "arab": add(.arabs)
            case "hispanic": add(.latinx)
            case "wh", "white": add(.white)
            default: break
            }
            if parts.count > 1 {
                switch parts[1] {
                case "wom": add(.women)
                case "man": if head != "gay" { add(.men) }
                default: break
                }
            }
        }
        return set
    }

    func sbic() throws -> [LabeledExample] {
        try rows("sbic/SBIC.v2.agg.dev.csv").compactMap { r in
            guard let text = r["post"]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
            let offensive = Self.number(r["offensiveYN"])
            let minority = r["targetMinority"] ?? "[]"
            let group = minority != "[]" && !minority.isEmpty
            let stereotype = r["hasBiasedImplication"] == "0"
            let hate = offensive >= 0.5 && group && stereotype
            // Offensive posts without a group target are profanity or personal insults: useful negatives.
            var targets: [TargetGroup]? = hate ? Self.freeTextTargets(minority) : []
            if targets?.isEmpty == true && hate { targets = nil }
            return LabeledExample(text: text, language: .en, hateful: hate, targets: targets, source: "sbic")
        }
    }

    static func freeTextTargets(_ s: String) -> [TargetGroup] {
        let l = s.lowercased()
        var out: [TargetGroup] = []
        let rules: [(String, TargetGroup)] = [
            ("black", .black), ("african", .black), ("women", .women), ("feminist", .women), ("jew", .jews),
            ("holocaust", .jews), ("muslim", .muslims), ("islam", .muslims), ("gay", .lgb), ("lesbian", .lgb),
            ("bisexual", .lgb), ("trans", .trans), ("asian", .asian), ("chinese", .asian), ("latin", .latinx),
            ("mexican", .latinx), ("hispanic", .latinx), ("disab", .disabled), ("immigrant", .immigrants),
            ("refugee", .immigrants), ("arab", .arabs), ("middle east", .arabs), ("gypsy", .roma), ("roma", .roma),
            ("white", .white), ("christian", .christians), ("\"men", .men), (" men\"", .men),
        ]
        for (needle, g) in rules where l.contains(needle) && !out.contains(g) { out.append(g) }
        return out
    }

    func mlma(file: String, language: Language) throws -> [LabeledExample] {
        let protected: [String: TargetGroup] = [
            "women": .women, "gay": .lgb, "refugees": .immigrants, "immigrants": .immigrants, "hispanics": .latinx,
            "muslims": .muslims, "african_descent": .black, "asians": .asian, "indian/hindu": .asian, "jews": .jews,
            "arabs": .arabs, "christian": .christians, "special_needs": .disabled,
        ]
        return try rows("mlma/" + file).compactMap { r in
            guard let text = r["tweet"], !text.isEmpty else { return nil }
            let sentiment = r["sentiment"] ?? ""
            let group = protected[r["group"] ?? ""]
            let labels = Set(sentiment.split(separator: "_").map(String.init))
            let hate: Bool
            if labels.contains("hateful") || (labels.contains("abusive") && group != nil) {
                hate = true
            } else if labels == ["normal"] || group == nil {
                hate = false
            } else {
                return nil  // offensive/disrespectful towards a group: too ambiguous to teach either way
            }
            return LabeledExample(
                text: text, language: language, hateful: hate, targets: hate ? group.map { [$0] } : [],
                source: "mlma-\(language.rawValue)", weight: language == .en ? 0.5 : 1)
        }
    }

    func davidson() throws -> [LabeledExample] {
        try rows("davidson/labeled_data.csv").compactMap { r in
            guard let text = r["tweet"] else { return nil }
            let cls = r["class"] ?? "2"
            // Davidson's "hate" class is noisy and its "offensive" class is dominated by personal insults.
            return LabeledExample(
                text: text, language: .en, hateful: cls == "0", targets: cls == "0" ? nil : [],
                source: "davidson", weight: cls == "1" ? 0.3 : 0.5)
        }
    }

    func ghc() throws -> [LabeledExample] {
        try rows("ghc/GHC_train.tsv", delimiter: "\t").compactMap { r in
            guard let text = r["text"] else { return nil }
            let hd = r["hd"] == "1", cv = r["cv"] == "1"
            return LabeledExample(
                text: text, language: .en, hateful: hd || cv, type: cv ? .threat : nil, violence: cv,
                targets: hd || cv ? nil : [], source: "ghc", weight: 0.7)
        }
    }

    func ethos() throws -> [LabeledExample] {
        var violence: [String: Bool] = [:]
        if let multi = try? rows("ethos/Ethos_Dataset_Multi_Label.csv", delimiter: ";") {
            for r in multi { if let t = r["comment"] { violence[t] = Self.number(r["violence"]) >= 0.5 } }
        }
        return try rows("ethos/Ethos_Dataset_Binary.csv", delimiter: ";").compactMap { r in
            guard let text = r["comment"] else { return nil }
            let hate = Self.number(r["isHate"]) >= 0.5
            return LabeledExample(
                text: text, language: .en, hateful: hate, violence: hate ? violence[text] : false,
                targets: hate ? nil : [], source: "ethos")
        }
    }

    func hatevalES() throws -> [LabeledExample] {
        var out: [LabeledExample] = []
        for file in ["bas19_es_train_4100.csv", "bas19_es_dev_500.csv"] {
            for r in try rows("hateval-es/" + file) {
                guard let text = r["text"] else { continue }
                let hate = r["label"] == "1"
                out.append(LabeledExample(text: text, language: .es, hateful: hate, targets: hate ? nil : [], source: "hateval-es"))
            }
        }
        for r in try rows("hateval-es/hateval_trial_es.tsv", delimiter: "\t") {
            guard let text = r["text"] else { continue }
            let hate = r["HS"] == "1"
            out.append(LabeledExample(
                text: text, language: .es, hateful: hate, violence: hate ? r["AG"] == "1" : false,
                targets: hate ? nil : [], source: "hateval-es"))
        }
        return out
    }
}
