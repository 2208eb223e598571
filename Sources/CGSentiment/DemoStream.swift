import CGAnalytics
import CGClassifier
import CGGeo
import Foundation

/// The trigger event planted in a demo stream (the truth a test or a demo checks the analyses against).
public struct PlantedEvent: Sendable, Hashable, Codable {
    /// The targeted group (`TargetGroup` raw value).
    public var targetGroup: String
    /// The local day the event starts in the seed areas.
    public var startDay: Int
    /// The areas where it starts.
    public var seedAreas: [String]
    /// The neighbouring areas it spreads to, from ``spreadDay`` on.
    public var spreadAreas: [String]
    /// The local day it reaches the neighbouring areas.
    public var spreadDay: Int
    /// The last day with extra hate.
    public var endDay: Int
    /// Days by which offline incidents follow the extra online hate.
    public var offlineLagDays: Int
    /// The extra hateful messages planted per day, city-wide, from ``startDay`` to ``endDay``.
    public var extraPerDay: [Int]
}

/// A generated demo stream.
public struct DemoStreamResult: Sendable {
    /// The city.
    public var city: String
    /// The local days covered.
    public var period: DayRange
    /// The messages, in time order; every source is ``DemoStream/source`` (marked synthetic).
    public var messages: [IncomingMessage]
    /// Offline incidents (synthetic), per day, area and group.
    public var incidents: [OfflineIncident]
    /// The planted event.
    public var event: PlantedEvent
    /// The public-figure accounts some messages mention (others mention private accounts, which the gate drops).
    public var publicFigures: PublicFigureList
}

/// Generates a realistic synthetic stream of online messages for a city, for the demo and for tests:
/// - a daily rhythm (quiet nights, lunchtime and evening peaks) and a weekly one (busier weekends);
/// - ordinary chatter in the city's languages, about a tenth of it naming identities in a friendly or neutral
///   way, and a low background of hateful messages against several groups;
/// - a planted trigger event: from day ``PlantedEvent/startDay`` hate against one group jumps in two
///   neighbouring seed areas, and two days later spreads to their neighbours, fading over about a week;
/// - offline incidents against that group that follow the extra online hate ``PlantedEvent/offlineLagDays``
///   days later, over a low background;
/// - placement evidence of every kind: coordinates near an area's centroid, a declared location, a place name in
///   the text, or none.
///
/// The sentences are our own templates (``DemoTemplates``), never copied from a corpus. Everything is drawn from
/// `SeededGenerator(seed:)`: the same arguments give the same stream.
public enum DemoStream {
    /// The source name of every demo message: it starts with `synthetic`, so it shows as synthetic everywhere.
    public static let source = "synthetic-demo"

    /// The public accounts demo messages mention.
    public static let publicAccounts = ["cityhall", "mayoroffice", "citypolice", "localnews"]

    /// Generates `days` days from the local day of `start`, with about `messagesPerAreaPerDay` messages per area
    /// on an average day. The event starts 60% of the way through (at least 4 weeks in, so the baseline knows
    /// the weekly rhythm).
    public static func generate(
        city pack: CityPack, days: Int = 70, seed: UInt64 = 1, start: Date, messagesPerAreaPerDay: Double = 40
    ) -> DemoStreamResult {
        var rng = SeededGenerator(seed: seed ^ 0x5EED_DE30)
        let clock = CityClock(timeZoneIdentifier: pack.timeZone)
        let firstDay = clock.dayAndHour(start).day
        let days = max(days, 35)
        let period = DayRange(from: firstDay, to: firstDay + days - 1)
        let languages = pack.languages.isEmpty ? ["en"] : pack.languages
        let templates = languages.map(DemoTemplates.forLanguage)
        let groups: [TargetGroup] = [.muslims, .jews, .immigrants, .black, .lgb, .women]
        let eventGroup = [TargetGroup.muslims, .jews, .immigrants, .black][rng.nextInt(below: 4)]

        // Seed areas: an area with neighbours and one of its neighbours; the spread: their other neighbours.
        let candidates = pack.areas.filter { $0.neighbours.count >= 2 }
        let first = candidates.isEmpty ? pack.areas[0] : candidates[rng.nextInt(below: candidates.count)]
        let second = first.neighbours.isEmpty ? nil : first.neighbours[rng.nextInt(below: first.neighbours.count)]
        let seeds = [first.code] + (second.map { [$0] } ?? [])
        var spread: [String] = []
        for code in seeds {
            for n in pack.area(code: code)?.neighbours ?? [] where !seeds.contains(n) && !spread.contains(n) {
                spread.append(n)
            }
        }
        spread = Array(spread.sorted().prefix(4))
        let startDay = firstDay + max(28, days * 6 / 10)
        let spreadDay = startDay + 2
        let lag = 3
        // Extra hateful messages per area per day, from the event start.
        let seedCurve = [16.0, 24, 18, 10, 5, 2]
        let spreadCurve = [12.0, 16, 11, 6, 2]
        func extra(_ code: String, _ day: Int) -> Double {
            if seeds.contains(code) {
                let k = day - startDay
                return k >= 0 && k < seedCurve.count ? seedCurve[k] : 0
            }
            if spread.contains(code) {
                let k = day - spreadDay
                return k >= 0 && k < spreadCurve.count ? spreadCurve[k] : 0
            }
            return 0
        }

        let areaWeights = pack.areas.map { _ in 0.6 + 0.8 * rng.nextUnit() }
        let hourWeights: [Double] = [
            0.4, 0.25, 0.15, 0.1, 0.1, 0.2, 0.5, 0.9, 1.1, 1.0, 1.0, 1.1, 1.4, 1.3, 1.0, 1.0, 1.1, 1.3, 1.5, 1.7, 1.8,
            1.6, 1.2, 0.7,
        ]
        let weekdayFactor: [Double] = [0.9, 0.95, 1.0, 1.0, 1.1, 1.3, 1.2]
        var messages: [IncomingMessage] = []
        var incidents: [OfflineIncident] = []
        var counter = 0
        var extraPerDay = Array(repeating: 0, count: max(0, spreadDay + spreadCurve.count - startDay))

        for day in period.days {
            let weekday = Timestamp.weekday(ofDay: day)
            for (a, area) in pack.areas.enumerated() {
                let volume = messagesPerAreaPerDay * areaWeights[a] * weekdayFactor[weekday]
                let chatter = poisson(volume * 0.95, &rng)
                let background = poisson(volume * 0.05, &rng)
                let planted = poisson(extra(area.code, day), &rng)
                if day >= startDay, day - startDay < extraPerDay.count { extraPerDay[day - startDay] += planted }
                for kind in 0..<3 {
                    let n = [chatter, background, planted][kind]
                    for _ in 0..<n {
                        let t = templates[rng.nextInt(below: templates.count)]
                        let group: TargetGroup = kind == 2 ? eventGroup : groups[rng.nextInt(below: groups.count)]
                        counter += 1
                        messages.append(
                            message(
                                number: counter, kind: kind, templates: t, group: group, area: area, day: day,
                                hourWeights: hourWeights, clock: clock, pack: pack, rng: &rng))
                    }
                }
                // Offline incidents: a low background for every group, and the event's group after the lag.
                let offlineBackground = poisson(0.03, &rng)
                if offlineBackground > 0 {
                    incidents.append(
                        OfflineIncident(
                            day: day, areaCode: area.code, targetGroup: groups[rng.nextInt(below: groups.count)].rawValue,
                            count: offlineBackground))
                }
                let followed = poisson(0.04 + 0.15 * extra(area.code, day - lag), &rng)
                if followed > 0 {
                    incidents.append(
                        OfflineIncident(day: day, areaCode: area.code, targetGroup: eventGroup.rawValue, count: followed))
                }
            }
        }
        messages.sort { ($0.timestamp, $0.id) < ($1.timestamp, $1.id) }
        let event = PlantedEvent(
            targetGroup: eventGroup.rawValue, startDay: startDay, seedAreas: seeds, spreadAreas: spread,
            spreadDay: spreadDay, endDay: startDay + extraPerDay.count - 1, offlineLagDays: lag,
            extraPerDay: extraPerDay)
        return DemoStreamResult(
            city: pack.id, period: period, messages: messages, incidents: incidents, event: event,
            publicFigures: PublicFigureList(accounts: publicAccounts))
    }

    /// The same for a city pack id; nil for an unknown city.
    public static func generate(
        city: String, days: Int = 70, seed: UInt64 = 1, start: Date, messagesPerAreaPerDay: Double = 40
    ) -> DemoStreamResult? {
        guard let pack = CityPacks.pack(id: city) else { return nil }
        return generate(city: pack, days: days, seed: seed, start: start, messagesPerAreaPerDay: messagesPerAreaPerDay)
    }

    // MARK: - One message

    /// kind: 0 chatter, 1 background hate, 2 planted event hate.
    private static func message(
        number: Int, kind: Int, templates t: DemoTemplates, group: TargetGroup, area: Area, day: Int,
        hourWeights: [Double], clock: CityClock, pack: CityPack, rng: inout SeededGenerator
    ) -> IncomingMessage {
        // Placement evidence: 45% coordinates, 25% declared location, 12% place in the text, 18% none.
        let evidence = rng.nextUnit()
        var coordinates: GeoPoint?
        var declared: String?
        var placeInText = false
        if evidence < 0.45 {
            // Within about 250 m of the centroid, so the nearest centroid is the area's own.
            let dLat = (rng.nextUnit() - 0.5) * 0.0045
            let dLon = (rng.nextUnit() - 0.5) * 0.0045 / max(0.2, cos(area.centroid.latitude * .pi / 180))
            coordinates = GeoPoint(latitude: area.centroid.latitude + dLat, longitude: area.centroid.longitude + dLon)
        } else if evidence < 0.70 {
            declared = rng.nextUnit() < 0.8 ? area.localName : "\(area.localName), \(pack.name)"
        } else if evidence < 0.82 {
            placeInText = true
        }
        let place = placeInText ? t.placePhrase.replacingOccurrences(of: "{A}", with: area.localName) : ""
        let names = t.groups[group] ?? ["people"]
        let name = names[rng.nextInt(below: names.count)]
        var text: String
        switch kind {
        case 0:
            let identity = rng.nextUnit() < 0.12
            let pool = identity ? t.identityChatter : t.chatter
            text = pool[rng.nextInt(below: pool.count)]
        case 1:
            text = t.hate[rng.nextInt(below: t.hate.count)]
        default:
            text = t.eventHate[rng.nextInt(below: t.eventHate.count)]
        }
        text = text.replacingOccurrences(of: "{G}", with: name)
        if kind == 0 {
            text = text.replacingOccurrences(of: "{P}", with: place)
        } else {
            // Hateful templates name a place as an object ("ruining {P}") or not at all.
            let object = placeInText ? area.localName : (t.language == "en" ? "this city" : pack.name)
            text = text.replacingOccurrences(of: "{P}", with: object)
            if placeInText && !text.contains(area.localName) { text += t.placePhrase.replacingOccurrences(of: "{A}", with: area.localName) }
            text = t.prefixes[rng.nextInt(below: t.prefixes.count)] + text + t.suffixes[rng.nextInt(below: t.suffixes.count)]
        }
        // Authors: a pool per area; hateful messages come from a smaller pool of repeat posters.
        let pool = kind == 0 ? 400 : 40
        let authorNumber = rng.nextInt(below: pool)
        let authorID = "\(kind == 0 ? "u" : "h")-\(area.code)-\(authorNumber)"
        let profile = stableHash(authorID)
        let ageBand: AgeBand? = profile % 10 < 4 ? AgeBand.allCases[Int(profile / 10 % 7)] : nil
        let gender: AuthorGender? = profile % 10 < 4 ? (profile / 70 % 5 < 2 ? .female : .male) : nil
        var mentions: [String] = []
        let m = rng.nextUnit()
        if m < 0.05 {
            mentions = [publicAccounts[rng.nextInt(below: publicAccounts.count)]]
        } else if m < 0.08 {
            mentions = ["friend\(rng.nextInt(below: 999))"]
        }
        // Time: an hour from the daily profile, a random minute and second, local → UTC.
        let total = hourWeights.reduce(0, +)
        var pick = rng.nextUnit() * total
        var hour = 0
        while hour < 23, pick >= hourWeights[hour] {
            pick -= hourWeights[hour]
            hour += 1
        }
        let localSeconds = Double(day) * 86_400 + Double(hour * 3600 + rng.nextInt(below: 3600))
        let offset = clock.offsetSeconds(at: Date(timeIntervalSince1970: localSeconds))
        let timestamp = Date(timeIntervalSince1970: localSeconds - Double(offset))
        return IncomingMessage(
            id: "demo-\(pack.id)-\(number)", source: source, timestamp: timestamp, text: text,
            language: rng.nextUnit() < 0.5 ? t.language : nil, authorID: authorID, declaredLocation: declared,
            coordinates: coordinates, mentions: mentions, replyTo: nil, authorAgeBand: ageBand, authorGender: gender)
    }

    private static func stableHash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01B3
        }
        return h >> 8
    }

    /// A Poisson draw (Knuth's method for small means, a rounded normal for large ones).
    static func poisson(_ mean: Double, _ rng: inout SeededGenerator) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 40 {
            let u1 = max(rng.nextUnit(), 1e-12), u2 = rng.nextUnit()
            let z = (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
            return max(0, Int((mean + z * mean.squareRoot()).rounded()))
        }
        let limit = exp(-mean)
        var k = 0
        var p = 1.0
        repeat {
            k += 1
            p *= rng.nextUnit()
        } while p > limit
        return k - 1
    }
}
