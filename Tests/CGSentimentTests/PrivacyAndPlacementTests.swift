import CGGeo
import CGSecurity
import Foundation
import Testing

@testable import CGSentiment

private func message(
    _ text: String, author: String = "alice", source: String = "forum", location: String? = nil,
    coordinates: GeoPoint? = nil, mentions: [String] = [], language: String? = nil
) -> IncomingMessage {
    IncomingMessage(
        id: UUID().uuidString, source: source, timestamp: Date(timeIntervalSince1970: 1_773_500_000), text: text,
        language: language, authorID: author, declaredLocation: location, coordinates: coordinates, mentions: mentions)
}

@Suite struct PrivacyGateTests {
    let gate = PrivacyGate(
        pseudonymizer: Pseudonymizer(masterKey: .generate()), publicFigures: PublicFigureList(accounts: ["@CityHall", "mayor"]))

    @Test func authorsBecomeKeyedPseudonymsScopedBySource() throws {
        let now = Date(timeIntervalSince1970: 1_773_600_000)
        let a = gate.prepare(message("hi", author: "alice@example.org"), receivedAt: now)
        let b = gate.prepare(message("hello", author: "alice@example.org"), receivedAt: now)
        let c = gate.prepare(message("hi", author: "alice@example.org", source: "other"), receivedAt: now)
        #expect(a.authorPseudonym == b.authorPseudonym)
        #expect(a.authorPseudonym != c.authorPseudonym)
        #expect(a.authorPseudonym.count == 32)
        let other = PrivacyGate(pseudonymizer: Pseudonymizer(masterKey: .generate()))
        #expect(other.prepare(message("hi", author: "alice@example.org"), receivedAt: now).authorPseudonym != a.authorPseudonym)
        let encoded = String(decoding: try JSONEncoder().encode(a), as: UTF8.self)
        #expect(!encoded.contains("alice"))
    }

    @Test func keepsOnlyPublicFigureMentions() {
        let prepared = gate.prepare(
            message("x", mentions: ["cityhall", "@Mayor", "neighbour42", "CITYHALL"]), receivedAt: Date())
        #expect(prepared.publicMentions == ["cityhall", "mayor"])
        let none = PrivacyGate(pseudonymizer: gate.pseudonymizer)
        #expect(none.prepare(message("x", mentions: ["mayor"]), receivedAt: Date()).publicMentions.isEmpty)
    }

    @Test func textIsRetainedForTheReviewWindowOnly() {
        let now = Date(timeIntervalSince1970: 1_773_600_000)
        #expect(gate.retainTextUntil(receivedAt: now) == now.addingTimeInterval(30 * 86_400))
        let week = PrivacyGate(pseudonymizer: gate.pseudonymizer, textRetention: 7 * 86_400)
        #expect(week.prepare(message("x"), receivedAt: now).retainTextUntil == now.addingTimeInterval(7 * 86_400))
    }
}

@Suite struct PlacementTests {
    func placer(_ city: String) throws -> MessagePlacer { MessagePlacer(pack: try #require(CityPacks.pack(id: city))) }

    @Test(arguments: ["london", "greater-manchester", "barcelona", "paris", "rotterdam", "stockholm"])
    func coordinatesNearEveryCentroidPlaceInThatArea(city: String) throws {
        let placer = try placer(city)
        for area in placer.pack.areas {
            let p = placer.place(message("nothing here", coordinates: area.centroid))
            #expect(p.areaCode == area.code && p.method == .coordinates, "\(city) \(area.code)")
            #expect(p.confidence > 0.3)
        }
    }

    @Test("a bare pair of uncertain order is placed either way round; a stated order is not turned")
    func coordinatesOfUncertainOrder() throws {
        let paris = try placer("paris")
        let montmartre = GeoPoint(latitude: 48.886, longitude: 2.343)
        let turned = GeoPoint(latitude: montmartre.longitude, longitude: montmartre.latitude)
        for uncertain in [false, true] {
            let placed = paris.place(
                coordinates: turned, orderUncertain: uncertain, declaredLocation: nil, text: "rien", language: "fr")
            #expect(placed.areaCode == (uncertain ? "75118" : nil), "uncertain \(uncertain)")
            #expect(placed.method == (uncertain ? .coordinates : .none))
        }
        // Through the gate: the flag travels with the prepared message.
        var incoming = message("rien", coordinates: turned)
        incoming.coordinatesOrderUncertain = true
        let gate = PrivacyGate(pseudonymizer: Pseudonymizer(masterKey: .generate()))
        #expect(paris.place(gate.prepare(incoming, receivedAt: Date())).areaCode == "75118")
    }

    @Test func declaredLocationWhenNoCoordinatesOrOutsideTheCity() throws {
        let london = try placer("london")
        let paris = GeoPoint(latitude: 48.85, longitude: 2.35)
        let p = london.place(message("nothing", location: "Hackney, London", coordinates: paris))
        #expect(p.method == .declaredLocation)
        #expect(p.areaCode == london.pack.areas.first { $0.localName == "Hackney" }?.code)
        #expect(try placer("paris").place(message("rien", location: "Paris 18")).areaCode == "75118")
        for written in ["Paris 1e", "1er arrondissement", "1ère arrondissement", "Paris 1er", "75001"] {
            #expect(try placer("paris").place(message("rien", location: written)).areaCode == "75101", "\(written)")
        }
        #expect(try placer("barcelona").place(message("res", location: "Gràcia")).areaCode == "06")
        #expect(try placer("stockholm").place(message("inget", location: "Rinkeby")).areaCode == "RK")
        #expect(try placer("rotterdam").place(message("niets", location: "Delfshaven")).areaCode == "DH")
        #expect(try placer("greater-manchester").place(message("nowt", location: "Stockport")).areaCode != nil)
    }

    @Test func placeNamesInTheTextComeLast() throws {
        let london = try placer("london")
        let p = london.place(message("Queue at the Brixton market again", location: "somewhere nice"))
        #expect(p.method == .textMention)
        #expect(p.areaCode == london.pack.areas.first { $0.localName == "Lambeth" }?.code)
        #expect(p.confidence < 0.7)
        let rotterdam = try placer("rotterdam")
        #expect(rotterdam.place(message("Drukte bij de markt in Charlois vandaag", language: "nl")).areaCode == "CH")
    }

    @Test func ambiguousOrMissingEvidenceStaysUnplaced() throws {
        let london = try placer("london")
        #expect(london.place(message("Hackney and Camden are both lovely")) == .unplaced)
        #expect(london.place(message("nothing to see", location: "Hackney / Camden")) == .unplaced)
        #expect(london.place(message("just a message", location: "Planet Earth")) == .unplaced)
        #expect(london.place(message("no place", coordinates: GeoPoint(latitude: 40.4, longitude: -3.7))) == .unplaced)
        // A bare ordinal in running text is too weak to place anything.
        #expect(try placer("paris").place(message("Le 2e tour des élections", language: "fr")) == .unplaced)
        // A lower-case "söder" (south) is a direction in Swedish, whatever language the message was identified
        // as: placed in Södermalm until 2026-11-30 when the message read as English (the Stockholm trial).
        let stockholm = try placer("stockholm")
        #expect(stockholm.place(message("Hammarby i allsvenskan, let's go!", location: "söder", language: "en")) == .unplaced)
        #expect(stockholm.place(message("Hammarby i allsvenskan, let's go!", location: "Söder", language: "en")).areaCode == "SO")
    }
}
