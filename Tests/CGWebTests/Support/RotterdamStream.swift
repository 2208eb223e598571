import Foundation

/// A Rotterdam stream for the second outside trial (`RotterdamTrialTests`), written from the issue's words and the
/// public schema (docs/sentiment.md §1, docs/incidents.md), apart from `ForeignStream` (Barcelona) and our own demo
/// generators: its own random generator, Dutch sentences, rhythm (late evenings and the hour around midnight),
/// evidence and files. It knows only the Rotterdam pack's area codes, names and aliases.
///
/// - 84 local days (twelve whole weeks and more) ending on `lastDay`, about 300 messages a day, fourteen gebieden
///   by size; 4 % background hate against eight groups, friendly chatter naming Jewish, trans, Muslim and Christian
///   neighbours.
/// - Three planted events: against Jewish people city-wide after a match (days 20–23, "stadion"); against Jewish
///   people starting in Centrum and Delfshaven (days 50–52) and moving to their neighbours Noord and
///   Kralingen-Crooswijk (53–55, "menorah"); against trans people in Feijenoord (36–38, "zwembad").
/// - Offline incidents against Jewish people drawn every day from the online hate against them three days earlier
///   (the link), and against Christians on days drawn independently of anything online (no link).
/// - Sent as an analyst's sources send them: most messages posted as JSON batches to `POST /api/v1/messages`, the
///   rest a CSV forum export read by `commonground ingest`; timestamps in every documented spelling, in
///   Amsterdam time, UTC and other zones' offsets; incidents posted to `POST /api/v1/incidents/import`.
struct RotterdamStream {
    static let city = "rotterdam"
    static let days = 84
    static let apiSource = "rdam-collector"
    static let csvSource = "rdam-forum"
    static let incidentSource = "politie-rotterdam"
    static let publicAccount = "gemeenterotterdam"
    static let privateAccount = "sanne_k_1994"
    /// Every author id starts with this, so a page can be scanned for all of them at once.
    static let authorPrefix = "rdm.gebruiker."
    static let recordPrefix = "PRT-2026-"

    /// Gebied code, share of the city's messages, centre (as the pack gives it).
    static let areas: [(code: String, share: Double, lat: Double, lon: Double)] = [
        ("CE", 0.06, 51.916, 4.477), ("CH", 0.11, 51.880, 4.475), ("DH", 0.12, 51.913, 4.446),
        ("FN", 0.12, 51.899, 4.501), ("HH", 0.02, 51.970, 4.150), ("HS", 0.07, 51.958, 4.487),
        ("HV", 0.05, 51.862, 4.363), ("IJ", 0.09, 51.888, 4.543), ("KC", 0.08, 51.927, 4.516),
        ("NO", 0.08, 51.932, 4.464), ("OS", 0.03, 51.952, 4.426), ("PA", 0.14, 51.956, 4.558),
        ("PE", 0.01, 51.888, 4.388), ("RB", 0.02, 51.916, 4.232),
    ]

    /// Author-declared locations: names, aliases, other case, "…, Rotterdam"; misspellings place nothing.
    static let declared: [String: [(text: String, places: Bool)]] = [
        "CE": [
            ("Centrum", true), ("Rotterdam Centrum", true), ("stadsdriehoek", true), ("Oude Westen, Rotterdam", true),
            ("Centrm", false),
        ],
        "CH": [
            ("Charlois", true), ("Tarwewijk", true), ("Pendrecht, Rotterdam", true), ("CARNISSE", true),
            ("Charloys", false),
        ],
        "DH": [
            ("Delfshaven", true), ("Spangen", true), ("Middelland", true), ("bospolder", true), ("Delfshafen", false),
        ],
        "FN": [
            ("Feijenoord", true), ("Feyenoord", true), ("Kop van Zuid", true), ("Afrikaanderwijk", true),
            ("Fijenoord", false),
        ],
        "HH": [("Hoek van Holland", true), ("Hook of Holland", true)],
        "HS": [("Hillegersberg", true), ("Schiebroek", true), ("Terbregge", true), ("Hillegersbrg", false)],
        "HV": [("Hoogvliet", true), ("hoogvliet-zuid", true)],
        "IJ": [
            ("IJsselmonde", true), ("Ysselmonde", true), ("Lombardijen", true), ("Beverwaard", true),
            ("Ijselmonde", false),
        ],
        "KC": [("Kralingen", true), ("Crooswijk", true), ("kralingen-crooswijk", true), ("Kralinge", false)],
        "NO": [
            ("Rotterdam-Noord", true), ("Blijdorp", true), ("Liskwartier", true), ("Oude Noorden", true),
            ("Blijdrop", false),
        ],
        "OS": [("Overschie", true), ("Kleinpolder", true), ("Overschi", false)],
        "PA": [
            ("Prins Alexander", true), ("Ommoord", true), ("Nesselande", true), ("Zevenkamp", true), ("Omoord", false),
        ],
        "PE": [("Pernis", true)],
        "RB": [("Rozenburg", true), ("Botlek", true)],
    ]

    /// A place named in the text (unambiguous aliases, written with a capital).
    static let named: [String: String] = [
        "CE": "Oude Westen", "CH": "Tarwewijk", "DH": "Spangen", "FN": "Afrikaanderwijk", "HH": "Hook of Holland",
        "HS": "Hillegersberg", "HV": "Hoogvliet", "IJ": "Lombardijen", "KC": "Kralingen", "NO": "Liskwartier",
        "OS": "Overschie", "PA": "Nesselande", "PE": "Pernis", "RB": "Rozenburg",
    ]

    static let vague = ["Rotterdam", "010", "Nederland", "Zuid-Holland", "Rotterdam-Zuid", "thuis", "NL 🇳🇱"]

    enum Evidence: Equatable {
        case point(Double, Double)
        /// Coordinates outside the city (a phone's last fix on a trip), then a declared location or nothing.
        case away(String?)
        case declared(String)
        case named
        case nothing(String?)
    }

    typealias Author = TrialAuthor
    typealias Incident = TrialIncident

    struct Message: PlacedMessage {
        var id: String
        var csv: Bool
        var day: Int
        var hour: Int
        var minute: Int
        var second: Int
        var text: String
        var author: Int
        var evidence: Evidence
        var expectedArea: String?
        /// The planted event the message belongs to (its word), if any.
        var event: String?
        /// The group the text is written against, if hateful.
        var group: String?
        var mentions: [String]

        var evidenceDescription: String { "\(evidence)" }
    }

    struct Event {
        var group: String
        var word: String
        var areas: [(code: String, days: ClosedRange<Int>)]
    }

    static let stadiumDays = 20...23
    static let stadiumExtra = [34, 26, 18, 10]
    static let menorah = Event(
        group: "jews", word: "menorah", areas: [("CE", 50...52), ("DH", 50...52), ("NO", 53...55), ("KC", 53...55)])
    static let pool = Event(group: "trans", word: "zwembad", areas: [("FN", 36...38)])
    static let offlineLag = 3

    let firstDay: Int
    var lastDay: Int { firstDay + Self.days - 1 }
    private(set) var authors: [Author] = []
    private(set) var messages: [Message] = []
    private(set) var incidents: [Incident] = []
    /// Hateful messages written against Jewish people per stream day (what the offline incidents follow).
    private(set) var jewishHate = [Int](repeating: 0, count: days)
    private(set) var csv = ""
    private(set) var csvMalformed: [(line: Int, field: String)] = []
    private(set) var apiBatches: [String] = []
    private(set) var apiMalformed: (batch: Int, index: Int, field: String) = (0, 0, "")
    private(set) var incidentBatch = ""

    init(lastDay: Int, seed: UInt64 = 0x0010_2026) {
        firstDay = lastDay - Self.days + 1
        var random = XorShift(seed: seed)
        for index in 0..<2_440 {
            let hater = index >= 2_400
            var author = Author(id: Self.authorPrefix + String(index * 104_729 % 1_000_003), ageBand: nil, gender: nil)
            if random.unit() < (hater ? 0.45 : 0.25) {
                let bands =
                    hater
                    ? ["18-24", "18-24", "25-34", "35-44", "45-54"]
                    : ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
                author.ageBand = bands[random.below(bands.count)]
                author.gender =
                    random.unit() < (hater ? 0.75 : 0.5) ? "male" : random.unit() < 0.95 ? "female" : "non-binary"
            }
            authors.append(author)
        }
        makeMessages(&random)
        makeIncidents(&random)
        render(&random)
    }

    // MARK: - Messages

    /// 00h … 23h: late evenings and the hour around midnight are busy.
    static let hourWeights: [Double] = [
        1.6, 0.8, 0.4, 0.2, 0.15, 0.2, 0.5, 1.0, 1.3, 1.2, 1.1, 1.2, 1.5, 1.3, 1.1, 1.1, 1.3, 1.5, 1.6, 1.8, 2.1, 2.3,
        2.4, 2.2,
    ]
    /// Monday … Sunday.
    static let weekdayWeights: [Double] = [1.0, 0.95, 1.0, 1.05, 1.15, 0.85, 1.25]
    static let backgroundGroups: [(String, Double)] = [
        ("jews", 0.2), ("muslims", 0.18), ("immigrants", 0.15), ("christians", 0.12), ("women", 0.1), ("lgb", 0.09),
        ("black", 0.08), ("trans", 0.08),
    ]

    private mutating func makeMessages(_ random: inout XorShift) {
        var number = 0
        let plan = TrialPlan(
            days: Self.days, firstDay: firstDay, volume: 300, weekdayWeights: Self.weekdayWeights, hateShare: 0.04,
            backgroundGroups: Self.backgroundGroups, areas: Self.areas.map { ($0.code, $0.share) },
            cityWide: [.init(group: "jews", event: "stadion", days: Self.stadiumDays, extra: Self.stadiumExtra)],
            local: [Self.menorah, Self.pool].map { .init(group: $0.group, event: $0.word, areas: $0.areas, base: 6) })
        plan.draw(&random) { index, area, group, event, random in
            number += 1
            messages.append(message(number: number, index: index, area: area, group: group, event: event, &random))
            if group == "jews" { jewishHate[index] += 1 }
        }
    }

    static func pickArea(_ random: inout XorShift) -> String { random.pick(areas.map { ($0.code, $0.share) }) }

    private func message(
        number: Int, index: Int, area: String, group: String?, event: String?, _ random: inout XorShift
    ) -> Message {
        var text: String
        if let event {
            let list = RotterdamSentences.event[event]!
            text = list[random.below(list.count)]
        } else if let group {
            let list = RotterdamSentences.hate[group]!
            text = list[random.below(list.count)]
        } else if random.unit() < 0.15 {
            text = RotterdamSentences.friendly[random.below(RotterdamSentences.friendly.count)]
        } else {
            text = RotterdamSentences.chatter[random.below(RotterdamSentences.chatter.count)]
        }
        let author = group == nil || random.unit() < 0.2 ? random.below(2_400) : 2_400 + random.below(40)
        var expected: String? = area
        let u = random.unit()
        let evidence: Evidence
        if u < 0.33 {
            let centre = Self.areas.first { $0.code == area }!
            evidence = .point(centre.lat + (random.unit() - 0.5) * 0.004, centre.lon + (random.unit() - 0.5) * 0.006)
        } else if u < 0.38 {
            // Coordinates far from Rotterdam are ignored; the declared location, if any, places the message.
            let names = Self.declared[area]!.filter(\.places)
            let name = random.unit() < 0.6 ? names[random.below(names.count)].text : nil
            evidence = .away(name)
            if name == nil { expected = nil }
        } else if u < 0.62 {
            let name = Self.declared[area]![random.below(Self.declared[area]!.count)]
            evidence = .declared(name.text)
            if !name.places { expected = nil }
        } else if u < 0.72 {
            let place = Self.named[area]!
            text += " (hier in \(place))"
            evidence = .named
        } else {
            evidence = .nothing(random.unit() < 0.5 ? Self.vague[random.below(Self.vague.count)] : nil)
            expected = nil
        }
        // A quarter of the messages are written in the hour either side of midnight.
        let hour =
            random.unit() < 0.25
            ? [23, 0][random.below(2)] : random.pick(Self.hourWeights.enumerated().map { ($0.offset, $0.element) })
        var mentions: [String] = []
        let m = random.unit()
        if m < 0.05 {
            mentions = ["@GemeenteRotterdam"]
        } else if m < 0.08 {
            mentions = ["@" + Self.privateAccount, "@GemeenteRotterdam"]
        }
        return Message(
            id: "r\(number * 7_919 % 10_000_019)", csv: random.unit() < 0.35, day: firstDay + index, hour: hour,
            minute: random.below(60), second: random.below(60), text: text, author: author, evidence: evidence,
            expectedArea: expected, event: event, group: group, mentions: mentions)
    }

    // MARK: - Offline incidents

    /// Against Jewish people: each day, Poisson with mean 0.14 × the hateful messages against them three days
    /// before. Against Christians and Muslims: a steady chance every day, unrelated to anything online.
    private mutating func makeIncidents(_ random: inout XorShift) {
        var number = 0
        func add(_ index: Int, _ group: String, _ count: Int, _ random: inout XorShift) {
            guard count > 0 else { return }
            number += 1
            incidents.append(
                Incident(
                    id: Self.recordPrefix + String(format: "%05d", 10_000 + number * 37), day: firstDay + index,
                    group: group,
                    area: Self.pickArea(&random), count: count))
        }
        for index in 0..<Self.days {
            let before = index - Self.offlineLag
            let jews = before >= 0 ? random.poisson(0.14 * Double(jewishHate[before])) : random.poisson(0.3)
            // A source that counts per day and area sends two incidents of a day as one record with a count.
            if jews >= 2 && random.unit() < 0.5 {
                add(index, "jews", 2, &random)
                for _ in 2..<jews { add(index, "jews", 1, &random) }
            } else {
                for _ in 0..<jews { add(index, "jews", 1, &random) }
            }
            add(index, "christians", random.poisson(0.3), &random)
            add(index, "muslims", random.unit() < 0.1 ? 1 : 0, &random)
        }
    }

    /// Verified incidents against a group per stream day.
    func offline(_ group: String) -> [Int] {
        TrialIncident.perDay(incidents, group: group, firstDay: firstDay, days: Self.days)
    }

    // MARK: - Files and bodies

    private mutating func render(_ random: inout XorShift) {
        let clock = RotterdamClock()
        var rows = [
            "\u{FEFF}id,datetime,message,author,author_location,latitude,longitude,language,gender,age_band,mentions"
        ]
        var csvLine = 1
        var items: [String] = []
        for (n, message) in messages.enumerated() {
            let author = authors[message.author]
            let style = n % 11
            if message.csv {
                if csvLine == 41 || csvLine == 2_002 {
                    // A gender the schema does not know, and a time nobody can read.
                    rows.append(
                        csvLine == 41
                            ? "bad-c1,2026-10-02T12:00:00+02:00,Hallo allemaal,rdm.gebruiker.bad1,,,,nl,vrouw,,"
                            : "bad-c2,gisteren om 23:10,Hallo allemaal,rdm.gebruiker.bad2,,,,nl,,,")
                    csvLine += 1
                    csvMalformed.append((csvLine, csvLine == 42 ? "author_gender" : "timestamp"))
                }
                var location = "", lat = "", lon = ""
                switch message.evidence {
                case .point(let a, let b): (lat, lon) = (String(format: "%.5f", a), String(format: "%.5f", b))
                case .away(let name): (lat, lon, location) = ("52.37021", "4.89517", name ?? "")
                case .declared(let name): location = name
                case .nothing(let vague): location = vague ?? ""
                case .named: break
                }
                let gender = author.gender.map { ["female": "woman", "male": "M", "non-binary": "nb"][$0]! } ?? ""
                let fields = [
                    message.id, clock.render(message, style: style, csv: true), message.text, author.id, location, lat,
                    lon,
                    n % 3 == 0 ? "nl-NL" : "", gender,
                    author.ageBand.map { $0.replacingOccurrences(of: "-", with: "–") } ?? "",
                    message.mentions.joined(separator: " "),
                ]
                rows.append(fields.map(Self.csvField).joined(separator: ","))
                csvLine += 1
            } else {
                if items.count == 2_500 {
                    items.append(
                        #"{"id":"bad-api","timestamp":"2026-10-02T12:00:00Z","text":"Hoi","#
                            + #""author_id":"rdm.gebruiker.bad3","author_age_band":"30-40"}"#)
                    apiMalformed = (1, 500, "author_age_band")
                }
                items.append(
                    Self.json(
                        message, author: author, timestamp: clock.render(message, style: style, csv: false),
                        variant: n % 5))
            }
        }
        csv = rows.joined(separator: "\n") + "\n"
        for start in stride(from: 0, to: items.count, by: 2_000) {
            let batch = items[start..<min(start + 2_000, items.count)].joined(separator: ",")
            apiBatches.append(#"{"source":"\#(Self.apiSource)","city":"\#(Self.city)","messages":[\#(batch)]}"#)
        }
        // Incidents as a police system posts them: places by alias, by code or by coordinates; counts per record.
        var records: [String] = []
        for (n, incident) in incidents.enumerated() {
            let centre = Self.areas.first { $0.code == incident.area }!
            let place =
                switch n % 3 {
                case 0: #""area_name":"\#(Self.declared[incident.area]!.first { $0.places }!.text)""#
                case 1: #""area":"\#(incident.area)""#
                default: String(format: #""latitude":%.4f,"longitude":%.4f"#, centre.lat, centre.lon)
                }
            let type = ["Physical assault", "threat", "graffiti", "Verbal abuse"][n % 4]
            records.append(
                #"{"id":"\#(incident.id)","date":"\#(clock.date(incident.day))",\#(place),"#
                    + #""target_group":"\#(incident.group)","type":"\#(type)","count":\#(incident.count)}"#)
        }
        let joined = records.joined(separator: ",")
        incidentBatch = #"{"source":"\#(Self.incidentSource)","city":"\#(Self.city)","incidents":[\#(joined)]}"#
    }

    /// One message as a JSON item; `variant` chooses the field names an exporter uses.
    static func json(_ message: Message, author: Author, timestamp: String, variant: Int) -> String {
        let names =
            variant == 0 ? ["post_id", "created_at", "content", "user_id"] : ["id", "timestamp", "text", "author_id"]
        let written = timestamp.allSatisfy(\.isNumber) && variant % 2 == 1 ? timestamp : jsonString(timestamp)
        var fields = [
            "\"\(names[0])\":\(jsonString(message.id))",
            "\"\(names[1])\":\(written)",
            "\"\(names[2])\":\(jsonString(message.text))", "\"\(names[3])\":\(jsonString(author.id))",
        ]
        switch message.evidence {
        case .point(let lat, let lon):
            fields.append(
                variant < 3
                    ? String(format: "\"lat\":%.5f,\"lng\":%.5f", lat, lon)
                    : String(format: "\"coordinates\":{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]}", lon, lat))
        case .away(let name):
            fields.append("\"latitude\":\"52.37021\",\"longitude\":\"4.89517\"")
            if let name { fields.append("\"location\":\(jsonString(name))") }
        case .declared(let name): fields.append("\"author_location\":\(jsonString(name))")
        case .nothing(let vague): if let vague { fields.append("\"author_location\":\(jsonString(vague))") }
        case .named: break
        }
        if variant == 2 { fields.append("\"lang\":\"NL\"") }
        if !message.mentions.isEmpty {
            fields.append("\"mentions\":[\(message.mentions.map(jsonString).joined(separator: ","))]")
        }
        if let band = author.ageBand { fields.append("\"age_band\":\(jsonString(band))") }
        if let gender = author.gender { fields.append("\"gender\":\(jsonString(gender))") }
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func jsonString(_ text: String) -> String { TrialJSON.string(text) }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

/// Amsterdam wall times, and the instants they are, written the ways sources write them.
struct RotterdamClock {
    /// The city's zone (Stockholm's trial reads the same wall clock in Europe/Stockholm).
    var zone = TimeZone(identifier: "Europe/Amsterdam")!

    func components(_ day: Int) -> DateComponents {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        return utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(day) * 86_400))
    }

    func date(_ day: Int) -> String {
        let c = components(day)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// The instant of a local wall time, by Foundation's calendar in Europe/Amsterdam.
    func instant(day: Int, hour: Int, minute: Int, second: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var c = components(day)
        (c.hour, c.minute, c.second) = (hour, minute, second)
        return calendar.date(from: c)!
    }

    /// `day`/`hour`/`minute`/`second` of `at` in `zone`, with the offset written `+hh:mm` (or `+hhmm`).
    func wall(_ at: Date, in zone: TimeZone, colon: Bool = true) -> (String, String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: at)
        let offset = zone.secondsFromGMT(for: at)
        let sign = offset < 0 ? "-" : "+"
        let text = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        return (
            text, sign + String(format: colon ? "%02d:%02d" : "%02d%02d", abs(offset) / 3_600, abs(offset) % 3_600 / 60)
        )
    }

    func render(_ message: RotterdamStream.Message, style: Int, csv: Bool) -> String {
        let at = instant(day: message.day, hour: message.hour, minute: message.minute, second: message.second)
        let utc = TimeZone(identifier: "UTC")!
        switch style {
        case 0, 1:
            let (text, offset) = wall(at, in: zone)
            return text + offset
        case 2: return wall(at, in: utc).0 + "Z"
        case 3: return wall(at, in: utc).0 + ".125Z"
        case 4: return String(Int(at.timeIntervalSince1970))
        case 5: return String(Int(at.timeIntervalSince1970) * 1_000 + 250)
        case 6:
            // Local time without an offset, a space for the T and no seconds.
            return date(message.day) + String(format: " %02d:%02d", message.hour, message.minute)
        case 7:
            // A collector in New York writes its own offset.
            let (text, offset) = wall(at, in: TimeZone(identifier: "America/New_York")!)
            return text + offset
        case 8:
            let (text, offset) = wall(at, in: TimeZone(identifier: "Asia/Kolkata")!, colon: false)
            return text + offset
        case 9:
            let (text, offset) = wall(at, in: zone, colon: false)
            return text.replacingOccurrences(of: "T", with: " ") + offset
        default:
            return wall(at, in: utc).0.replacingOccurrences(of: "T", with: " ") + "Z"
        }
    }
}

/// xorshift64* — a generator of this trial's own.
struct XorShift: TrialRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9 : seed }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }

    /// Poisson: inversion by sequential search for small means, a sum of halves for large ones.
    mutating func poisson(_ mean: Double) -> Int {
        if mean > 30 { return poisson(mean / 2) + poisson(mean / 2) }
        var k = 0, p = exp(-mean), cumulative = p
        let u = unit()
        while u > cumulative && k < 1_000 {
            k += 1
            p *= mean / Double(k)
            cumulative += p
        }
        return k
    }
}
