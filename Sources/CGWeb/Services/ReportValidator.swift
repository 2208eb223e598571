import CGDomain
import CGGeo
import Foundation

/// Checks a public submission field by field, collecting a reason for each problem, and applies the size
/// limits. Free text is trimmed and stripped of control characters other than line breaks and tabs.
struct ReportValidator: Sendable {
    /// Size limits, in characters.
    enum Limit {
        static let description = 5_000
        static let link = 2_000
        static let policeReference = 100
        static let name = 200
        static let email = 254
        static let phone = 40
        static let contactNotes = 500
        static let code = 64
        static let followUpMessage = 4_000
    }

    /// The earliest incident date accepted.
    static let earliestDate = "2000-01-01"

    /// Places a coordinate in one of the city's areas; nil when it lies outside.
    let locate: @Sendable (GeoPoint, String) async throws -> String?

    func validate(_ input: ReportSubmission, now: Date) async throws -> ValidatedReport {
        var errors = FieldErrors()
        let cityID = Self.clean(input.city, limit: Limit.code) ?? ""
        let pack = CityPacks.pack(id: cityID)
        if cityID.isEmpty {
            errors.add("city", "is required")
        } else if pack == nil {
            errors.add("city", "unknown city; one of: \(CityPacks.all.map(\.id).joined(separator: ", "))")
        }

        let type = Self.enumValue(IncidentType.self, input.type, field: "type", required: true, into: &errors)
        let description = Self.clean(input.description, limit: nil, keepLines: true)
        if description == nil {
            errors.add("description", "is required: say in your own words what happened")
        } else if let description, description.count > Limit.description {
            errors.add("description", "must be at most \(Limit.description) characters")
        }

        var characteristics: [TargetedCharacteristic] = []
        let rawCharacteristics = input.characteristics ?? []
        if rawCharacteristics.count > TargetedCharacteristic.allCases.count * 2 {
            errors.add("characteristics", "has too many entries")
        } else {
            for raw in rawCharacteristics {
                guard let value = TargetedCharacteristic(rawValue: raw) else {
                    errors.add(
                        "characteristics",
                        "unknown characteristic; each must be one of: \(TargetedCharacteristic.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                if !characteristics.contains(value) { characteristics.append(value) }
            }
            if rawCharacteristics.isEmpty { errors.add("characteristics", "choose at least one") }
        }
        characteristics.sort { $0.rawValue < $1.rawValue }
        let religion = Self.enumValue(ReligionGroup.self, input.religion, field: "religion", required: false, into: &errors)
        if religion != nil && !characteristics.contains(.religion) {
            errors.add("religion", "only applies when religion or belief is among the characteristics")
        }

        // Dates are checked in the city's own time zone: "today" is the city's today.
        let timeZone = pack.flatMap { TimeZone(identifier: $0.timeZone) } ?? TimeZone(identifier: "UTC") ?? .current
        let today = Self.dayString(now, in: timeZone)
        var day = 0
        var month = ""
        let date = Self.clean(input.date, limit: 10)
        if let date {
            if let parsed = Self.parseDay(date) {
                if date > today {
                    errors.add("date", "must not be in the future")
                } else if date < Self.earliestDate {
                    errors.add("date", "must be on or after \(Self.earliestDate)")
                } else {
                    day = parsed
                    month = String(date.prefix(7))
                }
            } else {
                errors.add("date", "must be a date written YYYY-MM-DD")
            }
        } else {
            errors.add("date", "is required")
        }
        let time = Self.clean(input.time, limit: 5)
        if let time {
            if !Self.isTime(time) {
                errors.add("time", "must be a time written HH:MM (24-hour)")
            } else if date == today, time > Self.timeString(now, in: timeZone) {
                errors.add("time", "must not be in the future")
            }
        }

        let reporter = Self.enumValue(ReporterRole.self, input.reporter, field: "reporter", required: true, into: &errors)
        let policeReported = input.policeReported ?? false
        let policeReference = Self.clean(input.policeReference, limit: nil)
        if let policeReference {
            if policeReference.count > Limit.policeReference {
                errors.add("policeReference", "must be at most \(Limit.policeReference) characters")
            }
            if !policeReported { errors.add("policeReference", "only applies when the incident was reported to the police") }
        }

        let platform = Self.enumValue(OnlinePlatform.self, input.platform, field: "platform", required: false, into: &errors)
        let link = Self.clean(input.link, limit: nil)
        if let link {
            if link.count > Limit.link {
                errors.add("link", "must be at most \(Limit.link) characters")
            } else if !(link.lowercased().hasPrefix("https://") || link.lowercased().hasPrefix("http://"))
                || URL(string: link)?.host == nil
            {
                errors.add("link", "must be a web address starting with https://")
            }
        }

        var areaCode = Self.clean(input.area, limit: Limit.code) ?? ""
        var location: GeoPoint?
        switch (input.latitude, input.longitude) {
        case (nil, nil): break
        case (let lat?, let lon?):
            if !lat.isFinite || !(-90...90).contains(lat) { errors.add("latitude", "must be between -90 and 90") }
            if !lon.isFinite || !(-180...180).contains(lon) { errors.add("longitude", "must be between -180 and 180") }
            if lat.isFinite, lon.isFinite, (-90...90).contains(lat), (-180...180).contains(lon), let pack {
                let point = GeoPoint(latitude: lat, longitude: lon)
                if let found = try await locate(point, pack.id) {
                    location = point
                    if areaCode.isEmpty { areaCode = found }
                } else {
                    errors.add("latitude", "the place is outside \(pack.englishName)")
                }
            }
        case (nil, _): errors.add("latitude", "is required with a longitude")
        case (_, nil): errors.add("longitude", "is required with a latitude")
        }
        if !areaCode.isEmpty, let pack, pack.area(code: areaCode) == nil {
            errors.add("area", "is not an area of \(pack.englishName)")
        }
        let online = type == .onlineAbuse || platform != nil
        if areaCode.isEmpty && !online && pack != nil && errors.fields["latitude"] == nil {
            errors.add("area", "choose the area where it happened (or give a coordinate)")
        }

        let wantsSupport = input.wantsSupport ?? false
        let consentToContact = input.consentToContact ?? false
        let consentToReferral = input.consentToReferral ?? false
        var contact: ReportSubmission.Contact?
        if let given = input.contact {
            let name = Self.clean(given.name, limit: nil)
            let email = Self.clean(given.email, limit: nil)
            let phone = Self.clean(given.phone, limit: nil)
            let notes = Self.clean(given.notes, limit: nil, keepLines: true)
            if let name, name.count > Limit.name { errors.add("contact.name", "must be at most \(Limit.name) characters") }
            if let email {
                if email.count > Limit.email || !EmailAddress.isPlausible(email) {
                    errors.add("contact.email", "must be an e-mail address")
                }
            }
            if let phone {
                if phone.count > Limit.phone
                    || !phone.allSatisfy({ $0.isNumber || " +-()./".contains($0) })
                    || phone.filter(\.isNumber).count < 5
                {
                    errors.add("contact.phone", "must be a phone number (digits, spaces, + - ( ) only)")
                }
            }
            if let notes, notes.count > Limit.contactNotes {
                errors.add("contact.notes", "must be at most \(Limit.contactNotes) characters")
            }
            if name != nil || email != nil || phone != nil || notes != nil {
                contact = ReportSubmission.Contact(name: name, email: email, phone: phone, notes: notes)
            }
        }
        if contact != nil && !consentToContact {
            errors.add("consentToContact", "tick this to let us contact you, or leave the contact details empty")
        }
        if consentToContact && contact?.email == nil && contact?.phone == nil {
            errors.add("contact", "give an e-mail address or a phone number so that we can contact you")
        }
        if consentToReferral && !consentToContact {
            errors.add("consentToReferral", "a referral needs your consent to be contacted as well")
        }

        try errors.throwIfAny()
        guard let type, let description, let reporter, let date else { throw errors }
        return ValidatedReport(
            city: cityID, areaCode: areaCode, location: location, platform: platform, link: link, type: type,
            description: description, characteristics: characteristics, religion: religion, date: date, time: time,
            day: day, month: month, reporter: reporter, policeReported: policeReported,
            policeReference: policeReference, wantsSupport: wantsSupport, consentToContact: consentToContact,
            consentToReferral: consentToReferral, contact: contact)
    }

    /// Trimmed text without control characters; nil when empty. Text longer than `limit` is kept whole so
    /// the caller can report it (limits are checked by the caller when `limit` is nil).
    static func clean(_ text: String?, limit: Int?, keepLines: Bool = false) -> String? {
        guard let text else { return nil }
        // Bound the work on hostile input before anything else looks at it.
        let bounded = text.count > 20_000 ? String(text.prefix(20_000)) : text
        let scalars = bounded.unicodeScalars.filter { scalar in
            if keepLines && (scalar == "\n" || scalar == "\t") { return true }
            if scalar == "\r" { return false }
            return !CharacterSet.controlCharacters.contains(scalar) && scalar.value != 0
        }
        var cleaned = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespacesAndNewlines)
        if let limit, cleaned.count > limit { cleaned = String(cleaned.prefix(limit + 1)) }
        return cleaned.isEmpty ? nil : cleaned
    }

    static func enumValue<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, _ raw: String?, field: String, required: Bool, into errors: inout FieldErrors
    ) -> E? where E.RawValue == String {
        guard let raw = clean(raw, limit: 64) else {
            if required { errors.add(field, "is required") }
            return nil
        }
        guard let value = E(rawValue: raw) else {
            errors.add(field, "must be one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date, or nil when it is not a real date.
    static func parseDay(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month
        else { return nil }
        return Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard text.count == 5, parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }

    static func dayString(_ date: Date, in timeZone: TimeZone) -> String {
        format(date, "yyyy-MM-dd", timeZone)
    }

    static func timeString(_ date: Date, in timeZone: TimeZone) -> String {
        format(date, "HH:mm", timeZone)
    }

    static func format(_ date: Date, _ pattern: String, _ timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
