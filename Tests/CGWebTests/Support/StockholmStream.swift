import Foundation

/// A Stockholm stream for the third outside trial (`StockholmTrialTests`), written from issue 5's words and the
/// public schema (docs/sentiment.md §1, docs/incidents.md), apart from the demo, `ForeignStream` (Barcelona) and
/// `RotterdamStream`: its own random generator (`PCG`), Swedish sentences (`StockholmSentences`), rhythm
/// (commutes, lunch, Friday evenings, quiet Sunday mornings), evidence and file. It knows only the Stockholm pack's
/// area codes and centres, and the names people write for its districts.
///
/// - 49 local days (seven weeks, across the end of summer time) ending on `lastDay`, about `volume` messages a
///   day, thirteen stadsdelsområden by size; 3 % background hate against nine groups, 12 % friendly messages
///   naming Muslims, Jews, gay and trans people, Sami, Somali and Roma people, women and Swedes.
/// - Two planted events: against Muslims after a mosque fire, starting in Rinkeby-Kista and Spånga-Tensta (days
///   30–32) and moving to their neighbours Hässelby-Vällingby and Bromma (33–35); against gay people around Pride,
///   weaker and city-wide (days 14–17).
/// - Offline incidents against Muslims drawn each day from the online hate against them four days earlier (the
///   link), and against Jewish people on days drawn apart from anything online (no link).
/// - One JSONL file for `commonground ingest`, timestamps in several spellings and zones, coordinates in three
///   shapes, one malformed line; the incidents a JSONL file for `commonground incidents import`.
struct StockholmStream {
    static let city = "stockholm"
    static let days = 49
    static let source = "sthlm-flode"
    static let incidentSource = "polisen-sthlm"
    static let publicAccount = "stockholmsstad"
    static let privateAccount = "lisa_i_bagis"
    /// Every author id starts with this, so a page can be scanned for all of them at once.
    static let authorPrefix = "sthlm.anv."
    static let recordPrefix = "PM-2026-"

    /// Area code, share of the city's messages, centre (the pack's).
    static let areas: [(code: String, share: Double, lat: Double, lon: Double)] = [
        ("BR", 0.09, 59.341, 17.936), ("EAV", 0.11, 59.278, 18.053), ("FA", 0.06, 59.252, 18.092),
        ("HA", 0.10, 59.292, 17.990), ("HV", 0.07, 59.372, 17.833), ("KH", 0.07, 59.329, 18.015),
        ("NM", 0.08, 59.340, 18.052), ("OM", 0.08, 59.345, 18.099), ("RK", 0.05, 59.409, 17.921),
        ("SH", 0.04, 59.285, 17.906), ("SK", 0.05, 59.264, 18.142), ("SO", 0.15, 59.315, 18.069),
        ("ST", 0.05, 59.383, 17.899),
    ]

    /// Author-declared locations as Stockholmers write them; `places` false for what must stay unplaced (a
    /// lower-case "söder" is a direction, "Järva" spans two areas, misspellings).
    static let declared: [String: [(text: String, places: Bool)]] = [
        "BR": [("Bromma", true), ("Alvik", true), ("Brommaplan", true), ("bromma, sthlm", true), ("Bromms", false)],
        "EAV": [
            ("Årsta", true), ("Enskede", true), ("Johanneshov", true), ("Globen", true), ("Enskede-Årsta-Vantör", true),
        ],
        "FA": [("Farsta", true), ("Hökarängen", true), ("Farsta centrum", true), ("Gubbängen", true)],
        "HA": [
            ("Liljeholmen", true), ("Hägersten", true), ("Älvsjö", true), ("Midsommarkransen", true),
            ("Liljeholmn", false),
        ],
        "HV": [("Vällingby", true), ("Hässelby strand", true), ("Vallingby", true), ("Hässelby-Vällingby", true)],
        "KH": [
            ("Kungsholmen", true), ("kungsholmen", true), ("Fridhemsplan", true), ("Kungsholmen, Stockholm", true),
            ("Kunsholmen", false),
        ],
        "NM": [("Vasastan", true), ("Norrmalm", true), ("Odenplan", true), ("Stockholm City", false)],
        "OM": [
            ("Östermalm", true), ("Ostermalm", true), ("Gärdet", true), ("Stureplan", true), ("Östermalm, Sthlm", true),
        ],
        "RK": [
            ("Rinkeby-Kista", true), ("Rinkeby", true), ("Husby", true), ("Kista", true), ("Akalla", true),
            ("Järva", false), ("Rinkby", false),
        ],
        "SH": [("Skärholmen", true), ("Skarholmen", true), ("Bredäng", true), ("Sätra", true), ("Vårberg", true)],
        "SK": [("Skarpnäck", true), ("Bagarmossen", true), ("Björkhagen", true)],
        "SO": [
            ("Södermalm", true), ("Söder", true), ("SÖDER", true), ("Sodermalm", true), ("Hornstull", true),
            ("Medborgarplatsen", true), ("Södermalm, Stockholm", true), ("söder", false), ("Södermallm", false),
        ],
        "ST": [
            ("Tensta", true), ("Spånga", true), ("Hjulsta", true), ("Spånga-Tensta", true), ("Järva", false),
            ("Tenstaa", false),
        ],
    ]

    static let vague = ["Stockholm", "Sthlm", "08", "Sverige", "Stockholm, Sweden", "Söderort", "🇸🇪", "Stockholms län"]

    enum Evidence: Equatable {
        /// `shape` 0: latitude/longitude numbers, 1: lat/lng strings, 2: a GeoJSON Point.
        case point(Double, Double, shape: Int)
        case declared(String)
        case named(String)
        case nothing(String?)
    }

    typealias Author = TrialAuthor
    typealias Incident = TrialIncident

    typealias Message = StreamMessage<Evidence>

    struct Event {
        var group: String
        var name: String
        var areas: [(code: String, days: ClosedRange<Int>)]
    }

    static let mosque = Event(
        group: "muslims", name: "moske", areas: [("RK", 30...32), ("ST", 30...32), ("HV", 33...35), ("BR", 33...35)])
    static let prideDays = 14...17
    static let prideExtra = [16, 22, 18, 12]
    static let offlineLag = 4

    let firstDay: Int
    let volume: Double
    var lastDay: Int { firstDay + Self.days - 1 }
    private(set) var authors: [Author] = []
    private(set) var messages: [Message] = []
    private(set) var incidents: [Incident] = []
    /// Hateful messages written against Muslims per stream day (what the offline incidents follow).
    private(set) var muslimHate = [Int](repeating: 0, count: days)
    private(set) var jsonl = ""
    /// The malformed line of the file: its number and the schema field at fault.
    private(set) var malformed: (line: Int, field: String) = (0, "")
    private(set) var incidentFile = ""

    init(lastDay: Int, seed: UInt64 = 0x5710_C401, volume: Double = 1_800) {
        firstDay = lastDay - Self.days + 1
        self.volume = volume
        var random = PCG(seed: seed)
        authors = TrialAuthor.draw(
            ordinary: 3_000, haters: 60, id: { Self.authorPrefix + String($0 * 7_727 % 100_003) },
            declaring: (0.3, 0.5),
            bands: (
                ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"], ["18-24", "18–24", "25-34", "25-34", "35-44"]
            ),
            genders: ["m", "male", "f", "female", "nb"], &random)
        makeMessages(&random)
        makeIncidents(&random)
        render(&random)
    }

    // MARK: - Messages

    /// 00h … 23h: commutes, lunch, the evening; little at night.
    static let hourWeights: [Double] = [
        0.5, 0.25, 0.12, 0.08, 0.08, 0.2, 0.7, 1.6, 1.8, 1.2, 1.0, 1.1, 1.6, 1.2, 1.0, 1.1, 1.5, 1.8, 1.6, 1.5, 1.9,
        2.1, 1.8, 1.0,
    ]
    /// Monday … Sunday.
    static let weekdayWeights: [Double] = [1.0, 0.97, 1.0, 1.04, 1.2, 0.95, 0.8]
    static let backgroundGroups: [(String, Double)] = [
        ("muslims", 0.22), ("immigrants", 0.15), ("jews", 0.12), ("lgb", 0.1), ("women", 0.1), ("roma", 0.08),
        ("black", 0.08), ("trans", 0.07), ("white", 0.08),
    ]

    private mutating func makeMessages(_ random: inout PCG) {
        var number = 0
        let plan = TrialPlan(
            days: Self.days, firstDay: firstDay, volume: volume, weekdayWeights: Self.weekdayWeights, hateShare: 0.03,
            backgroundGroups: Self.backgroundGroups, areas: Self.areas.map { ($0.code, $0.share) },
            cityWide: [.init(group: "lgb", event: "pride", days: Self.prideDays, extra: Self.prideExtra)],
            local: [.init(group: "muslims", event: "moske", areas: Self.mosque.areas, base: 8)])
        plan.draw(&random) { index, area, group, event, random in
            number += 1
            messages.append(message(number: number, index: index, area: area, group: group, event: event, &random))
            if group == "muslims" { muslimHate[index] += 1 }
        }
    }

    static let sentences = TrialSentences(
        hate: StockholmSentences.hate, event: StockholmSentences.event, friendly: StockholmSentences.friendly,
        chatter: StockholmSentences.chatter, friendlyShare: 0.12)

    static func pickArea(_ random: inout PCG) -> String { random.pick(areas.map { ($0.code, $0.share) }) }

    private func message(
        number: Int, index: Int, area: String, group: String?, event: String?, _ random: inout PCG
    ) -> Message {
        let drawn = Self.sentences.draw(event: event, group: group, &random)
        var text = drawn.text
        let author = random.author(hateful: group != nil, ordinary: 3_000, haters: 60, ordinaryShare: 0.25)
        var expected: String? = area
        let u = random.unit()
        let evidence: Evidence
        if u < 0.3 {
            let centre = Self.areas.first { $0.code == area }!
            evidence = .point(
                centre.lat + (random.unit() - 0.5) * 0.003, centre.lon + (random.unit() - 0.5) * 0.005,
                shape: random.below(3))
        } else if u < 0.55 {
            let name = random.element(Self.declared[area]!)
            evidence = .declared(name.text)
            if !name.places { expected = nil }
        } else if u < 0.65 {
            let suffix = random.element(StockholmSentences.namedSuffix[area]!)
            text += suffix
            evidence = .named(suffix)
        } else {
            evidence = .nothing(random.unit() < 0.5 ? random.element(Self.vague) : nil)
            expected = nil
        }
        let hour = random.pick(Self.hourWeights.enumerated().map { ($0.offset, $0.element) })
        var mentions: [String] = []
        let m = random.unit()
        if m < 0.04 {
            mentions = ["@StockholmsStad"]
        } else if m < 0.06 {
            mentions = ["@" + Self.privateAccount, "@stockholmsstad"]
        }
        return Message(
            // Some exporters write numeric ids; the schema reads them as text.
            id: number % 8 == 3 ? "\(900_000_000 + number)" : "s\(String(number * 104_651 % 9_999_991, radix: 36))",
            day: firstDay + index, hour: hour,
            minute: random.below(60), second: random.below(60), text: text, author: author, evidence: evidence,
            expectedArea: expected, event: event, group: group, friendly: drawn.friendly, mentions: mentions)
    }

    // MARK: - Offline incidents

    /// Against Muslims: each day, Poisson with mean 0.15 × the hateful messages against them four days before.
    /// Against Jewish people: a steady chance every day, unrelated to anything online.
    private mutating func makeIncidents(_ random: inout PCG) {
        var number = 0
        func add(_ index: Int, _ group: String, _ random: inout PCG) {
            number += 1
            incidents.append(
                Incident(
                    id: Self.recordPrefix + String(format: "%06d", 40_000 + number * 13), day: firstDay + index,
                    group: group,
                    area: Self.pickArea(&random)))
        }
        for index in 0..<Self.days {
            let before = index - Self.offlineLag
            let muslims = before >= 0 ? random.poisson(0.15 * Double(muslimHate[before])) : random.poisson(1)
            for _ in 0..<muslims { add(index, "muslims", &random) }
            for _ in 0..<random.poisson(0.35) { add(index, "jews", &random) }
        }
    }

    /// Verified incidents against a group per stream day.
    func offline(_ group: String) -> [Int] {
        TrialIncident.perDay(incidents, group: group, firstDay: firstDay, days: Self.days)
    }

    // MARK: - Files

    private mutating func render(_ random: inout PCG) {
        let clock = StockholmClock()
        var lines: [String] = []
        for (n, message) in messages.enumerated() {
            if lines.count == 777 {
                // A coordinate pair with its latitude out of range.
                lines.append(
                    #"{"id":"trasig-1","timestamp":"2026-11-02T10:00:00+01:00","text":"Hej hej","#
                        + #""author_id":"sthlm.anv.trasig","latitude":159.3,"longitude":18.0}"#)
                malformed = (lines.count, "latitude")
            }
            lines.append(
                Self.json(
                    message, author: authors[message.author], timestamp: clock.render(message, style: n % 9),
                    variant: n % 4, n: n))
        }
        jsonl = lines.joined(separator: "\n") + "\n"
        // The police's records: places by name, by code or by coordinates.
        var records: [String] = []
        for (n, incident) in incidents.enumerated() {
            let centre = Self.areas.first { $0.code == incident.area }!
            let place =
                switch n % 3 {
                case 0: #""area_name":"\#(Self.declared[incident.area]!.first { $0.places }!.text)""#
                case 1: #""area":"\#(incident.area)""#
                default: String(format: #""latitude":%.4f,"longitude":%.4f"#, centre.lat, centre.lon)
                }
            let type = ["Verbal abuse", "threat", "graffiti", "Physical assault", "vandalism"][n % 5]
            records.append(
                #"{"id":"\#(incident.id)","date":"\#(clock.date(incident.day))",\#(place),"#
                    + #""target_group":"\#(incident.group)","type":"\#(type)"}"#)
        }
        incidentFile = records.joined(separator: "\n") + "\n"
    }

    /// One message as a JSONL line; `variant` chooses the field names an exporter uses.
    static func json(_ message: Message, author: Author, timestamp: String, variant: Int, n: Int) -> String {
        let names =
            variant == 1 ? ["post_id", "created_at", "content", "user_id"] : ["id", "timestamp", "text", "author_id"]
        let id = message.id.allSatisfy(\.isNumber) ? message.id : jsonString(message.id)
        var fields = [
            "\"\(names[0])\":\(id)",
            "\"\(names[1])\":\(timestamp.allSatisfy(\.isNumber) ? timestamp : jsonString(timestamp))",
            "\"\(names[2])\":\(jsonString(message.text))", "\"\(names[3])\":\(jsonString(author.id))",
        ]
        switch message.evidence {
        case .point(let lat, let lon, let shape):
            let pair: String =
                switch shape {
                case 0: String(format: "\"latitude\":%.6f,\"longitude\":%.6f", lat, lon)
                case 1: String(format: "\"lat\":\"%.5f\",\"lng\":\"%.5f\"", lat, lon)
                default: String(format: "\"coordinates\":{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]}", lon, lat)
                }
            fields.append(pair)
        case .declared(let name):
            fields.append("\"\(variant == 2 ? "location" : "author_location")\":\(jsonString(name))")
        case .nothing(let vague): if let vague { fields.append("\"author_location\":\(jsonString(vague))") }
        case .named: break
        }
        fields.append(["\"language\":\"sv\"", "\"lang\":\"sv-SE\"", "\"language\":null", "\"lang\":\"SV\""][variant])
        if !message.mentions.isEmpty {
            fields.append("\"mentions\":[\(message.mentions.map(jsonString).joined(separator: ","))]")
        }
        if let band = author.ageBand { fields.append("\"age_band\":\(jsonString(band))") }
        if let gender = author.gender { fields.append("\"gender\":\(jsonString(gender))") }
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func jsonString(_ text: String) -> String { TrialJSON.string(text) }
}

/// Stockholm wall times, and the instants they are, written the ways sources write them (the wall clock of the
/// Rotterdam trial, in Europe/Stockholm; the spellings are this trial's).
struct StockholmClock {
    let base = RotterdamClock(zone: TimeZone(identifier: "Europe/Stockholm")!)
    var zone: TimeZone { base.zone }

    func date(_ day: Int) -> String { base.date(day) }
    func instant(day: Int, hour: Int, minute: Int, second: Int) -> Date {
        base.instant(day: day, hour: hour, minute: minute, second: second)
    }
    func wall(_ at: Date, in zone: TimeZone, colon: Bool = true) -> (String, String) {
        base.wall(at, in: zone, colon: colon)
    }

    func render(_ message: StockholmStream.Message, style: Int) -> String {
        let at = instant(day: message.day, hour: message.hour, minute: message.minute, second: message.second)
        let utc = TimeZone(identifier: "UTC")!
        switch style {
        case 0, 1, 2:
            let (text, offset) = wall(at, in: zone)
            return text + offset
        case 3: return wall(at, in: utc).0 + "Z"
        case 4: return String(Int(at.timeIntervalSince1970))
        case 5:
            // Local time without an offset, a space for the T.
            return date(message.day) + String(format: " %02d:%02d:%02d", message.hour, message.minute, message.second)
        case 6:
            let (text, offset) = wall(at, in: TimeZone(identifier: "Europe/London")!, colon: false)
            return text + offset
        case 7: return wall(at, in: utc).0 + ".000Z"
        default: return String(Int(at.timeIntervalSince1970) * 1_000 + 500)
        }
    }
}

/// The Stockholm trial's random numbers: a SplitMix-style 64-bit generator, Poisson by Knuth or a normal
/// approximation above 50.
struct PCG: TrialRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func poisson(_ mean: Double) -> Int { knuthPoisson(mean, normalAbove: 50) }
}
