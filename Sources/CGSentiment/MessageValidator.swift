import CGGeo
import Foundation

/// Turns a record's raw fields into a valid ``IncomingMessage`` or says which field is wrong.
struct MessageValidator {
    struct Failure: Error {
        var field: String?
        var reason: String
    }

    let limits: IngestLimits
    let source: String
    /// The city's time zone: a timestamp without an offset is read as its local time (nil: refused).
    var localTimeZone: TimeZone?

    func message(from record: RawRecord) -> Result<IncomingMessage, Failure> {
        do {
            return .success(try build(record))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(field: nil, reason: "\(error)"))
        }
    }

    private func build(_ record: RawRecord) throws -> IncomingMessage {
        let id = try requiredID(record, "id", "message_id", "post_id")
        guard let stamp = record["timestamp", "created_at", "datetime", "time"] else { throw Failure(field: "timestamp", reason: "missing") }
        let timestamp: Date
        switch stamp.value {
        case .number(let n): timestamp = try Self.epoch(n)
        case .text(let stampText):
            if let n = Double(stampText.trimmingWhitespace), stampText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2E || $0 == 0x20 }) {
                timestamp = try Self.epoch(n)
                break
            }
            switch Timestamp.parse(stampText, localTimeZone: localTimeZone) {
            case .success(let date): timestamp = date
            case .failure(let error): throw Failure(field: "timestamp", reason: error.description)
            }
        default: throw Failure(field: "timestamp", reason: "must be a string like 2026-03-14T18:05:00+01:00 or seconds since 1970")
        }
        guard let textField = record["text", "content", "body", "message"], case .text(let text) = textField.value else {
            if record["text", "content", "body", "message"] != nil {
                throw Failure(field: "text", reason: "must be a string")
            }
            throw Failure(field: "text", reason: "empty")
        }
        guard text.hasNonWhitespace else {
            throw Failure(field: "text", reason: "empty")
        }
        guard text.utf8.count <= limits.maximumTextBytes else {
            throw Failure(field: "text", reason: "longer than \(limits.maximumTextBytes) bytes")
        }
        let authorID = try requiredID(record, "author_id", "user_id", "author")
        var language: String?
        if let field = record["language", "lang"] {
            guard case .text(let raw) = field.value, let code = Self.languageCode(raw) else {
                throw Failure(field: "language", reason: "not a language code like en, es or pt-BR")
            }
            language = code
        }
        var location: String?
        if let field = record["author_location", "location"] {
            guard case .text(let raw) = field.value else { throw Failure(field: "author_location", reason: "must be a string") }
            let trimmed = raw.trimmingWhitespace
            guard trimmed.utf8.count <= limits.maximumLocationBytes else {
                throw Failure(field: "author_location", reason: "longer than \(limits.maximumLocationBytes) bytes")
            }
            location = trimmed
        }
        let (coordinates, orderUncertain, _) = try Self.position(record)
        var mentions: [String] = []
        if let field = record["mentions"] {
            let raw: [String]
            switch field.value {
            case .list(let list): raw = list
            case .text(let text): raw = text.split(whereSeparator: { " ,;|\t\n".contains($0) }).map(String.init)
            default: throw Failure(field: "mentions", reason: "must be a list of account names")
            }
            mentions = raw.map { $0.trimmingWhitespace }
                .map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
                .filter { !$0.isEmpty }
            guard mentions.count <= limits.maximumMentions else {
                throw Failure(field: "mentions", reason: "more than \(limits.maximumMentions) accounts")
            }
            guard mentions.allSatisfy({ $0.utf8.count <= limits.maximumIDBytes }) else {
                throw Failure(field: "mentions", reason: "an account name longer than \(limits.maximumIDBytes) bytes")
            }
        }
        var replyTo: String?
        if record["reply_to", "in_reply_to"] != nil { replyTo = try requiredID(record, "reply_to", "in_reply_to") }
        var ageBand: AgeBand?
        if let field = record["author_age_band", "age_band"] {
            guard case .text(let raw) = field.value else {
                throw Failure(field: "author_age_band", reason: "must be a string such as \"18-24\"")
            }
            if !Self.isUnknown(raw) {
                guard let band = AgeBand(schemaValue: raw) else {
                    throw Failure(
                        field: "author_age_band",
                        reason: "unknown age band \"\(raw.prefix(20))\"; use one of "
                            + AgeBand.allCases.map(\.rawValue).joined(separator: ", "))
                }
                ageBand = band
            }
        }
        var gender: AuthorGender?
        if let field = record["author_gender", "gender"] {
            guard case .text(let raw) = field.value else { throw Failure(field: "author_gender", reason: "must be a string") }
            if !Self.isUnknown(raw) {
                guard let value = AuthorGender(schemaValue: raw) else {
                    throw Failure(
                        field: "author_gender",
                        reason: "unknown gender \"\(raw.prefix(20))\"; use female, male, non-binary or other")
                }
                gender = value
            }
        }
        return IncomingMessage(
            id: id, source: source, timestamp: timestamp, text: text, language: language, authorID: authorID,
            declaredLocation: location, coordinates: coordinates, mentions: mentions, replyTo: replyTo,
            authorAgeBand: ageBand, authorGender: gender, coordinatesOrderUncertain: orderUncertain)
    }

    /// A record's position: `latitude` and `longitude` (also `lat`, `lon`/`lng`), else the `coordinates` field
    /// (``coordinates(_:)``); nil when it has neither. `field` names where it came from, for a later error
    /// about the place (e.g. not in the city).
    static func position(_ record: RawRecord) throws -> (point: GeoPoint?, orderUncertain: Bool, field: String?) {
        let latitude = try number(record, "latitude", "lat")
        let longitude = try number(record, "longitude", "lon", "lng")
        switch (latitude, longitude) {
        case (nil, nil):
            guard let field = record["coordinates"] else { return (nil, false, nil) }
            let (point, uncertain) = try coordinates(field.value)
            return (point, uncertain, "coordinates")
        case (.some(let lat), .some(let lon)):
            guard lat.isFinite, (-90...90).contains(lat) else {
                throw Failure(field: "latitude", reason: "must be between -90 and 90")
            }
            guard lon.isFinite, (-180...180).contains(lon) else {
                throw Failure(field: "longitude", reason: "must be between -180 and 180")
            }
            return (GeoPoint(latitude: lat, longitude: lon), false, "latitude")
        case (nil, _): throw Failure(field: "latitude", reason: "missing while longitude is given")
        case (_, nil): throw Failure(field: "longitude", reason: "missing while latitude is given")
        }
    }

    static let coordinatesForm =
        "must be [longitude, latitude] (GeoJSON order), a GeoJSON Point, or the text \"latitude,longitude\""

    /// The `coordinates` field: a GeoJSON Point object (order stated), a bare array of two or three numbers
    /// (read in GeoJSON order, longitude first) or a text `"latitude,longitude"` (the order maps and
    /// spreadsheets write). A bare pair's order is uncertain — sources write both — so placement may turn it
    /// round; a reading that is no valid position is turned round here, and when neither is, the field is wrong.
    static func coordinates(_ value: RawValue) throws -> (GeoPoint?, orderUncertain: Bool) {
        var point: GeoPoint
        var uncertain = true
        switch value {
        case .null: return (nil, false)
        case .point(let p):
            point = p
            uncertain = false
        case .numbers(let n) where n.count == 2 || n.count == 3:
            point = GeoPoint(latitude: n[1], longitude: n[0])
        case .text(let text):
            let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).compactMap { Double($0) }
            guard parts.count == 2 else { throw Failure(field: "coordinates", reason: coordinatesForm) }
            point = GeoPoint(latitude: parts[0], longitude: parts[1])
        default: throw Failure(field: "coordinates", reason: coordinatesForm)
        }
        func valid(_ p: GeoPoint) -> Bool {
            p.latitude.isFinite && p.longitude.isFinite && abs(p.latitude) <= 90 && abs(p.longitude) <= 180
        }
        if valid(point) { return (point, uncertain) }
        let turned = point.turned
        guard uncertain, valid(turned) else {
            throw Failure(field: "coordinates", reason: "not a position: latitude must be between -90 and 90, longitude between -180 and 180")
        }
        return (turned, false)
    }

    /// Seconds since 1970 (milliseconds when the number is too large for seconds, as some platforms export),
    /// from 2000 to 2199.
    static func epoch(_ n: Double) throws -> Date {
        let seconds = n >= 1e11 ? n / 1_000 : n
        guard seconds.isFinite, (946_684_800...7_258_118_399).contains(seconds) else {
            throw Failure(field: "timestamp", reason: "seconds since 1970 must fall between 2000 and 2199")
        }
        return Date(timeIntervalSince1970: seconds)
    }

    /// An id field by its schema name or another name exports use; an error names the schema field (`author_id`
    /// for a bad `user_id`), as every error of this validator does.
    private func requiredID(_ record: RawRecord, _ names: String...) throws -> String {
        let name = names[0]
        var found: (name: String, value: RawValue)?
        for n in names where found == nil { found = record[n] }
        guard let found else { throw Failure(field: name, reason: "missing") }
        let value: String
        switch found.value {
        case .text(let s): value = s.trimmingWhitespace
        case .number(let n) where n.rounded() == n && abs(n) < 1e15: value = String(Int64(n))
        default: throw Failure(field: name, reason: "must be a string or an integer")
        }
        guard !value.isEmpty else { throw Failure(field: name, reason: "empty") }
        guard value.utf8.count <= limits.maximumIDBytes else {
            throw Failure(field: name, reason: "longer than \(limits.maximumIDBytes) bytes")
        }
        return value
    }

    static func number(_ record: RawRecord, _ names: String...) throws -> Double? {
        var found: (name: String, value: RawValue)?
        for n in names where found == nil { found = record[n] }
        guard let found else { return nil }
        switch found.value {
        case .number(let n): return n
        case .text(let s):
            guard let n = Double(s.trimmingWhitespace) else {
                throw Failure(field: names[0], reason: "not a number")
            }
            return n
        default: throw Failure(field: names[0], reason: "not a number")
        }
    }

    static func isUnknown(_ raw: String) -> Bool {
        let t = raw.trimmingWhitespace.lowercased()
        return t.isEmpty || t == "unknown" || t == "n/a" || t == "na"
    }

    /// `en`, `EN`, `pt-BR`, `zh_Hant` → the lower-case primary subtag; nil when not a language tag.
    static func languageCode(_ raw: String) -> String? {
        let trimmed = raw.trimmingWhitespace
        guard let primary = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" }).first,
            (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }), trimmed.count <= 35
        else { return nil }
        return primary.lowercased()
    }
}
