import CGGeo
import CGSecurity
import Foundation

/// Accounts of public figures and institutions whose mentions may be kept and counted ("who receives the most
/// abuse"); every other mentioned account is dropped at the privacy gate.
public struct PublicFigureList: Sendable, Hashable, Codable {
    /// The accounts, folded: lower case, without a leading `@`.
    public private(set) var accounts: Set<String>

    /// A list of accounts, written with or without `@`, compared case-insensitively.
    public init(accounts: some Sequence<String>) {
        self.accounts = Set(accounts.map(Self.fold).filter { !$0.isEmpty })
    }

    /// The empty list: no mention is kept.
    public static let empty = PublicFigureList(accounts: [String]())

    /// Whether `account` is on the list.
    public func contains(_ account: String) -> Bool { accounts.contains(Self.fold(account)) }

    /// The folded form of an account name.
    public static func fold(_ account: String) -> String {
        let trimmed = account.trimmingWhitespace
        return (trimmed.hasPrefix("@") ? String(trimmed.dropFirst()) : trimmed).lowercased()
    }
}

/// A message past the privacy gate: the author is a keyed pseudonym, mentions of private accounts are gone,
/// and the raw text carries the date after which it must be purged.
///
/// `declaredLocation` and `coordinates` are here only so the message can be placed; ``AnalyzedMessage`` keeps
/// the area, never them.
public struct PreparedMessage: Sendable, Codable, Hashable {
    /// The message's id on its source.
    public var id: String
    /// The source name.
    public var source: String
    /// The author's keyed pseudonym (HMAC of source and author id with the installation's key).
    public var authorPseudonym: String
    /// When the message was posted.
    public var timestamp: Date
    /// The raw text, for classification and human review until ``retainTextUntil``.
    public var text: String
    /// The language the source declared, if any.
    public var language: String?
    /// The author-declared location (for placement only).
    public var declaredLocation: String?
    /// The message's coordinates (for placement only).
    public var coordinates: GeoPoint?
    /// See ``IncomingMessage/coordinatesOrderUncertain``.
    public var coordinatesOrderUncertain: Bool = false
    /// Mentioned accounts that are on the public-figure list (folded), in order, without repeats.
    public var publicMentions: [String]
    /// The id of the message this one replies to.
    public var replyTo: String?
    /// The author's age band, where given (only ever aggregated).
    public var authorAgeBand: AgeBand?
    /// The author's gender, where given (only ever aggregated).
    public var authorGender: AuthorGender?
    /// After this instant the raw text must be purged, leaving labels and aggregates.
    public var retainTextUntil: Date

    /// Creates a prepared message; see the properties for the meaning of each field.
    public init(
        id: String, source: String, authorPseudonym: String, timestamp: Date, text: String, language: String?,
        declaredLocation: String?, coordinates: GeoPoint?, publicMentions: [String], replyTo: String?,
        authorAgeBand: AgeBand?, authorGender: AuthorGender?, retainTextUntil: Date, coordinatesOrderUncertain: Bool = false
    ) {
        self.id = id
        self.source = source
        self.authorPseudonym = authorPseudonym
        self.timestamp = timestamp
        self.text = text
        self.language = language
        self.declaredLocation = declaredLocation
        self.coordinates = coordinates
        self.coordinatesOrderUncertain = coordinatesOrderUncertain
        self.publicMentions = publicMentions
        self.replyTo = replyTo
        self.authorAgeBand = authorAgeBand
        self.authorGender = authorGender
        self.retainTextUntil = retainTextUntil
    }
}

/// Privacy at the door: the first thing every incoming message passes through, before anything is stored.
///
/// - the author id becomes a keyed pseudonym scoped by source (``Pseudonymizer``): the same author on the same
///   source always gets the same pseudonym, the same id on two sources gets unrelated ones, and without the
///   installation's key a pseudonym can be neither reversed nor recomputed from a guessed id;
/// - mentions are kept only for accounts on the ``PublicFigureList``;
/// - the raw text is kept only for the review window: ``retainTextUntil(receivedAt:)`` is the receipt time plus
///   ``textRetention`` (default 30 days), after which storage must purge it.
public struct PrivacyGate: Sendable {
    /// Thirty days, the default review window for raw text.
    public static let defaultTextRetention: TimeInterval = 30 * 86_400

    /// The keyed pseudonymizer.
    public let pseudonymizer: Pseudonymizer
    /// The accounts whose mentions are kept.
    public var publicFigures: PublicFigureList
    /// How long raw text is kept after receipt, in seconds.
    public var textRetention: TimeInterval

    /// Creates a gate.
    public init(
        pseudonymizer: Pseudonymizer, publicFigures: PublicFigureList = .empty,
        textRetention: TimeInterval = PrivacyGate.defaultTextRetention
    ) {
        self.pseudonymizer = pseudonymizer
        self.publicFigures = publicFigures
        self.textRetention = max(0, textRetention)
    }

    /// When the raw text of a message received at `receivedAt` must be purged.
    public func retainTextUntil(receivedAt: Date) -> Date { receivedAt.addingTimeInterval(textRetention) }

    /// The mentions of `message` that may be kept: on the public-figure list, folded, first occurrence only.
    public func publicMentions(_ mentions: [String]) -> [String] {
        guard !mentions.isEmpty, !publicFigures.accounts.isEmpty else { return [] }
        var seen: Set<String> = []
        var kept: [String] = []
        for mention in mentions {
            let folded = PublicFigureList.fold(mention)
            if publicFigures.accounts.contains(folded), seen.insert(folded).inserted { kept.append(folded) }
        }
        return kept
    }

    /// Passes `message` through the gate.
    public func prepare(_ message: IncomingMessage, receivedAt: Date) -> PreparedMessage {
        prepare(
            message, receivedAt: receivedAt,
            pseudonym: pseudonymizer.pseudonym(authorID: message.authorID, source: message.source))
    }

    func prepare(_ message: IncomingMessage, receivedAt: Date, pseudonym: String) -> PreparedMessage {
        PreparedMessage(
            id: message.id, source: message.source, authorPseudonym: pseudonym, timestamp: message.timestamp,
            text: message.text, language: message.language, declaredLocation: message.declaredLocation,
            coordinates: message.coordinates, publicMentions: publicMentions(message.mentions),
            replyTo: message.replyTo, authorAgeBand: message.authorAgeBand, authorGender: message.authorGender,
            retainTextUntil: retainTextUntil(receivedAt: receivedAt), coordinatesOrderUncertain: message.coordinatesOrderUncertain)
    }
}
