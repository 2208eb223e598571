import CGClassifier
import CGGeo
import Foundation

/// Classification at ingest: privacy gate → classification → placement → local day and hour → terms.
///
/// The value is `Sendable`; share one per city. ``analyze(_:receivedAt:)`` reuses one classification session
/// for the whole batch; for a stream on one task, keep an ``AnalyzerSession`` from ``makeSession()``.
public struct MessageAnalyzer: Sendable {
    /// The classifier.
    public let classifier: HateClassifier
    /// The city's placer (its pack names the city and its time zone).
    public let placer: MessagePlacer
    /// The privacy gate.
    public let gate: PrivacyGate
    /// The city's clock.
    public let clock: CityClock

    /// Creates an analyzer for the placer's city.
    public init(classifier: HateClassifier, placer: MessagePlacer, gate: PrivacyGate) {
        self.classifier = classifier
        self.placer = placer
        self.gate = gate
        self.clock = CityClock(timeZoneIdentifier: placer.pack.timeZone)
    }

    /// The city pack id.
    public var city: String { placer.pack.id }

    /// Analyzes a batch, in order.
    public func analyze(_ messages: [IncomingMessage], receivedAt: Date) -> [AnalyzedMessage] {
        let session = makeSession()
        return messages.map { session.analyze($0, receivedAt: receivedAt) }
    }

    /// A reusable session for one task (classification buffers, a pseudonym cache, a time-zone offset cache).
    public func makeSession() -> AnalyzerSession { AnalyzerSession(analyzer: self) }
}

/// Analyzes a stream of messages on one task, reusing buffers. Not `Sendable`.
public final class AnalyzerSession {
    /// The analyzer this session runs.
    public let analyzer: MessageAnalyzer
    private let session: ClassificationSession
    private var pseudonyms: [String: String] = [:]
    private var pseudonymSource = ""
    private var offsetHour = Int.min
    private var offset = 0

    /// Creates a session.
    public init(analyzer: MessageAnalyzer) {
        self.analyzer = analyzer
        session = analyzer.classifier.makeSession()
    }

    /// Analyzes one message received at `receivedAt`.
    public func analyze(_ message: IncomingMessage, receivedAt: Date) -> AnalyzedMessage {
        let prepared = analyzer.gate.prepare(message, receivedAt: receivedAt, pseudonym: pseudonym(of: message))
        // The classifier reads the text without the city's area names: their letters are no evidence either way,
        // and a hateful message that names its district was missed for them ("Christenen zijn dom en gevaarlijk
        // (hier in Katendrecht)" 0.49 against 0.75 without the name).
        // One scan of the gazetteer serves the mask (the message's own language) and the placement (that language
        // or the classifier's): only a one-word name that is a common word of a language reads differently.
        let places = analyzer.placer.gazetteer.scan(prepared.text)
        let unplacedText = analyzer.placer.gazetteer.masked(places, language: prepared.language)
        let result = session.classify(unplacedText, explain: false)
        let placementLanguage = prepared.language ?? (result.language == .other ? nil : result.language.rawValue)
        let placement = analyzer.placer.place(prepared, scannedText: places, language: placementLanguage)
        let (day, hour) = dayAndHour(prepared.timestamp)
        let terms = result.hateful ? TermExtractor.terms(prepared.text, language: result.language) : []
        return AnalyzedMessage(
            id: prepared.id, source: prepared.source, city: analyzer.city, authorPseudonym: prepared.authorPseudonym,
            timestamp: prepared.timestamp, day: day, hour: hour, placement: placement, hateful: result.hateful,
            score: result.score, type: result.type, targets: result.targets, language: result.language,
            supportsViolence: result.supportsViolence, violenceScore: result.violenceScore,
            modelVersion: result.modelVersion, terms: terms, publicMentions: prepared.publicMentions,
            replyTo: prepared.replyTo, authorAgeBand: prepared.authorAgeBand, authorGender: prepared.authorGender,
            reviewText: prepared.text, retainTextUntil: prepared.retainTextUntil)
    }

    /// Analyzes a batch.
    public func analyze(_ messages: [IncomingMessage], receivedAt: Date) -> [AnalyzedMessage] {
        messages.map { analyze($0, receivedAt: receivedAt) }
    }

    private func pseudonym(of message: IncomingMessage) -> String {
        if message.source != pseudonymSource {
            pseudonyms.removeAll(keepingCapacity: true)
            pseudonymSource = message.source
        }
        if let known = pseudonyms[message.authorID] { return known }
        let value = analyzer.gate.pseudonymizer.pseudonym(authorID: message.authorID, source: message.source)
        if pseudonyms.count >= 100_000 { pseudonyms.removeAll(keepingCapacity: true) }
        pseudonyms[message.authorID] = value
        return value
    }

    private func dayAndHour(_ date: Date) -> (day: Int, hour: Int) {
        let utcHour = Int((date.timeIntervalSince1970 / 3600).rounded(.down))
        if utcHour != offsetHour {
            offsetHour = utcHour
            offset = analyzer.clock.offsetSeconds(at: Date(timeIntervalSince1970: Double(utcHour) * 3600))
        }
        return analyzer.clock.local(date, offset: offset)
    }
}
