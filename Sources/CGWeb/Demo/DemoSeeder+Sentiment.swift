import CGAnalytics
import CGClassifier
import CGDomain
import CGGeo
import CGSecurity
import CGSentiment
import CGStorage
import Fluent
import Foundation
import Vapor

extension DemoSeeder {
    /// Days of synthetic online messages, ending today.
    static let sentimentDays = 75
    /// Messages per area on an average day (about 74,000 messages for London).
    static let sentimentMessagesPerAreaPerDay = 30.0
    /// The stream's seed.
    static let sentimentSeed: UInt64 = 20_261_129

    /// Loads the synthetic online-message stream of the demo city (social sentiment mapping): the
    /// `synthetic-demo` source, its messages through the real ingest (gate, placement, classification,
    /// rollups), and the stream's offline incidents as verified synthetic incident reports, so the
    /// online/offline correlation has a story; and the demo analyst's early warning on the planted event
    /// (``seedEarlyWarning(_:event:pack:)``). Does nothing when the demo messages are already there.
    static func seedSentiment(_ app: Application) async throws {
        guard let pack = CityPacks.pack(id: city) else { return }
        let service = MessageIngestService(app: app)
        let store = SentimentStore(cipher: app.cg.cipher)
        if try await store.source(named: DemoStream.source, on: app.db) == nil {
            _ = try await service.register(.demo, actor: .init(id: "demo", label: "demo loader"))
        }
        if try await store.sources(on: app.db).first(where: { $0.source.name == DemoStream.source })?
            .messagesByCity[city] ?? 0 > 0
        {
            return
        }
        let now = app.cg.clock.now()
        let start = now.addingTimeInterval(-Double(sentimentDays - 1) * 86_400)
        let stream = DemoStream.generate(
            city: pack, days: sentimentDays, seed: sentimentSeed, start: start,
            messagesPerAreaPerDay: sentimentMessagesPerAreaPerDay)
        let actor = MessageIngestService.Actor(id: "demo", label: "demo loader")
        var offset = 0
        while offset < stream.messages.count {
            let end = min(stream.messages.count, offset + MessageIngestService.batchSize)
            _ = try await service.ingest(
                MessageReadResult(messages: Array(stream.messages[offset..<end])), source: DemoStream.source,
                city: city, actor: actor)
            offset = end
        }
        try await loadOfflineIncidents(app, stream.incidents, pack: pack)
        try await seedEarlyWarning(app, event: stream.event, pack: pack)
    }

    /// The incidents of the demo stream as verified synthetic reports in the incident observatory.
    static func loadOfflineIncidents(_ app: Application, _ incidents: [OfflineIncident], pack: CityPack) async throws {
        let services = app.cg
        var generator = SeededGenerator(seed: sentimentSeed)
        let types: [IncidentType] = [.verbalAbuse, .threats, .graffitiOrLiterature, .propertyDamage]
        var rows: [(IncidentReportModel, [TargetedCharacteristic])] = []
        for incident in incidents {
            let (characteristic, religion) = OfflineGroupMapping.characteristic(for: incident.targetGroup) ?? (.other, nil)
            for _ in 0..<incident.count {
                let date = Date(timeIntervalSince1970: TimeInterval(incident.day) * 86_400)
                let dateText = ReportValidator.format(date, "yyyy-MM-dd", TimeZone(identifier: "UTC") ?? .current)
                let report = ValidatedReport(
                    city: pack.id, areaCode: incident.areaCode ?? "", location: nil, platform: nil, link: nil,
                    type: types[generator.nextInt(below: types.count)],
                    description: "[synthetic] " + DemoReports.sentences[generator.nextInt(below: DemoReports.sentences.count)],
                    characteristics: [characteristic], religion: religion, date: dateText,
                    time: String(format: "%02d:%02d", 8 + generator.nextInt(below: 14), generator.nextInt(below: 60)),
                    day: incident.day, month: String(dateText.prefix(7)), reporter: .witness, policeReported: false,
                    policeReference: nil, wantsSupport: false, consentToContact: false, consentToReferral: false,
                    contact: nil)
                let model = try ReportService.model(
                    report, id: UUID(), reference: ReferenceCode.generate(), followUpToken: SecretToken.generate(),
                    language: "en", status: .verified, now: date.addingTimeInterval(12 * 3_600), synthetic: true,
                    cipher: services.cipher)
                model.classification = HateClassification.nonCrimeHateIncident.rawValue
                model.targetGroup = incident.targetGroup
                rows.append((model, [characteristic]))
            }
        }
        let loaded = rows
        let actor = TriageService.Actor(id: "demo", label: "demo loader")
        try await services.audit.transaction(on: app.db) { tx, audit in
            for (model, characteristics) in loaded {
                guard let id = model.id else { continue }
                try await model.create(on: tx)
                for characteristic in characteristics {
                    try await IncidentCharacteristicModel(reportID: id, characteristic: characteristic.rawValue).create(on: tx)
                }
                try await ReportService.event(id, kind: "submitted", to: .received, actorLabel: "reporter", at: model.createdAt)
                    .create(on: tx)
                try await ReportService.event(
                    id, kind: "status", from: .received, to: .verified, actorID: actor.id, actorLabel: actor.label,
                    at: model.createdAt.addingTimeInterval(86_400)
                ).create(on: tx)
            }
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .demoReportsLoaded,
                    recordType: "incident_reports", cityID: pack.id,
                    detail: "\(loaded.count) synthetic offline incidents of the online demo stream"))
        }
        try await IncidentStatisticsStore().rebuild(on: app.db)
    }
}
