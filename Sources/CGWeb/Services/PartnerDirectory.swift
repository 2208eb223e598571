import CGDomain
import CGGeo
import CGStorage
import Fluent
import Foundation
import Vapor

/// A support partner as pages show it.
struct SupportPartnerDTO: Sendable, Hashable {
    var id: UUID
    var name: String
    var services: String
    var languages: String
    var areasServed: [String]
    var contact: String
    var active: Bool
}

/// The directory of support partners reports can be referred to: organisation details, not personal data.
struct PartnerDirectory: Sendable {
    let services: AppServices
    let database: any Database

    /// Input for a new partner.
    struct NewPartner: Sendable {
        var name: String?
        var services: String?
        var languages: String?
        var areasServed: String?
        var contact: String?
    }

    func partners(city: String, activeOnly: Bool = false) async throws -> [SupportPartnerDTO] {
        var query = SupportPartnerModel.query(on: database).filter(\.$cityID == city).sort(\.$name)
        if activeOnly { query = query.filter(\.$active == true) }
        return try await query.all().compactMap { partner in
            guard let id = partner.id else { return nil }
            return SupportPartnerDTO(
                id: id, name: partner.name, services: partner.services, languages: partner.languages,
                areasServed: partner.areasServed.split(separator: ",").map(String.init), contact: partner.contact,
                active: partner.active)
        }
    }

    /// Adds a partner to a city's directory, audited.
    @discardableResult
    func create(_ input: NewPartner, city: String, actor: TriageService.Actor) async throws -> UUID {
        var errors = FieldErrors()
        func required(_ value: String?, _ field: String, _ limit: Int) -> String {
            let cleaned = ReportValidator.clean(value, limit: nil, keepLines: false) ?? ""
            if cleaned.isEmpty { errors.add(field, "is required") }
            if cleaned.count > limit { errors.add(field, "must be at most \(limit) characters") }
            return cleaned
        }
        let name = required(input.name, "name", 200)
        let offered = required(input.services, "services", 1_000)
        let languages = required(input.languages, "languages", 200)
        let contact = required(input.contact, "contact", 500)
        let pack = CityPacks.pack(id: city)
        var areas: [String] = []
        for code in (input.areasServed ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        where !code.isEmpty {
            if pack?.area(code: code) == nil {
                errors.add("areasServed", "unknown area code '\(code.prefix(20))'")
            } else if !areas.contains(code) {
                areas.append(code)
            }
        }
        try errors.throwIfAny()
        if try await SupportPartnerModel.query(on: database).filter(\.$cityID == city).filter(\.$name == name).first() != nil {
            throw FieldErrors(["name": "a partner with this name is already listed"])
        }
        let now = services.clock.now()
        let partner = SupportPartnerModel()
        let id = UUID()
        partner.id = id
        partner.cityID = city
        partner.name = name
        partner.services = offered
        partner.languages = languages
        partner.areasServed = areas.joined(separator: ",")
        partner.contact = contact
        partner.active = true
        partner.createdAt = now
        partner.updatedAt = now
        try await services.audit.transaction(on: database) { tx, audit in
            try await partner.create(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .supportPartnerSaved,
                    recordType: "support_partner", recordID: id.uuidString, cityID: city))
        }
        return id
    }

    /// Marks a partner active or inactive (kept for the history of past referrals), audited.
    func setActive(_ id: UUID, _ active: Bool, city: String, actor: TriageService.Actor) async throws {
        try await services.audit.transaction(on: database) { tx, audit in
            guard let partner = try await SupportPartnerModel.find(id, on: tx), partner.cityID == city else {
                throw Abort(.notFound)
            }
            partner.active = active
            partner.updatedAt = services.clock.now()
            try await partner.update(on: tx)
            try await audit.record(
                AuditEvent(
                    actorID: actor.id, actorLabel: actor.label, action: .supportPartnerSaved,
                    recordType: "support_partner", recordID: id.uuidString, cityID: city,
                    detail: active ? "activated" : "deactivated"))
        }
    }
}
