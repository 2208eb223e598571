import CGAnalytics
import CGClassifier
import CGGeo
import CGSecurity
import Foundation
import Testing

@testable import CGSentiment

/// Shared across tests: loading the models once.
let sharedClassifier: HateClassifier? = try? HateClassifier.loadDefault()

@Suite struct PipelineTests {
    let start = Date(timeIntervalSince1970: 1_772_323_200)  // 2026-03-01

    func run(_ city: String, seed: UInt64, perArea: Double) throws -> (DemoStreamResult, [AnalyzedMessage], AggregateTable) {
        let pack = try #require(CityPacks.pack(id: city))
        let classifier = try #require(sharedClassifier)
        let stream = DemoStream.generate(city: pack, days: 63, seed: seed, start: start, messagesPerAreaPerDay: perArea)
        let gate = PrivacyGate(pseudonymizer: Pseudonymizer(masterKey: .generate()), publicFigures: stream.publicFigures)
        let analyzer = MessageAnalyzer(classifier: classifier, placer: MessagePlacer(pack: pack), gate: gate)
        let analyzed = analyzer.analyze(stream.messages, receivedAt: start)
        var table = AggregateTable()
        table.add(analyzed)
        return (stream, analyzed, table)
    }

    @Test func demoStreamIsDeterministicAndMarkedSynthetic() throws {
        let pack = try #require(CityPacks.pack(id: "rotterdam"))
        let a = DemoStream.generate(city: pack, days: 40, seed: 3, start: start, messagesPerAreaPerDay: 5)
        let b = DemoStream.generate(city: pack, days: 40, seed: 3, start: start, messagesPerAreaPerDay: 5)
        #expect(a.messages == b.messages && a.incidents == b.incidents && a.event == b.event)
        #expect(a.messages.allSatisfy { $0.isSynthetic && $0.source == DemoStream.source })
        #expect(a.event.seedAreas.count == 2)
        #expect(!a.event.spreadAreas.isEmpty)
        for code in a.event.spreadAreas {
            #expect(a.event.seedAreas.contains { pack.area(code: $0)?.neighbours.contains(code) == true })
        }
        // Weekly rhythm: Saturdays are busier than Mondays.
        let clock = CityClock(timeZoneIdentifier: pack.timeZone)
        var byWeekday = Array(repeating: 0, count: 7)
        for m in a.messages { byWeekday[Timestamp.weekday(ofDay: clock.dayAndHour(m.timestamp).day)] += 1 }
        #expect(byWeekday[5] > byWeekday[0])
    }

    @Test(arguments: ["london", "barcelona", "paris", "rotterdam", "stockholm"])
    func plantedHateIsMostlyLabelledHateful(city: String) throws {
        let pack = try #require(CityPacks.pack(id: city))
        let classifier = try #require(sharedClassifier)
        let stream = DemoStream.generate(city: pack, days: 50, seed: 11, start: start, messagesPerAreaPerDay: 4)
        let session = classifier.makeSession()
        let hateful = stream.messages.filter { $0.authorID.hasPrefix("h-") }
        let chatter = stream.messages.filter { $0.authorID.hasPrefix("u-") }
        let hateRate = Double(hateful.filter { session.classify($0.text, explain: false).hateful }.count) / Double(hateful.count)
        let falseRate = Double(chatter.filter { session.classify($0.text, explain: false).hateful }.count) / Double(chatter.count)
        #expect(hateRate >= 0.7, "\(city): \(hateRate) of planted hate labelled hateful")
        #expect(falseRate <= 0.1, "\(city): \(falseRate) of chatter labelled hateful")
    }

    static let eventWords = ["market", "attack", "mercado", "ataque", "mercat", "atac", "marche", "attaque", "markt",
                             "aanslag", "torget", "attacken"]

    @Test(arguments: [("paris", UInt64(5)), ("london", 2), ("barcelona", 3), ("stockholm", 4)])
    func fullPipelineFindsThePlantedEventAndTheLag(city: String, seed: UInt64) throws {
        let (stream, analyzed, table) = try run(city, seed: seed, perArea: 30)
        let event = stream.event
        #expect(analyzed.count == stream.messages.count)
        #expect(analyzed.allSatisfy { $0.reviewText != nil && !$0.authorPseudonym.contains("-") })
        let placed = Double(analyzed.filter(\.placement.isPlaced).count) / Double(analyzed.count)
        #expect(placed > 0.75)

        let pack = try #require(CityPacks.pack(id: city))
        let events = TriggerEventFinder.find(
            rows: table.rows, termRows: table.termRows, pack: pack, period: stream.period)
        let found = try #require(
            events.first { $0.targetGroup == event.targetGroup && $0.period.contains(event.startDay + 1) },
            "no event for \(event.targetGroup) around \(Timestamp.dayLabel(event.startDay)); found \(events.map { ($0.targetGroup, $0.period) })")
        #expect(abs(found.period.from - event.startDay) <= 1)
        #expect(found.period.to <= event.endDay + 2)
        let seedAreas = found.areas.filter { event.seedAreas.contains($0.areaCode) }
        #expect(seedAreas.count == event.seedAreas.count)
        for area in seedAreas { #expect(abs(area.period.from - event.startDay) <= 1, "\(area)") }
        let spreadFound = found.areas.filter { event.spreadAreas.contains($0.areaCode) }
        #expect(spreadFound.count >= event.spreadAreas.count - 1)
        for area in spreadFound { #expect(area.period.from >= event.spreadDay - 1, "\(area)") }
        let stray = found.areas.filter { !event.seedAreas.contains($0.areaCode) && !event.spreadAreas.contains($0.areaCode) }
        #expect(stray.count <= 1)
        #expect(found.terms.prefix(8).contains { t in Self.eventWords.contains { t.term.contains($0) } })
        // No other sizeable event for the event's group.
        #expect(events.filter { $0.targetGroup == event.targetGroup && $0.cityWide }.count == 1)

        let correlation = OnlineOfflineAnalysis.compute(
            rows: table.rows, incidents: stream.incidents, city: pack.id, period: stream.period,
            targetGroup: event.targetGroup, permutations: 199)
        #expect(correlation.status == .ok)
        let peak = try #require(correlation.strongestDaily)
        #expect(abs(peak.lag - event.offlineLagDays) <= 1, "peak at lag \(peak.lag), r = \(peak.correlation ?? 0)")
        #expect((peak.correlation ?? 0) > 0.4)
        #expect(!correlation.weekly.isEmpty)

        // Deleting every message of the event's seed areas on its first day takes them out of the rollups.
        var after = table
        let doomed = analyzed.filter { $0.day == event.startDay && event.seedAreas.contains($0.placement.areaCode ?? "") }
        for m in doomed { after.remove(m) }
        let map = AreaMap.compute(rows: after.rows, pack: pack, period: DayRange(from: event.startDay, to: event.startDay))
        #expect(map.areas.filter { event.seedAreas.contains($0.areaCode) }.allSatisfy { $0.messages == 0 })

        let narratives = NarrativeFinder.find(
            bags: analyzed.filter { $0.hateful && DayRange(from: event.startDay, to: event.endDay).contains($0.day) }.map(\.terms),
            background: NarrativeFinder.background(
                from: table.termRows, city: pack.id, days: DayRange(from: event.startDay - 28, to: event.startDay - 1)))
        #expect(narratives.first?.terms.contains { t in Self.eventWords.contains { t.contains($0) } } == true)
    }
}
