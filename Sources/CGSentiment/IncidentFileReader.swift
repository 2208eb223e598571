import CGClassifier
import CGDomain
import CGGeo
import Foundation

/// Reads recorded offline incidents (police-recorded hate crime, a partner agency's or another observatory's
/// records) from JSONL, CSV or a JSON array, so they can join the observatory as verified incidents and be set
/// against online hate (docs/incidents.md, "Importing recorded incidents").
///
/// Fields: `id` and `date` (`YYYY-MM-DD`, or a timestamp whose first ten characters are the local date) are
/// required; the place is an `area` (a code or a name the city's gazetteer knows) or coordinates
/// (`latitude`/`longitude`, or `coordinates` as in the message schema); the target is a `target_group` (a
/// classifier group such as `jews`) or a `characteristic` (with `religion`); optional `type`,
/// `classification` and `count` (1–1,000). A record that is not right is skipped with its line, field and
/// reason; the rest goes in. Files are split and parsed as messages are (``RecordStream``).
public struct IncidentFileReader: Sendable {
    /// The most incidents one record may stand for.
    public static let maximumCount = 1_000
    /// The first day accepted (2000-01-01), as in the reporting form.
    public static let earliestDay = Timestamp.daysFromCivil(year: 2000, month: 1, day: 1)

    /// Places records in the city: area codes and names through its gazetteer, coordinates through its areas.
    public var placer: MessagePlacer
    /// Today in the city (days since 1970-01-01): later dates are refused.
    public var today: Int
    /// Size limits (ids, records).
    public var limits: IngestLimits

    /// Creates a reader for one city.
    public init(placer: MessagePlacer, today: Int, limits: IngestLimits = .standard) {
        self.placer = placer
        self.today = today
        self.limits = limits
    }

    /// Reads every record of `data` in `format` (a JSON array may also be wrapped as `{"incidents": [...]}`),
    /// split and parsed as messages are (``RecordStream``). A CSV needs `id` and `date` columns, or it is refused
    /// as a whole; its blank rows are skipped.
    public func read(data: Data, format: MessageFileReader.Format) -> IncidentReadResult {
        var result = IncidentReadResult()
        let yield: (RecordStream.Item) -> Void = { item in
            switch item {
            case .record(let raw, let line): append(raw, line: line, into: &result)
            case .error(let error): result.errors.append(error)
            }
        }
        switch format {
        case .jsonl, .csv:
            let csv = format == .csv
                ? RecordStream.CSVRules(
                    headerProblem: { $0.contains("id") && $0.contains("date") ? nil : "the header row needs id and date columns" },
                    dropRowsAfterBadHeader: true, skipBlankRows: true)
                : nil
            var stream = RecordStream(csv: csv, maximumRecordBytes: limits.maximumRecordBytes)
            stream.read(data, yield)
        case .jsonArray:
            if RecordStream.readArray(data, wrapperKey: "incidents", yield) != nil {
                result.errors.append(LineError(line: 1, field: nil, reason: "expected a JSON array of incidents"))
            }
        }
        return result
    }

    private func append(_ raw: RawRecord, line: Int, into result: inout IncidentReadResult) {
        do {
            result.records.append(try record(raw, line: line))
        } catch let failure as MessageValidator.Failure {
            result.errors.append(LineError(line: line, field: failure.field, reason: failure.reason))
        } catch {
            result.errors.append(LineError(line: line, field: nil, reason: "\(error)"))
        }
    }

    private typealias Failure = MessageValidator.Failure

    private func record(_ raw: RawRecord, line: Int) throws -> IncidentRecord {
        guard let id = try text(raw, "id") else { throw Failure(field: "id", reason: "missing") }
        guard id.utf8.count <= limits.maximumIDBytes else {
            throw Failure(field: "id", reason: "longer than \(limits.maximumIDBytes) bytes")
        }
        guard let dateText = try text(raw, "date") else { throw Failure(field: "date", reason: "missing") }
        // A timestamp is accepted for its date part: the calendar date where it happened is what counts.
        let label = dateText.count > 10 && ["T", " "].contains(dateText[dateText.index(dateText.startIndex, offsetBy: 10)])
            ? String(dateText.prefix(10)) : dateText
        guard let day = Timestamp.day(label: label) else {
            throw Failure(field: "date", reason: "must be a date written YYYY-MM-DD")
        }
        guard day >= Self.earliestDay else { throw Failure(field: "date", reason: "before 2000-01-01") }
        guard day <= today else { throw Failure(field: "date", reason: "in the future") }

        let placement = try place(raw)
        let (characteristic, religion, group) = try target(raw)
        let type = try choice(IncidentType.self, raw, "type", "incident_type", aliases: Self.typeAliases) ?? .other
        let classification = try choice(HateClassification.self, raw, "classification")
        var count = 1
        if let value = try text(raw, "count") {
            guard let n = Int(value), (1...Self.maximumCount).contains(n) else {
                throw Failure(field: "count", reason: "a whole number from 1 to \(Self.maximumCount)")
            }
            count = n
        }
        return IncidentRecord(
            externalID: id, line: line, day: day, areaCode: placement.areaCode ?? "", placement: placement,
            characteristic: characteristic, religion: religion, targetGroup: group, type: type,
            classification: classification, count: count)
    }

    /// The area: a code or gazetteer name in `area`, else coordinates; one of them is required, and it must be
    /// in the city (an incident is never guessed into an area).
    private func place(_ raw: RawRecord) throws -> Placement {
        let city = placer.pack.id
        if let area = try text(raw, "area", "area_code", "area_name") {
            if let known = placer.pack.areas.first(where: { $0.code.caseInsensitiveCompare(area) == .orderedSame }) {
                return Placement(areaCode: known.code, method: .declaredLocation, confidence: 1)
            }
            if let match = placer.gazetteer.bestMatch(area) {
                return Placement(areaCode: match.areaCode, method: .declaredLocation, confidence: match.confidence)
            }
            throw Failure(field: "area", reason: "not an area code or area name of \(city)")
        }
        let (point, uncertain, field) = try MessageValidator.position(raw)
        guard let point else {
            throw Failure(field: "area", reason: "missing: give an area code or name, or latitude and longitude")
        }
        let placement = placer.place(
            coordinates: point, orderUncertain: uncertain, declaredLocation: nil, text: "", language: nil)
        guard placement.isPlaced else {
            throw Failure(field: field ?? "latitude", reason: "not in \(city)")
        }
        return placement
    }

    /// The target: a classifier group (its characteristic follows) or a characteristic (with religion).
    private func target(_ raw: RawRecord) throws -> (TargetedCharacteristic, ReligionGroup?, String?) {
        let religion = try choice(ReligionGroup.self, raw, "religion")
        let characteristic = try choice(TargetedCharacteristic.self, raw, "characteristic")
        if let group = try choice(TargetGroup.self, raw, "target_group", "group") {
            guard let implied = OfflineGroupMapping.characteristic(for: group.rawValue) else {
                throw Failure(field: "target_group", reason: "\(group.rawValue) has no characteristic")
            }
            if let characteristic, characteristic != implied.characteristic {
                throw Failure(
                    field: "characteristic",
                    reason: "\(characteristic.rawValue) does not fit target_group \(group.rawValue) (\(implied.characteristic.rawValue))")
            }
            if let religion, let impliedReligion = implied.religion, religion != impliedReligion {
                throw Failure(field: "religion", reason: "\(religion.rawValue) does not fit target_group \(group.rawValue)")
            }
            return (implied.characteristic, implied.religion ?? religion, group.rawValue)
        }
        guard let characteristic else {
            throw Failure(field: "target_group", reason: "missing: give a target_group or a characteristic")
        }
        if religion != nil, characteristic != .religion {
            throw Failure(field: "religion", reason: "only with the characteristic religion")
        }
        return (characteristic, religion, nil)
    }

    /// One of an enumeration's raw values (any case), reported under the first name with every accepted value
    /// listed; nil when absent or blank.
    /// Names of incident types in police and partner exports that mean one of ours.
    static let typeAliases: [String: IncidentType] = [
        "assault": .physicalAssault, "violence": .physicalAssault, "physical": .physicalAssault,
        "threat": .threats, "threatening_behaviour": .threats, "threatening_behavior": .threats,
        "vandalism": .propertyDamage, "criminal_damage": .propertyDamage, "damage": .propertyDamage,
        "harassment": .verbalAbuse, "abuse": .verbalAbuse, "verbal": .verbalAbuse, "insult": .verbalAbuse,
        "graffiti": .graffitiOrLiterature, "literature": .graffitiOrLiterature, "online": .onlineAbuse,
    ]

    /// One of `E`'s raw values (any case; spaces and hyphens read as underscores, so "Physical assault" is
    /// `physical_assault`), or a name in `aliases`.
    private func choice<E: RawRepresentable & CaseIterable>(
        _: E.Type, _ raw: RawRecord, _ names: String..., aliases: [String: E] = [:]
    ) throws -> E? where E.RawValue == String {
        guard let value = try text(raw, names) else { return nil }
        let key = String(value.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        guard let parsed = E(rawValue: key) ?? aliases[key] else {
            throw Failure(field: names[0], reason: "one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return parsed
    }

    /// A field as trimmed text (numbers as integers); nil when absent or blank.
    private func text(_ raw: RawRecord, _ names: String...) throws -> String? { try text(raw, names) }

    private func text(_ raw: RawRecord, _ names: [String]) throws -> String? {
        for name in names {
            guard let found = raw[name] else { continue }
            switch found.value {
            case .text(let s): return s.trimmingWhitespace
            case .number(let n) where n.rounded() == n && abs(n) < 1e15: return String(Int64(n))
            default: throw Failure(field: found.name, reason: "must be text")
            }
        }
        return nil
    }
}
