import Foundation

/// Throughput and memory figures for `commonground bench classifier`. Not used by tests (no timing in tests).
public enum ClassifierBenchmark {
    /// Measured figures.
    public struct Result: Sendable {
        /// Messages in the workload.
        public var messages: Int
        /// Mean message length in characters.
        public var meanLength: Double
        /// Baseline: bare lower-case + split + hash loop, messages per second.
        public var baselinePerSecond: Double
        /// Score only (`ClassificationSession.score`), messages per second.
        public var scorePerSecond: Double
        /// Full classification without explanations, messages per second.
        public var classifyPerSecond: Double
        /// Full classification with explanations, messages per second.
        public var explainPerSecond: Double
        /// Stage rates (messages per second): language identification, tokenisation, feature extraction.
        public var stages: [(name: String, perSecond: Double)] = []
        /// The `classify` command's own work per message (messages per second): reading a JSONL line through
        /// `JSONSerialization` and through ``JSONLineScanner``; classifying with explanations and writing the
        /// output line through `JSONEncoder` and through ``ClassificationLine/append(to:)``.
        public var commandPath: [(name: String, perSecond: Double)] = []
        /// Resident memory after loading the models, in MB (Linux `/proc/self/status`; 0 elsewhere).
        public var residentMB: Double
        /// Resident memory before loading, in MB.
        public var residentBeforeMB: Double
    }

    /// Tweet-length messages: the corpora's own messages (tweets and posts of at most 280 characters, every
    /// language) when the shared data is there, else sentences built from the own templates. Deterministic.
    public static func workload(count: Int = 20_000, loader: CorpusLoader? = nil) -> (messages: [String], source: String) {
        if let loader, loader.isAvailable {
            var texts: [String] = []
            for l in TrainingPipeline.corpusLanguages {
                texts += loader.load(language: l).map(\.text).filter { $0.count <= 280 && !$0.isEmpty }
            }
            if !texts.isEmpty {
                var rng = SeededGenerator(seed: 5)
                texts.shuffle(using: &rng)
                while texts.count < count { texts += texts }
                return (Array(texts.prefix(count)), "corpus messages (\(loader.textDirectory.path))")
            }
        }
        return (syntheticWorkload(count: count), "own template sentences")
    }

    /// Messages built from the own sentence templates, 80–140 characters.
    public static func syntheticWorkload(count: Int) -> [String] {
        var pool: [String] = []
        for l in [Language.en, .es, .fr, .nl] {
            pool += SyntheticCorpus.examples(language: l).map(\.text)
        }
        var rng = SeededGenerator(seed: 3)
        var out: [String] = []
        out.reserveCapacity(count)
        while out.count < count {
            var msg = pool[Int(rng.next() % UInt64(pool.count))]
            let target = 80 + Int(rng.next() % 60)
            while msg.count < target { msg += ". " + pool[Int(rng.next() % UInt64(pool.count))] }
            out.append(String(msg.prefix(140)))
        }
        return out
    }

    /// Resident set size of this process in MB (Linux), else 0.
    public static func residentMB() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let digits = line.filter(\.isNumber)
            return (Double(String(digits)) ?? 0) / 1024
        }
        return 0
    }

    /// Runs the benchmark: each loop runs for about `seconds` seconds on the calling thread.
    public static func run(load: () throws -> HateClassifier, messages: [String], seconds: Double = 2) throws -> Result {
        let before = residentMB()
        let classifier = try load()
        let after = residentMB()
        let session = classifier.makeSession()
        var sink = 0.0
        func rate(_ body: (String) -> Double) -> Double { rate(over: messages, body) }
        func rate(over messages: [String], _ body: (String) -> Double) -> Double {
            // Warm up, then time whole passes in five rounds and keep the best: the machine is shared, and the
            // best round is the one least disturbed by other work.
            for m in messages.prefix(1000) { sink += body(m) }
            var best = 0.0
            for _ in 0..<5 {
                let start = DispatchTime.now().uptimeNanoseconds
                var n = 0
                var elapsed = 0.0
                repeat {
                    for m in messages { sink += body(m) }
                    n += messages.count
                    elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                } while elapsed < seconds / 5
                best = max(best, Double(n) / elapsed)
            }
            return best
        }
        let base = rate(baselineTokenise)
        let lid = LanguageIdentifier.shared
        let tokens = TokenBuffer()
        let extractor = FeatureExtractor()
        let stages = [
            ("language id", rate { Double(lid.identify($0) == .en ? 1 : 0) }),
            ("tokenise", rate { tokens.tokenize($0, language: .en); return Double(tokens.count) }),
            ("features", rate { extractor.extract($0, language: .en); return Double(extractor.count) }),
        ]
        let score = rate { session.score($0) }
        let full = rate { session.classify($0, explain: false).score }
        let explained = rate { session.classify($0, explain: true).score }
        let commandPath = Self.commandPath(session: session, messages: messages, rate: rate(over:_:))
        if sink.isNaN { print("") }
        return Result(
            messages: messages.count,
            meanLength: Double(messages.reduce(0) { $0 + $1.count }) / Double(max(messages.count, 1)),
            baselinePerSecond: base, scorePerSecond: score, classifyPerSecond: full, explainPerSecond: explained,
            stages: stages, commandPath: commandPath, residentMB: after, residentBeforeMB: before)
    }

    /// The loops of ``Result/commandPath``.
    private static func commandPath(
        session: ClassificationSession, messages: [String], rate: ([String], (String) -> Double) -> Double
    ) -> [(name: String, perSecond: Double)] {
        let lines = messages.enumerated().map { k, text in
            var line = Array("{\"id\":\(k + 1),\"text\":".utf8)
            ClassificationLine.string(text, &line)
            line.append(UInt8(ascii: "}"))
            return String(decoding: line, as: UTF8.self)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var buffer: [UInt8] = []
        return [
            ("read JSONL, JSONSerialization", rate(lines) { line in
                guard case .success(let m) = MessageInput.parseJSONLine(line, line: 1) else { return 0 }
                return Double(m.text.utf8.count)
            }),
            ("read JSONL, scanner", rate(lines) { line in
                var line = line
                return Double(line.withUTF8 { JSONLineScanner.message(in: $0) }?.text.utf8.count ?? 0)
            }),
            ("classify + JSONEncoder line", rate(messages) { text in
                let line = ClassificationLine(id: .number(1), classification: session.classify(text, explain: true))
                return Double((try? encoder.encode(line))?.count ?? 0)
            }),
            ("classify + written line", rate(messages) { text in
                buffer.removeAll(keepingCapacity: true)
                ClassificationLine(id: .number(1), classification: session.classify(text, explain: true)).append(to: &buffer)
                return Double(buffer.count)
            }),
        ]
    }

    /// The baseline: lower-case ASCII, split on non-letters, hash each word. The floor of any bag-of-words model.
    public static func baselineTokenise(_ text: String) -> Double {
        var h = FNV.offset
        var acc: UInt64 = 0
        var inWord = false
        for b in text.utf8 {
            let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if isLetter {
                h = FNV.mix(h, b | 0x20)
                inWord = true
            } else if inWord {
                acc &+= h
                h = FNV.offset
                inWord = false
            }
        }
        return Double(acc & 1)
    }
}
