import CGDomain

/// A recorded offline incident read from an import file (police-recorded hate crime, a partner agency's or
/// another observatory's data), checked and placed, before it is stored as a verified incident report.
public struct IncidentRecord: Sendable, Hashable {
    /// The record's id in the source's own system; with the source name it makes re-imports store nothing twice.
    public var externalID: String
    /// The 1-based line (or item) number the record came from.
    public var line: Int
    /// The day it happened, as days since 1970-01-01 (the local calendar date as written in the file).
    public var day: Int
    /// The area it happened in (a code of the city pack).
    public var areaCode: String
    /// How the area was found (an area code or name, or coordinates), with its confidence.
    public var placement: Placement
    /// The targeted characteristic, in the observatory's terms.
    public var characteristic: TargetedCharacteristic
    /// The religion, when the characteristic is religion and the source says which.
    public var religion: ReligionGroup?
    /// The targeted group in the classifier's terms (`TargetGroup` raw value) when the source names it; the
    /// online/offline comparison then counts the incident for that group only, not for every group the
    /// characteristic covers.
    public var targetGroup: String?
    /// The kind of incident.
    public var type: IncidentType
    /// Hate crime or non-crime hate incident, when the source says.
    public var classification: HateClassification?
    /// How many incidents the record stands for (aggregated sources give counts per day and area).
    public var count: Int

    /// Creates a record.
    public init(
        externalID: String, line: Int, day: Int, areaCode: String, placement: Placement,
        characteristic: TargetedCharacteristic, religion: ReligionGroup?, targetGroup: String?, type: IncidentType,
        classification: HateClassification?, count: Int
    ) {
        self.externalID = externalID
        self.line = line
        self.day = day
        self.areaCode = areaCode
        self.placement = placement
        self.characteristic = characteristic
        self.religion = religion
        self.targetGroup = targetGroup
        self.type = type
        self.classification = classification
        self.count = count
    }
}

/// What an incident file held: the records that passed and the lines that did not.
public struct IncidentReadResult: Sendable, Hashable {
    /// Records that passed validation, in input order.
    public var records: [IncidentRecord]
    /// Skipped lines, with the field and the reason.
    public var errors: [LineError]

    /// Creates a result.
    public init(records: [IncidentRecord] = [], errors: [LineError] = []) {
        self.records = records
        self.errors = errors
    }
}
