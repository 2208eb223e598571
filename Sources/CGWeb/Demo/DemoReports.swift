import CGAnalytics
import CGDomain
import CGGeo
import CGSecurity
import CGStorage
import Fluent
import Foundation
import Vapor

/// Synthetic incident reports and support partners for the demo city: a few hundred reports over the last 18
/// months across its areas, most of them triaged, so the queue and the observatory show something
/// real-looking. Deterministic for a given day (seeded generator); every report is marked synthetic.
enum DemoReports {
    static let count = 420
    static let seed: UInt64 = 20_260_503

    static let partners: [(name: String, services: String, languages: String, areas: String, contact: String)] = [
        ("Demo Victim Support Line (synthetic)", "Emotional and practical support, help through the justice process",
         "English, Bengali, Urdu, Polish", "", "0800 000 0000 · support@victim-line.example"),
        ("Demo Faith Communities Network (synthetic)", "Support after anti-Muslim and antisemitic incidents",
         "English, Arabic, Hebrew", "", "faith@network.example"),
        ("Demo LGBT+ Advocacy (synthetic)", "Advocacy and counselling after homophobic and transphobic incidents",
         "English, Spanish", "", "advocacy@lgbt.example"),
        ("Demo East London Law Centre (synthetic)", "Free legal advice on discrimination and housing",
         "English, Somali, Turkish", "E09000030,E09000025,E09000012", "advice@law-centre.example"),
    ]

    static let sentences = [
        "Someone shouted abuse at me in the street.", "A group followed me and made threats.",
        "Stickers with hateful slogans were put on the bus stop.", "I was refused service at a shop.",
        "Messages with slurs were posted under my photo.", "Graffiti was sprayed on our community centre door.",
        "A neighbour left a threatening note.", "I was pushed on the platform while being insulted.",
    ]

    /// Loads the demo reports and partners once; does nothing when they are already there.
    static func load(_ app: Application, city: String) async throws {
        guard let pack = CityPacks.pack(id: city) else { return }
        let services = app.cg
        let db = app.db
        if try await IncidentReportModel.query(on: db).filter(\.$cityID == city).filter(\.$isSynthetic == true).first()
            != nil
        {
            return
        }
        let actor = TriageService.Actor(id: "demo", label: "demo loader")
        let directory = PartnerDirectory(services: services, database: db)
        for partner in partners {
            try await directory.create(
                .init(name: partner.name, services: partner.services, languages: partner.languages,
                      areasServed: partner.areas, contact: partner.contact),
                city: city, actor: actor)
        }
        let now = services.clock.now()
        let today = Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
        var generator = SeededGenerator(seed: seed)
        let cipher = services.cipher
        var rows: [(IncidentReportModel, [TargetedCharacteristic], ReportStatus)] = []
        for index in 0..<count {
            // Areas are skewed so that some have many reports and some few: the map shows hidden counts too.
            let u = generator.nextUnit()
            // A stride coprime with the area count spreads the busy areas over the map.
            let rank = min(pack.areas.count - 1, Int(u * u * Double(pack.areas.count)))
            let area = pack.areas[(rank * 7 + 3) % pack.areas.count]
            let day = today - generator.nextInt(below: 540)
            let date = Date(timeIntervalSince1970: TimeInterval(day) * 86_400)
            let dateText = ReportValidator.format(date, "yyyy-MM-dd", TimeZone(identifier: "UTC") ?? .current)
            let type = IncidentType.allCases[generator.nextInt(below: IncidentType.allCases.count)]
            var characteristics = [TargetedCharacteristic.allCases[Self.weightedCharacteristic(&generator)]]
            if generator.nextInt(below: 4) == 0 {
                let second = TargetedCharacteristic.allCases[generator.nextInt(below: TargetedCharacteristic.allCases.count)]
                if !characteristics.contains(second) { characteristics.append(second) }
            }
            characteristics.sort { $0.rawValue < $1.rawValue }
            let consent = generator.nextInt(below: 3) == 0
            let report = ValidatedReport(
                city: city, areaCode: type == .onlineAbuse && generator.nextInt(below: 2) == 0 ? "" : area.code,
                location: nil, platform: type == .onlineAbuse ? .x : nil, link: nil, type: type,
                description: "[synthetic] " + sentences[generator.nextInt(below: sentences.count)],
                characteristics: characteristics,
                religion: characteristics.contains(.religion)
                    ? ReligionGroup.allCases[generator.nextInt(below: ReligionGroup.allCases.count)] : nil,
                date: dateText, time: String(format: "%02d:%02d", generator.nextInt(below: 24), generator.nextInt(below: 60)),
                day: day, month: String(dateText.prefix(7)),
                reporter: ReporterRole.allCases[generator.nextInt(below: ReporterRole.allCases.count)],
                policeReported: generator.nextInt(below: 3) == 0, policeReference: nil, wantsSupport: consent,
                consentToContact: consent, consentToReferral: consent,
                contact: consent ? .init(email: "synthetic.reporter\(index)@example.org") : nil)
            let roll = generator.nextInt(below: 100)
            let age = today - day
            let status: ReportStatus =
                age < 10 ? (roll < 60 ? .received : .underReview)
                : roll < 62 ? .verified : roll < 70 ? .underReview : roll < 76 ? .received
                : roll < 86 ? .unverifiable : .outOfScope
            let created = date.addingTimeInterval(TimeInterval(3_600 * (8 + generator.nextInt(below: 12))))
            let model = try ReportService.model(
                report, id: UUID(), reference: ReferenceCode.generate(), followUpToken: SecretToken.generate(),
                language: "en", status: status, now: min(created, now), synthetic: true, cipher: cipher)
            if status == .verified {
                model.classification = generator.nextInt(below: 5) < 2 ? HateClassification.hateCrime.rawValue
                    : HateClassification.nonCrimeHateIncident.rawValue
            }
            rows.append((model, characteristics, status))
        }
        let loaded = rows
        try await services.audit.transaction(on: db) { tx, audit in
            for (model, characteristics, status) in loaded {
                guard let id = model.id else { continue }
                try await model.create(on: tx)
                for characteristic in characteristics {
                    try await IncidentCharacteristicModel(reportID: id, characteristic: characteristic.rawValue).create(on: tx)
                }
                try await ReportService.event(id, kind: "submitted", to: .received, actorLabel: "reporter", at: model.createdAt)
                    .create(on: tx)
                if status != .received {
                    try await ReportService.event(
                        id, kind: "status", from: .received, to: .underReview, actorID: actor.id, actorLabel: actor.label,
                        at: model.createdAt.addingTimeInterval(86_400)
                    ).create(on: tx)
                }
                if status.isFinal {
                    try await ReportService.event(
                        id, kind: "status", from: .underReview, to: status, actorID: actor.id, actorLabel: actor.label,
                        at: model.createdAt.addingTimeInterval(3 * 86_400)
                    ).create(on: tx)
                }
            }
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .demoReportsLoaded,
                    recordType: "incident_reports", cityID: city, detail: "\(loaded.count) synthetic reports"))
        }
        try await IncidentStatisticsStore().rebuild(on: db)
    }

    /// Race and religion are reported most often, as in published hate-crime statistics.
    static func weightedCharacteristic(_ generator: inout SeededGenerator) -> Int {
        let weights = [34, 8, 22, 14, 6, 7, 4, 2, 3]
        var pick = generator.nextInt(below: weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if pick < weight { return index }
            pick -= weight
        }
        return 0
    }
}
