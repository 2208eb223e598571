import CGClassifier
import CGGeo
import CGSecurity
import Foundation

/// Throughput of the pure pipeline, measured against classifying alone in the same run (the machine's load
/// changes between runs, a ratio does not much).
public enum SentimentBenchmark {
    /// Figures from one run.
    public struct Result: Sendable, Codable, Hashable {
        /// Messages per round.
        public var messages: Int
        /// The city of the demo messages.
        public var city: String
        /// Reading the same messages back from JSONL, messages per second.
        public var readPerSecond: Double
        /// `ClassificationSession.classify(_:explain: false)` alone, messages per second.
        public var classifyPerSecond: Double
        /// Privacy gate + classification + placement + day/hour + terms, messages per second.
        public var analyzePerSecond: Double
        /// ``analyzePerSecond`` plus ``Aggregator`` deltas into an in-memory ``AggregateTable``.
        public var analyzeAndAggregatePerSecond: Double
        /// analyzeAndAggregatePerSecond ÷ classifyPerSecond.
        public var ratioToClassify: Double
        /// The share of messages the pipeline found hateful.
        public var hatefulShare: Double
        /// The share of messages placed in an area.
        public var placedShare: Double
    }

    /// Runs each stage over `count` demo messages for London (best of three rounds each), after one warm-up.
    public static func run(count: Int = 50_000, city: String = "london") throws -> Result {
        guard let pack = CityPacks.pack(id: city) else { throw CocoaError(.featureUnsupported) }
        let classifier = try HateClassifier.loadDefault()
        let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        let perDay = Double(max(count, 1000)) / Double(35 * pack.areas.count)
        let stream = DemoStream.generate(city: pack, days: 35, seed: 7, start: start, messagesPerAreaPerDay: perDay)
        let messages = Array(stream.messages.prefix(count))
        let gate = PrivacyGate(pseudonymizer: Pseudonymizer(masterKey: .generate()), publicFigures: stream.publicFigures)
        let analyzer = MessageAnalyzer(classifier: classifier, placer: MessagePlacer(pack: pack), gate: gate)
        let received = Date(timeIntervalSince1970: 1_767_225_600)

        var jsonl = Data()
        for m in messages {
            var object: [String: Any] = [
                "id": m.id, "timestamp": Timestamp.format(m.timestamp), "text": m.text, "author_id": m.authorID,
            ]
            if let c = m.coordinates {
                object["latitude"] = c.latitude
                object["longitude"] = c.longitude
            }
            if let d = m.declaredLocation { object["author_location"] = d }
            jsonl += (try JSONSerialization.data(withJSONObject: object)) + Data([0x0A])
        }
        let reader = MessageFileReader(format: .jsonl, source: DemoStream.source)

        func best(_ body: () -> Void) -> Double {
            body()
            var fastest = Double.infinity
            for _ in 0..<3 {
                let t0 = DispatchTime.now().uptimeNanoseconds
                body()
                fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
            }
            return Double(messages.count) / max(fastest, 1e-9)
        }
        var sink = 0
        let read = best { sink &+= reader.read(data: jsonl).messages.count }
        let classify = best {
            let session = classifier.makeSession()
            for m in messages where session.classify(m.text, explain: false).hateful { sink &+= 1 }
        }
        var analyzed: [AnalyzedMessage] = []
        let analyze = best { analyzed = analyzer.analyze(messages, receivedAt: received) }
        let aggregate = best {
            var table = AggregateTable()
            table.add(analyzer.analyze(messages, receivedAt: received))
            sink &+= table.counts.count
        }
        let n = Double(max(analyzed.count, 1))
        return Result(
            messages: messages.count, city: city, readPerSecond: read, classifyPerSecond: classify,
            analyzePerSecond: analyze, analyzeAndAggregatePerSecond: aggregate,
            ratioToClassify: aggregate / max(classify, 1e-9),
            hatefulShare: Double(analyzed.filter(\.hateful).count + (sink == .min ? 1 : 0)) / n,
            placedShare: Double(analyzed.filter(\.placement.isPlaced).count) / n)
    }
}
