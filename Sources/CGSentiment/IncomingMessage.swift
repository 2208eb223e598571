import CGGeo
import Foundation

/// One online message as a source delivers it, before anything is pseudonymised or stored (see
/// docs/sentiment.md for the file schema).
///
/// This value still holds the author's platform id: pass it through ``PrivacyGate`` before storing anything.
public struct IncomingMessage: Sendable, Codable, Hashable {
    /// The message's id on its source (unique per source); re-ingesting the same id stores nothing twice.
    public var id: String
    /// The name of the source the message came from (e.g. `"city-forum"`); demo data uses a `synthetic-` name.
    public var source: String
    /// When the message was posted.
    public var timestamp: Date
    /// The message text.
    public var text: String
    /// The language the source declares (BCP-47 primary subtag, lower case), if any.
    public var language: String?
    /// The author's id on the source (replaced by a keyed pseudonym at the privacy gate).
    public var authorID: String
    /// The location the author declares in a profile, free text, if any.
    public var declaredLocation: String?
    /// The coordinates attached to the message, if any.
    public var coordinates: GeoPoint?
    /// Whether ``coordinates`` came as a bare pair whose order the source did not state (`"coordinates": [a, b]`
    /// or `"a,b"`): placement then also tries the pair the other way round when it is not in the city.
    public var coordinatesOrderUncertain: Bool = false
    /// Accounts the message mentions (without `@`), if any.
    public var mentions: [String]
    /// The id of the message this one replies to, if any.
    public var replyTo: String?
    /// The author's age band, where the source provides it.
    public var authorAgeBand: AgeBand?
    /// The author's gender, where the source provides it.
    public var authorGender: AuthorGender?

    /// Creates a message; see the properties for the meaning of each field.
    public init(
        id: String, source: String, timestamp: Date, text: String, language: String? = nil, authorID: String,
        declaredLocation: String? = nil, coordinates: GeoPoint? = nil, mentions: [String] = [],
        replyTo: String? = nil, authorAgeBand: AgeBand? = nil, authorGender: AuthorGender? = nil,
        coordinatesOrderUncertain: Bool = false
    ) {
        self.id = id
        self.source = source
        self.timestamp = timestamp
        self.text = text
        self.language = language
        self.authorID = authorID
        self.declaredLocation = declaredLocation
        self.coordinates = coordinates
        self.coordinatesOrderUncertain = coordinatesOrderUncertain
        self.mentions = mentions
        self.replyTo = replyTo
        self.authorAgeBand = authorAgeBand
        self.authorGender = authorGender
    }

    /// Whether the message comes from a synthetic (demo) source: its source name starts with `synthetic`.
    public var isSynthetic: Bool { source.hasPrefix("synthetic") }
}

/// Size limits applied when reading messages.
public struct IngestLimits: Sendable, Hashable, Codable {
    /// Largest text accepted, in UTF-8 bytes.
    public var maximumTextBytes: Int
    /// Longest id, author id, reply-to id or mention accepted, in UTF-8 bytes.
    public var maximumIDBytes: Int
    /// Longest declared location accepted, in UTF-8 bytes.
    public var maximumLocationBytes: Int
    /// Most mentions accepted on one message.
    public var maximumMentions: Int
    /// Longest line (JSONL) or record (CSV) accepted, in bytes; longer ones are reported and skipped.
    public var maximumRecordBytes: Int

    /// Creates limits; the defaults suit social-media posts.
    public init(
        maximumTextBytes: Int = 10_000, maximumIDBytes: Int = 256, maximumLocationBytes: Int = 200,
        maximumMentions: Int = 50, maximumRecordBytes: Int = 64_000
    ) {
        self.maximumTextBytes = maximumTextBytes
        self.maximumIDBytes = maximumIDBytes
        self.maximumLocationBytes = maximumLocationBytes
        self.maximumMentions = maximumMentions
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// The default limits.
    public static let standard = IngestLimits()
}
