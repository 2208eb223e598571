import CGClassifier
import CGGeo
import CGSecurity
import CGSentiment
import CGWeb
import Foundation
import Testing

/// Ingest reads the gazetteer once per message (`Gazetteer.scan`): the same scan masks the place names the
/// classifier must not read and places the message. These checks run ingest's analyzer over the demo streams of
/// the six cities and over the five outside trials' streams (their files and API batches as ingest reads them)
/// and compare every record with the two separate matches the analyzer made before (`Gazetteer.masked`, then
/// `MessagePlacer.place`): placement, confidence and every label of the classifier identical. `CG_INGEST_DIGEST=1`
/// reads the trial streams at their trials' volumes (otherwise at about a quarter, 45 s in a debug build, not 85 s)
/// and prints a digest of each stream's placements and labels, for comparing two builds.
@Suite("Ingest: one gazetteer scan places and masks as two matches did")
struct IngestPlacementCheckTests {
    /// A stream as ingest reads it: its city and its messages.
    struct Stream {
        var name: String
        var city: String
        var messages: [IncomingMessage]
    }

    static let lastDay = 20_775
    static let start = Date(timeIntervalSince1970: 1_772_323_200)  // 2026-03-01

    /// The messages of a file or an API batch's items, read as ingest reads them.
    static func read(_ text: String, format: MessageFileReader.Format, source: String, city: String)
        -> [IncomingMessage]
    {
        let reader = MessageFileReader(
            format: format, source: source, localTimeZone: MessageIngestService.timeZone(city: city))
        return reader.read(data: Data(text.utf8)).messages
    }

    /// The `messages` items of an API batch's body, as the batch envelope hands them to the reader.
    static func items(_ body: String, source: String, city: String) throws -> [IncomingMessage] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let items = try JSONSerialization.data(withJSONObject: try #require(object["messages"]))
        return read(String(decoding: items, as: UTF8.self), format: .jsonArray, source: source, city: city)
    }

    static var digests: Bool { ProcessInfo.processInfo.environment["CG_INGEST_DIGEST"] != nil }

    /// The trial's volume (messages a day) with `CG_INGEST_DIGEST`, a quarter of it otherwise.
    static func volume(_ full: Double) -> Double { digests ? full : full / 4 }

    static func streams() throws -> [Stream] {
        var out: [Stream] = []
        for pack in CityPacks.all {
            let demo = DemoStream.generate(city: pack, days: 63, seed: 5, start: start, messagesPerAreaPerDay: 8)
            out.append(Stream(name: "demo \(pack.id)", city: pack.id, messages: demo.messages))
        }
        let barcelona = ForeignStream(lastDay: lastDay, volume: volume(360))
        var messages = read(barcelona.jsonl, format: .jsonl, source: "j", city: ForeignStream.city)
        messages += read(barcelona.csv, format: .csv, source: "c", city: ForeignStream.city)
        for body in barcelona.apiBatches { messages += try items(body, source: "a", city: ForeignStream.city) }
        out.append(Stream(name: "trial barcelona", city: ForeignStream.city, messages: messages))
        let rotterdam = RotterdamStream(lastDay: lastDay)
        messages = read(rotterdam.csv, format: .csv, source: "c", city: RotterdamStream.city)
        for body in rotterdam.apiBatches { messages += try items(body, source: "a", city: RotterdamStream.city) }
        out.append(Stream(name: "trial rotterdam", city: RotterdamStream.city, messages: messages))
        let stockholm = StockholmStream(lastDay: lastDay, volume: volume(1_800))
        messages = read(stockholm.jsonl, format: .jsonl, source: "j", city: StockholmStream.city)
        out.append(Stream(name: "trial stockholm", city: StockholmStream.city, messages: messages))
        let london = LondonStream(lastDay: lastDay, volume: volume(1_500))
        messages = london.files.flatMap {
            read($0.contents, format: .guess(fileName: $0.name), source: "c", city: LondonStream.city)
        }
        out.append(Stream(name: "trial london", city: LondonStream.city, messages: messages))
        let paris = ParisStream(lastDay: lastDay, volume: volume(700))
        messages = try paris.batches.flatMap { try items($0, source: "a", city: ParisStream.city) }
        out.append(Stream(name: "trial paris", city: ParisStream.city, messages: messages))
        return out
    }

    /// A message's placement and labels, as one line.
    static func record(_ m: AnalyzedMessage) -> String {
        let placement = "\(m.placement.areaCode ?? "-") \(m.placement.method) \(m.placement.confidence.bitPattern)"
        let labels =
            "\(m.hateful) \(m.score.bitPattern) \(m.type.map { "\($0)" } ?? "-") \(m.targets) \(m.language) "
            + "\(m.supportsViolence) \(m.violenceScore.bitPattern) \(m.terms)"
        return "\(m.source)/\(m.id) \(placement) \(labels)"
    }

    /// FNV-1a over the records, in order.
    static func digest(_ records: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for record in records {
            for byte in record.utf8 + [10] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }

    @Test("every message of the demo and trial streams placed and classified as with two gazetteer matches")
    func oneScan() throws {
        let classifier = try HateClassifier.loadDefault()
        let gate = PrivacyGate(pseudonymizer: Pseudonymizer(masterKey: .generate()))
        for stream in try Self.streams() {
            let pack = try #require(CityPacks.pack(id: stream.city))
            let placer = MessagePlacer(pack: pack)
            let analyzed = MessageAnalyzer(classifier: classifier, placer: placer, gate: gate)
                .analyze(stream.messages, receivedAt: Self.start)
            #expect(analyzed.count == stream.messages.count && stream.messages.count > 2_000, "\(stream.name)")
            // The two matches as the analyzer made them before: the text masked with the message's own language,
            // then placed with it or the classifier's.
            let session = classifier.makeSession()
            var differing: [String] = []
            for (message, got) in zip(stream.messages, analyzed) {
                let prepared = gate.prepare(message, receivedAt: Self.start)
                let result = session.classify(
                    placer.gazetteer.masked(prepared.text, language: prepared.language), explain: false)
                let language = prepared.language ?? (result.language == .other ? nil : result.language.rawValue)
                var expected = got
                expected.placement = placer.place(prepared, language: language)
                expected.hateful = result.hateful
                expected.score = result.score
                expected.type = result.type
                expected.targets = result.targets
                expected.language = result.language
                expected.supportsViolence = result.supportsViolence
                expected.violenceScore = result.violenceScore
                if Self.record(expected) != Self.record(got) {
                    differing.append("\(Self.record(got)) ≠ \(Self.record(expected))")
                }
            }
            #expect(differing.isEmpty, "\(stream.name): \(differing.count) differ, e.g. \(differing.prefix(4))")
            let placed = analyzed.filter(\.placement.isPlaced).count
            let hateful = analyzed.filter(\.hateful).count
            if Self.digests {
                let digest = Self.digest(analyzed.map(Self.record))
                print(
                    "ingest digest \(stream.name): \(analyzed.count) messages, \(placed) placed, \(hateful) hateful, "
                        + digest)
            }
        }
    }
}
