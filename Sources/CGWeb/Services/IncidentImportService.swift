import CGDomain
import CGGeo
import CGSecurity
import CGSentiment
import CGStorage
import Fluent
import Foundation
import Vapor

/// Imports recorded offline incidents (police-recorded hate crime, a partner agency's or another observatory's
/// records) as verified incident reports, so they count in the observatory and in the online/offline
/// comparison: `commonground incidents import`.
///
/// Each record becomes `count` reports, verified, reported "on behalf" by the source, with the source and the
/// record's id sealed in the description. A record is stored once per source: its id is kept as a keyed digest
/// in `incident_imports`, and a second import of the same file stores nothing. Each chunk of records is one
/// audited transaction; the public statistics are rebuilt at the end.
public struct IncidentImportService: Sendable {
    /// Who imports (written to the audit trail).
    public typealias Actor = StaffDirectory.Actor

    /// What an import did.
    public struct Summary: Sendable, Hashable {
        /// Well-formed records read.
        public var read = 0
        /// New records stored.
        public var stored = 0
        /// Incident reports those records became (a record may stand for several incidents).
        public var incidents = 0
        /// Records already imported from the same source (or repeated in the file), not stored again.
        public var duplicates = 0
        /// Malformed records, by line (or item) number; skipped.
        public var errors: [LineError] = []

        /// Creates an empty summary.
        public init() {}

        /// Malformed records.
        public var malformed: Int { errors.count }
    }

    /// Records per transaction.
    static let chunkSize = 500

    let services: AppServices
    let context: SentimentContext
    let database: any Database

    /// The service for the application's database.
    public init(app: Application) {
        self.services = app.cg
        self.context = app.sentiment
        self.database = app.db
    }

    /// The service for a request.
    public init(request: Request) {
        self.services = request.cg
        self.context = request.application.sentiment
        self.database = request.db
    }

    /// The reader of `city`'s records: its imported boundaries (else centroids) for coordinates, its gazetteer
    /// for area names, and today in its time zone as the latest date.
    public func reader(city: String) async throws -> IncidentFileReader {
        let placer = try await MessageIngestService(services: services, context: context, database: database)
            .placer(city: city)
        let today = CityClock(timeZoneIdentifier: placer.pack.timeZone).dayAndHour(services.clock.now()).day
        return IncidentFileReader(placer: placer, today: today)
    }

    /// Reads and imports the file at `url`.
    public func importFile(
        _ url: URL, format: MessageFileReader.Format, source: String, city: String, actor: Actor
    ) async throws -> Summary {
        try Self.validateSource(source)
        let reader = try await reader(city: city)
        let read = reader.read(data: try Data(contentsOf: url), format: format)
        return try await importRecords(read, source: source, city: city, actor: actor)
    }

    /// Imports records already read.
    public func importRecords(_ read: IncidentReadResult, source: String, city: String, actor: Actor) async throws
        -> Summary
    {
        try Self.validateSource(source)
        var summary = Summary()
        summary.read = read.records.count
        summary.errors = read.errors
        let digests = read.records.map { digest(source: source, id: $0.externalID) }
        var offset = 0
        while offset < read.records.count {
            let end = min(read.records.count, offset + Self.chunkSize)
            let chunk = Array(zip(read.records[offset..<end], digests[offset..<end]))
            let (stored, incidents, duplicates) = try await store(chunk, source: source, city: city, actor: actor)
            summary.stored += stored
            summary.incidents += incidents
            summary.duplicates += duplicates
            offset = end
        }
        if summary.stored > 0 { try await IncidentStatisticsStore().rebuild(on: database) }
        return summary
    }

    /// Source names as in the message source registry: they appear in audit entries and descriptions.
    static func validateSource(_ source: String) throws {
        guard MessageSource.isValidName(source) else { throw FieldErrors(["source": MessageSource.nameRule]) }
    }

    /// The keyed digest of a record id on a source (ids of police systems may themselves be sensitive).
    func digest(source: String, id: String) -> String {
        services.pseudonymizer.pseudonym(authorID: id, source: "incident-import/" + source)
    }

    private func store(_ chunk: [(IncidentRecord, String)], source: String, city: String, actor: Actor) async throws
        -> (stored: Int, incidents: Int, duplicates: Int)
    {
        let services = self.services
        let now = services.clock.now()
        let synthetic = source.hasPrefix("synthetic")
        return try await services.audit.transaction(on: database) { tx, audit in
            let known = Set(
                try await IncidentImportModel.query(on: tx).filter(\.$source == source)
                    .filter(\.$recordDigest ~~ chunk.map(\.1)).all().map(\.recordDigest))
            var seen = known
            var stored = 0
            var incidents = 0
            var duplicates = 0
            for (record, digest) in chunk {
                guard seen.insert(digest).inserted else {
                    duplicates += 1
                    continue
                }
                for _ in 0..<record.count {
                    try await Self.createReport(record, source: source, city: city, now: now, synthetic: synthetic, services: services, on: tx)
                }
                try await IncidentImportModel(
                    source: source, recordDigest: digest, cityID: city, incidents: record.count, importedAt: now
                ).create(on: tx)
                stored += 1
                incidents += record.count
            }
            if stored > 0 {
                try await audit.record(
                    AuditEvent(
                        actorID: actor.id, actorLabel: actor.label, action: .reportsImported,
                        recordType: "incident_reports", cityID: city,
                        detail: "\(incidents) verified incidents from \(stored) records of source \(source)"))
            }
            return (stored, incidents, duplicates)
        }
    }

    private static func createReport(
        _ record: IncidentRecord, source: String, city: String, now: Date, synthetic: Bool, services: AppServices,
        on tx: any Database
    ) async throws {
        let date = Timestamp.dayLabel(record.day)
        let report = ValidatedReport(
            city: city, areaCode: record.areaCode, location: nil, platform: nil, link: nil, type: record.type,
            description: "Imported from \(source), record \(record.externalID).",
            characteristics: [record.characteristic], religion: record.religion, date: date, time: nil,
            day: record.day, month: String(date.prefix(7)), reporter: .onBehalf, policeReported: false,
            policeReference: nil, wantsSupport: false, consentToContact: false, consentToReferral: false, contact: nil)
        let id = UUID()
        let model = try ReportService.model(
            report, id: id, reference: ReferenceCode.generate(), followUpToken: SecretToken.generate(), language: "en",
            status: .verified, now: now, synthetic: synthetic, cipher: services.cipher)
        model.classification = record.classification?.rawValue
        model.targetGroup = record.targetGroup
        try await model.create(on: tx)
        try await IncidentCharacteristicModel(reportID: id, characteristic: record.characteristic.rawValue).create(on: tx)
        let label = "import: \(source)"
        try await ReportService.event(id, kind: "submitted", to: .received, actorLabel: label, at: now).create(on: tx)
        try await ReportService.event(id, kind: "status", from: .received, to: .verified, actorLabel: label, at: now)
            .create(on: tx)
    }
}
