import CGGeo
import Foundation

/// A London stream for the fourth outside trial (`LondonTrialTests`), written from issue 5's words and the public
/// CSV schema (docs/sentiment.md §1, docs/incidents.md), apart from the demo and the three earlier trials: its own
/// random generator (`Wyrand`), English sentences (`LondonSentences`), rhythm (a late-night city: busy evenings, a
/// Saturday peak, a lie-in on Sunday), evidence and files. It knows the London pack's codes, centres and aliases,
/// and the ways Londoners write where they are (boroughs, abbreviations, neighbourhoods, postcode districts).
///
/// - 42 local days (six weeks) ending on `lastDay`, about `volume` messages a day over the 33 boroughs; 3 %
///   background hate against eight groups, 11 % friendly messages naming an identity, the rest chatter (some in
///   Polish, Spanish, French, Bengali).
/// - Two planted events: against Jewish people, in Hackney and Barnet (days 25–27) moving to their neighbours
///   Haringey and Camden (28–30); against trans people around a march, weaker and city-wide (days 10–13).
/// - Offline incidents against Jewish people drawn from the online hate against them two and three days earlier
///   (the link); against Muslims (the control group) on days drawn apart from anything online.
/// - Twelve CSV files for `commonground ingest`, as an export arrives: a backfill of five weekly files, then one a
///   day for the last week; quoted commas, quotes and newlines, an empty optional column, a BOM at the start of
///   the second and the tenth, CRLF line ends in the third, one malformed record in the fourth; the incidents one
///   CSV file for `commonground incidents import`.
struct LondonStream {
    static let city = "london"
    static let days = 42
    static let source = "ldn-feed"
    static let incidentSource = "met-verified"
    static let publicAccount = "mayoroflondon"
    static let privateAccount = "dazza_from_deptford"
    /// Every author id starts with this, so a page can be scanned for all of them at once.
    static let authorPrefix = "ldnusr_"
    static let recordPrefix = "CAD-LDN-"

    static let hackney = "E09000012", barnet = "E09000003", haringey = "E09000014", camden = "E09000007"
    static let lambeth = "E09000022", towerHamlets = "E09000030", southwark = "E09000028"

    /// Area code, share of the city's messages, centre, name, first alias (the pack's).
    static let areas: [(code: String, share: Double, lat: Double, lon: Double, name: String, alias: String?)] =
        CityPacks.london.areas.enumerated().map { index, area in
            (
                area.code, 1 + Double(index * 7 % 5) * 0.3, area.centroid.latitude, area.centroid.longitude,
                area.englishName,
                area.aliases.first {
                    !$0.contains("Borough") && !$0.contains("&") && $0.count > 4 && $0.uppercased() != $0
                }
            )
        }

    /// Author-declared locations as Londoners write them, beyond the borough's name, "Name, London" and its first
    /// alias; `places` false for what must stay unplaced: postcode districts (the gazetteer has none: a district
    /// such as N16 or SE15 crosses borough lines) and misspellings.
    static let extraDeclared: [String: [(text: String, places: Bool)]] = [
        hackney: [
            ("Shoreditch", true), ("London Fields", true), ("Stamford Hill", true), ("Dalston, E8", true),
            ("N16", false), ("Hackey", false), ("hackney", true),
        ],
        barnet: [("Golders Green", true), ("Finchley", true), ("NW11", false), ("Barnet, North London", true)],
        haringey: [
            ("Tottenham", true), ("Harringay", true), ("Seven Sisters", true), ("N17", false), ("Highgate", false),
        ],
        camden: [
            ("Kentish Town", true), ("Camden Town", true), ("NW1", false), ("Camdem", false), ("Kilburn", false),
            ("King's Cross", false),
        ],
        lambeth: [("Brixton", true), ("brixton", true), ("SW2", false), ("Clapham", false)],
        southwark: [("Peckham", true), ("SE15", false), ("Peckham Rye", true), ("London Bridge", true)],
        towerHamlets: [("Whitechapel", true), ("LBTH", true), ("E1", false), ("Bethnal Green", true)],
        "E09000013": [("H&F", true), ("Shepherd's Bush", true), ("W12", false)],
        "E09000020": [("RBKC", true), ("Notting Hill", true), ("Earls Court", false)],
        "E09000002": [("B&D", true), ("Dagenham", true)],
        "E09000023": [("Forest Hill", true), ("SE23", false)], "E09000032": [("Clapham Junction", true)],
        "E09000033": [("Oxford Street", true), ("Covent Garden", false)],
    ]

    static func declared(_ code: String) -> [(text: String, places: Bool)] {
        let area = areas.first { $0.code == code }!
        var out: [(text: String, places: Bool)] = [(area.name, true), (area.name + ", London", true)]
        if let alias = area.alias { out.append((alias, true)) }
        return out + (extraDeclared[code] ?? [])
    }

    static let vague = [
        "London", "LDN", "london innit", "North London", "Sarf London", "East End", "UK 🇬🇧", "Londres",
        "Greater London", "ENG",
    ]

    typealias Evidence = TrialEvidence

    typealias Author = TrialAuthor
    typealias Incident = TrialIncident

    typealias Message = StreamMessage<Evidence>

    static let synagogue: [(code: String, days: ClosedRange<Int>)] = [
        (hackney, 25...27), (barnet, 25...27), (haringey, 28...30), (camden, 28...30),
    ]
    static let marchDays = 10...13
    static let marchExtra = [14, 21, 17, 11]
    /// Incidents follow the online hate two and three days later.
    static let offlineLags = 2...3

    let firstDay: Int
    let volume: Double
    var lastDay: Int { firstDay + Self.days - 1 }
    private(set) var authors: [Author] = []
    private(set) var messages: [Message] = []
    private(set) var incidents: [Incident] = []
    private(set) var jewishHate = [Int](repeating: 0, count: days)
    /// The CSV exports, in order (name, contents, messages in it).
    private(set) var files: [(name: String, contents: String, count: Int)] = []
    /// The malformed record: its file, line and the schema field at fault.
    private(set) var malformed: (file: Int, line: Int, field: String) = (0, 0, "")
    private(set) var incidentFile = ""

    init(lastDay: Int, seed: UInt64 = 0x10_4D0E, volume: Double = 1_500) {
        firstDay = lastDay - Self.days + 1
        self.volume = volume
        var random = Wyrand(seed: seed)
        authors = TrialAuthor.draw(
            ordinary: 2_440, haters: 60, id: { Self.authorPrefix + String($0 * 9_311 % 99_991, radix: 16) },
            declaring: (0.25, 0.6),
            bands: (
                ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"],
                ["18-24", "25-34", "25-34", "35-44", "45–54"]
            ),
            genders: ["male", "M", "female", "F", "non-binary"], &random)
        makeMessages(&random)
        makeIncidents(&random)
        render(&random)
    }

    // MARK: - Messages

    /// 00h … 23h: late nights, a slow start, busy evenings.
    static let hourWeights: [Double] = [
        1.0, 0.7, 0.4, 0.2, 0.1, 0.15, 0.4, 0.9, 1.3, 1.1, 1.0, 1.0, 1.3, 1.2, 1.0, 1.0, 1.2, 1.6, 1.8, 1.9, 2.0, 2.2,
        2.0, 1.5,
    ]
    /// Monday … Sunday.
    static let weekdayWeights: [Double] = [0.95, 0.95, 1.0, 1.05, 1.15, 1.25, 0.85]
    static let backgroundGroups: [(String, Double)] = [
        ("muslims", 0.24), ("immigrants", 0.18), ("jews", 0.12), ("black", 0.12), ("lgb", 0.1), ("women", 0.1),
        ("trans", 0.08), ("roma", 0.06),
    ]

    private mutating func makeMessages(_ random: inout Wyrand) {
        var number = 0
        let plan = TrialPlan(
            days: Self.days, firstDay: firstDay, volume: volume, weekdayWeights: Self.weekdayWeights, hateShare: 0.03,
            backgroundGroups: Self.backgroundGroups, areas: Self.areas.map { ($0.code, $0.share) },
            cityWide: [.init(group: "trans", event: "march", days: Self.marchDays, extra: Self.marchExtra)],
            local: [.init(group: "jews", event: "synagogue", areas: Self.synagogue, base: 8)])
        plan.draw(&random) { index, area, group, event, random in
            number += 1
            messages.append(message(number: number, index: index, area: area, group: group, event: event, &random))
            if group == "jews" { jewishHate[index] += 1 }
        }
    }

    static let sentences = TrialSentences(
        hate: LondonSentences.hate, event: LondonSentences.event, friendly: LondonSentences.friendly,
        chatter: LondonSentences.chatter, friendlyShare: 0.11)

    static func pickArea(_ random: inout Wyrand) -> String { random.pick(areas.map { ($0.code, $0.share) }) }

    private func message(
        number: Int, index: Int, area: String, group: String?, event: String?, _ random: inout Wyrand
    ) -> Message {
        let drawn = Self.sentences.draw(event: event, group: group, &random)
        var text = drawn.text
        var language: String? = "en"
        // The last four chatter lines are Polish, Spanish, French and Bengali.
        if let k = drawn.chatter, k >= LondonSentences.chatter.count - 4 {
            language = ["pl", "es", "fr", "bn"][k - (LondonSentences.chatter.count - 4)]
        }
        if random.unit() < 0.3 { language = [nil, "EN", "en-GB"][random.below(3)] }
        // Some posts carry a line break (typed on a phone).
        if random.unit() < 0.03, let comma = text.firstIndex(of: ",") {
            text.replaceSubrange(comma...comma, with: ",\n")
        }
        let author = random.author(hateful: group != nil, ordinary: 2_440, haters: 60, ordinaryShare: 0.3)
        var expected: String? = area
        let u = random.unit()
        let evidence: Evidence
        let centre = Self.areas.first { $0.code == area }!
        if u < 0.28 {
            evidence = .point(centre.lat + (random.unit() - 0.5) * 0.004, centre.lon + (random.unit() - 0.5) * 0.006)
        } else if u < 0.55 {
            let name = random.element(Self.declared(area))
            evidence = .declared(name.text)
            if !name.places { expected = nil }
        } else if u < 0.64 {
            let suffix = random.element(LondonSentences.suffixes(name: centre.name, alias: centre.alias))
            text += suffix
            evidence = .named(suffix)
        } else {
            evidence = .nothing(random.unit() < 0.5 ? random.element(Self.vague) : nil)
            expected = nil
        }
        let hour = random.pick(Self.hourWeights.enumerated().map { ($0.offset, $0.element) })
        var mentions: [String] = []
        let m = random.unit()
        if m < 0.03 {
            mentions = ["@MayorofLondon"]
        } else if m < 0.05 {
            mentions = ["@" + Self.privateAccount, "mayoroflondon"]
        }
        return Message(
            id: number % 5 == 2
                ? "\(1_700_000_000_000 + number * 37)" : "ldn-\(String(number * 7_919 % 9_999_973, radix: 36))",
            day: firstDay + index, hour: hour, minute: random.below(60), second: random.below(60), text: text,
            language: language,
            author: author, evidence: evidence, expectedArea: expected, event: event, group: group,
            friendly: drawn.friendly,
            mentions: mentions)
    }

    // MARK: - Offline incidents

    /// Against Jewish people: each day, Poisson with mean 0.08 × the hateful messages against them two days before
    /// plus 0.08 × three days before. Against Muslims (control): a steady chance every day.
    private mutating func makeIncidents(_ random: inout Wyrand) {
        var number = 0
        func add(_ index: Int, _ group: String, _ random: inout Wyrand) {
            number += 1
            incidents.append(
                Incident(
                    id: Self.recordPrefix + String(format: "%07d", 310_000 + number * 17), day: firstDay + index,
                    group: group, area: Self.pickArea(&random)))
        }
        for index in 0..<Self.days {
            var mean = 0.0
            for lag in Self.offlineLags { mean += index - lag >= 0 ? 0.08 * Double(jewishHate[index - lag]) : 0.5 }
            for _ in 0..<random.poisson(mean) { add(index, "jews", &random) }
            for _ in 0..<random.poisson(0.4) { add(index, "muslims", &random) }
        }
    }

    func offline(_ group: String) -> [Int] {
        TrialIncident.perDay(incidents, group: group, firstDay: firstDay, days: Self.days)
    }

    // MARK: - Files

    static let headers = [
        "id,timestamp,text,author_id,author_location,latitude,longitude,language,reply_to,mentions,age_band,gender",
        "post_id,created_at,content,user_id,location,lat,lng,lang,in_reply_to,mentions,author_age_band,author_gender",
    ]

    private mutating func render(_ random: inout Wyrand) {
        let clock = RotterdamClock(zone: TimeZone(identifier: "Europe/London")!)
        // A backfill of five weekly exports, then one file a day for the last week.
        let spans =
            (0..<5).map { (firstDay + 7 * $0)...(firstDay + 7 * $0 + 6) }
            + (35..<Self.days).map { (firstDay + $0)...(firstDay + $0) }
        for (file, days) in spans.enumerated() {
            let crlf = file == 2
            let newline = crlf ? "\r\n" : "\n"
            var lines = [Self.headers[file % 2]]
            var line = 2, count = 0
            for (n, message) in messages.enumerated() where days.contains(message.day) {
                if file == 3 && count == 600 {
                    // An age band that is none of the schema's.
                    lines.append("bad-1,2026-12-01T10:00:00Z,Morning all,\(Self.authorPrefix)bad,,,,en,,,20-30,f")
                    malformed = (file, line, "author_age_band")
                    line += 1
                }
                let record = Self.csv(
                    message, author: authors[message.author],
                    timestamp: Self.timestamp(message, clock: clock, style: n % 7), newline: newline)
                lines.append(record)
                line += record.components(separatedBy: newline).count
                count += 1
            }
            let body = lines.joined(separator: newline) + newline
            let name =
                days.count == 1
                ? "ldn-daily-\(clock.date(days.lowerBound)).csv" : "ldn-export-week-\(clock.date(days.lowerBound)).csv"
            files.append((name, (file == 1 || file == 9 ? "\u{FEFF}" : "") + body, count))
        }
        var records = ["id,date,area,latitude,longitude,target_group,type"]
        for (n, incident) in incidents.enumerated() {
            let area = Self.areas.first { $0.code == incident.area }!
            let place =
                switch n % 3 {
                case 0: Self.quoted(area.name) + ",,"
                case 1: incident.area + ",,"
                default: String(format: ",%.4f,%.4f", area.lat, area.lon)
                }
            let type = ["Verbal abuse", "Criminal damage", "harassment", "Assault"][n % 4]
            records.append("\(incident.id),\(clock.date(incident.day)),\(place),\(incident.group),\(Self.quoted(type))")
        }
        incidentFile = records.joined(separator: "\n") + "\n"
    }

    static func timestamp(_ message: Message, clock: RotterdamClock, style: Int) -> String {
        let at = clock.instant(day: message.day, hour: message.hour, minute: message.minute, second: message.second)
        switch style {
        case 0, 1, 2:
            let (text, offset) = clock.wall(at, in: clock.zone)
            return text + offset
        case 3: return clock.wall(at, in: TimeZone(identifier: "UTC")!).0 + "Z"
        case 4: return String(Int(at.timeIntervalSince1970))
        case 5:
            return clock.date(message.day) + String(format: " %02d:%02d", message.hour, message.minute)
                + String(format: ":%02d", message.second)
        default:
            let (text, offset) = clock.wall(at, in: TimeZone(identifier: "America/New_York")!, colon: false)
            return text + offset
        }
    }

    /// One message as a CSV record; fields with commas, quotes or line breaks are quoted (quotes doubled).
    static func csv(_ message: Message, author: Author, timestamp: String, newline: String) -> String {
        var location = "", lat = "", lon = ""
        switch message.evidence {
        case .point(let a, let b):
            lat = String(format: "%.6f", a)
            lon = String(format: "%.6f", b)
        case .declared(let name): location = name
        case .nothing(let vague): location = vague ?? ""
        case .named: break
        }
        let text = message.text.replacingOccurrences(of: "\n", with: newline)
        let fields = [
            message.id, timestamp, text, author.id, location, lat, lon, message.language ?? "", "",
            message.mentions.joined(separator: " "), author.ageBand ?? "", author.gender ?? "",
        ]
        return fields.map(quoted).joined(separator: ",")
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The London trial's random numbers: wyrand (a 64-bit multiply-mix generator), Poisson by Knuth or a normal
/// approximation.
struct Wyrand: TrialRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0xA076_1D64_78BD_642F
        let product = state.multipliedFullWidth(by: state ^ 0xE703_7ED1_A0B4_28DB)
        return product.high ^ product.low
    }

    mutating func poisson(_ mean: Double) -> Int { knuthPoisson(mean, normalAbove: 40) }
}
