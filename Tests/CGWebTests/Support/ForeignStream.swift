import Foundation

/// A Barcelona social-media stream written for the outside trial (`ForeignStreamTrialTests`), independently of
/// `PlantedCityStream`, `PlantedStream` and `DemoStream`: its own sentences (Spanish and Catalan), rhythm, areas,
/// placement evidence, authors, events and offline incidents, rendered as the files a platform export or a police
/// export would be (`jsonl`, `csv`, `incidentsCSV`). It only knows the public schema (docs/sentiment.md §1,
/// docs/incidents.md) and the Barcelona district codes; every expected answer comes from what it planted.
///
/// - 56 local days ending on `lastDay`; about 360 messages a day (weekends more, nights quiet), ten districts by
///   size; 3.5 % background hate against seven groups, 12 % friendly chatter naming an identity.
/// - Three planted events: against Muslims city-wide (days 26–29 of the stream, "atentado del metro"), against
///   LGB people in two neighbouring districts, Eixample and Gràcia (days 36–39, "pancarta"), and against
///   immigrants moving from Sant Andreu (48–50) to Nou Barris (50–52) to Horta-Guinardó (52–54) ("okupas").
/// - Verified offline incidents against Muslims two days after each day of the city-wide event, plus a thin
///   background for several groups, as a police export (CSV, areas by name or coordinates).
/// - Placement as a real stream carries it: coordinates (three spellings), an author-declared location (names,
///   aliases, other case and accents, misspellings that must stay unplaced), a place named in the text, nothing.
/// - Malformed records at known lines of both files.
struct ForeignStream {
    static let city = "barcelona"
    static let days = 56
    static let jsonlSource = "bcn-xarxa"
    static let csvSource = "bcn-forum"
    static let apiSource = "bcn-collector"
    static let incidentSource = "mossos-export"
    static let publicAccount = "ajuntamentbcn"
    static let privateAccount = "marta_rv88_private"
    /// Every author id starts with this, so a page can be scanned for any of them at once.
    static let authorPrefix = "autor-bcn-"

    /// The districts (code, share of the city's messages).
    static let areas: [(code: String, share: Double)] = [
        ("01", 0.09), ("02", 0.17), ("03", 0.11), ("04", 0.05), ("05", 0.08),
        ("06", 0.08), ("07", 0.10), ("08", 0.10), ("09", 0.09), ("10", 0.13),
    ]

    /// What a message carries that can place it.
    enum Evidence: Equatable {
        case latLon(Double, Double)
        case geoJSONPoint(Double, Double)
        case bareArray(Double, Double)
        case declared(String)
        case inText
        case nothing(String?)
    }

    struct Author {
        var id: String
        var ageBand: String?
        var gender: String?
    }

    struct Message {
        var id: String
        var csv: Bool
        /// Posted through the API rather than written to the JSONL file.
        var api: Bool
        var day: Int
        var hour: Int
        var minute: Int
        var second: Int
        var text: String
        var language: String?
        var author: Int
        var evidence: Evidence
        /// The district the product should place it in, or nil for unplaced.
        var expectedArea: String?
        /// Non-nil for the planted events' messages: the event's group.
        var plantedGroup: String?
        var mentions: [String]
    }

    struct Incident {
        var id: String
        var day: Int
        var group: String
        var area: String
        /// How the record names its place: a name, or the district's coordinates.
        var byName: String?
    }

    /// A planted event: its group and, per district, its days (stream indices) and extra hateful messages a day.
    struct Event {
        var group: String
        var word: String
        var areas: [(code: String, days: ClosedRange<Int>)]
        var cityWide: Bool
    }

    let firstDay: Int
    var lastDay: Int { firstDay + Self.days - 1 }
    private(set) var authors: [Author] = []
    private(set) var messages: [Message] = []
    private(set) var incidents: [Incident] = []
    /// Extra hateful messages of the city-wide event per stream day.
    private(set) var cityWideExtra: [Int: Int] = [:]
    /// Lines of the JSONL and CSV files that are malformed, with the field the reader should name.
    private(set) var jsonlMalformed: [(line: Int, field: String?)] = []
    private(set) var csvMalformed: [(line: Int, field: String?)] = []
    private(set) var jsonl = ""
    private(set) var csv = ""
    /// Bodies of `POST /api/v1/messages`, and the malformed item (batch 0) with its field.
    private(set) var apiBatches: [String] = []
    private(set) var apiMalformed: [(index: Int, field: String)] = []
    private(set) var incidentsCSV = ""

    static let muslimEvent = Event(group: "muslims", word: "atentado", areas: [], cityWide: true)
    static let muslimDays = 26...29
    static let muslimExtra = [30, 42, 28, 14]
    static let offlineLag = 2
    static let lgbEvent = Event(group: "lgb", word: "pancarta", areas: [("02", 36...39), ("06", 36...39)], cityWide: false)
    static let immigrantEvent = Event(
        group: "immigrants", word: "okupas", areas: [("09", 48...50), ("08", 50...52), ("07", 52...54)], cityWide: false)

    /// Ordinary messages a day on an average weekday (the planted events keep their sizes).
    let volume: Double

    init(lastDay: Int, seed: UInt64 = 0xBC_2026, volume: Double = 360) {
        firstDay = lastDay - Self.days + 1
        self.volume = volume
        var random = SplitMix(seed: seed)
        makeAuthors(&random)
        makeMessages(&random)
        makeIncidents(&random)
        renderFiles()
    }

    // MARK: - Authors

    private static let ageBands = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
    private static let genders = ["female", "male", "non-binary"]

    /// 3,000 ordinary authors, then 80 who write the hate; about a third of the ordinary ones and 60 % of the others
    /// say their age band and gender.
    private mutating func makeAuthors(_ random: inout SplitMix) {
        for index in 0..<3_080 {
            let hater = index >= 3_000
            let says = random.unit() < (hater ? 0.6 : 0.33)
            var author = Author(id: Self.authorPrefix + String(format: "%05x", index * 7_919 % 1_048_573) + "-q", ageBand: nil, gender: nil)
            if says {
                let bands = hater ? ["18-24", "18-24", "25-34", "25-34", "35-44", "45-54", "55-64"] : Self.ageBands
                author.ageBand = bands[random.below(bands.count)]
                author.gender = hater ? (random.unit() < 0.8 ? "male" : "female") : Self.genders[random.below(random.unit() < 0.97 ? 2 : 3)]
            }
            authors.append(author)
        }
    }

    var haters: Range<Int> { 3_000..<3_080 }

    // MARK: - Messages

    private static let hourWeights: [Double] = [
        0.6, 0.35, 0.2, 0.15, 0.12, 0.2, 0.5, 1.1, 1.6, 1.7, 1.6, 1.7,
        2.0, 2.2, 2.0, 1.6, 1.5, 1.7, 2.0, 2.3, 2.5, 2.4, 1.9, 1.2,
    ]
    /// Monday … Sunday.
    private static let weekdayWeights: [Double] = [0.9, 0.95, 1.0, 1.0, 1.1, 1.3, 1.2]

    private mutating func makeMessages(_ random: inout SplitMix) {
        var counter = 0
        for index in 0..<Self.days {
            let day = firstDay + index
            // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
            let volume = self.volume * Self.weekdayWeights[(day + 3) % 7] * (1 + 0.1 * sin(Double(index) / 9))
            let count = random.poisson(volume)
            for _ in 0..<count {
                counter += 1
                let area = Self.pickArea(&random)
                let hateful = random.unit() < 0.035
                let group = hateful ? Self.pick(Self.backgroundGroups, &random) : nil
                messages.append(makeMessage(
                    number: counter, day: day, area: area, hatefulGroup: group, event: nil, random: &random))
            }
            // The planted events.
            if let offset = Self.muslimDays.firstIndex(of: index).map({ Self.muslimDays.distance(from: Self.muslimDays.startIndex, to: $0) }) {
                let extra = Self.muslimExtra[offset]
                cityWideExtra[index] = extra
                for _ in 0..<extra {
                    counter += 1
                    messages.append(makeMessage(
                        number: counter, day: day, area: Self.pickArea(&random), hatefulGroup: "muslims",
                        event: Self.muslimEvent, random: &random))
                }
            }
            for event in [Self.lgbEvent, Self.immigrantEvent] {
                for (code, days) in event.areas where days.contains(index) {
                    let extra = event.group == "lgb" ? 5 + random.below(4) : 6 + random.below(4)
                    for _ in 0..<extra {
                        counter += 1
                        messages.append(makeMessage(
                            number: counter, day: day, area: code, hatefulGroup: event.group, event: event,
                            random: &random))
                    }
                }
            }
        }
        messages.sort { ($0.day, $0.hour, $0.minute, $0.second, $0.id) < ($1.day, $1.hour, $1.minute, $1.second, $1.id) }
    }

    private static let backgroundGroups: [(String, Double)] = [
        ("muslims", 0.22), ("immigrants", 0.24), ("lgb", 0.12), ("women", 0.16), ("jews", 0.08), ("roma", 0.12),
        ("black", 0.06),
    ]

    private static func pickArea(_ random: inout SplitMix) -> String {
        pick(areas.map { ($0.code, $0.share) }, &random)
    }

    private static func pick<T>(_ weighted: [(T, Double)], _ random: inout SplitMix) -> T {
        var u = random.unit() * weighted.reduce(0) { $0 + $1.1 }
        for (value, weight) in weighted {
            u -= weight
            if u <= 0 { return value }
        }
        return weighted[weighted.count - 1].0
    }

    private mutating func makeMessage(
        number: Int, day: Int, area: String, hatefulGroup: String?, event: Event?, random: inout SplitMix
    ) -> Message {
        let hour = Self.pick(Self.hourWeights.enumerated().map { ($0.offset, $0.element) }, &random)
        let catalan = random.unit() < 0.4
        var text: String
        if let hatefulGroup {
            let list = event.map { ForeignSentences.eventHate($0.group, catalan: catalan) }
                ?? ForeignSentences.hate(hatefulGroup, catalan: catalan)
            text = list[random.below(list.count)]
        } else if random.unit() < 0.12 {
            let list = ForeignSentences.friendly(catalan: catalan)
            text = list[random.below(list.count)]
        } else {
            let list = ForeignSentences.chatter(catalan: catalan)
            text = list[random.below(list.count)]
        }
        // Most hate comes from a few accounts; some from ordinary ones, whose rarer age bands make small cells.
        let author = hatefulGroup == nil || random.unit() < 0.15 ? random.below(3_000) : haters.lowerBound + random.below(haters.count)
        // Placement evidence: 40 % coordinates, 25 % a declared location, 12 % a place in the text, the rest none.
        let u = random.unit()
        let evidence: Evidence
        var expected: String? = area
        let centre = ForeignPlaces.centroids[area]!
        // Within about 250 m of the district's centre, so the nearest centre is always its own.
        let lat = centre.0 + (random.unit() - 0.5) * 0.004
        let lon = centre.1 + (random.unit() - 0.5) * 0.005
        if u < 0.40 {
            let style = random.unit()
            evidence = style < 0.7 ? .latLon(lat, lon) : style < 0.85 ? .geoJSONPoint(lat, lon) : .bareArray(lat, lon)
        } else if u < 0.65 {
            let names = ForeignPlaces.declared[area]!
            let name = names[random.below(names.count)]
            evidence = .declared(name.text)
            if !name.places { expected = nil }
        } else if u < 0.77 {
            let names = ForeignPlaces.inText[area]!
            let name = names[random.below(names.count)]
            text += catalan ? " (som a \(name))" : " (aquí en \(name))"
            evidence = .inText
        } else {
            let vague = [nil, nil, "Barcelona", "Catalunya", "BCN", "en casa", "Spain"]
            evidence = .nothing(vague[random.below(vague.count)])
            expected = nil
        }
        var mentions: [String] = []
        let m = random.unit()
        if m < 0.04 { mentions.append("@AjuntamentBCN") } else if m < 0.07 { mentions.append("@" + Self.privateAccount) }
        return Message(
            id: String(format: "bcn%06d", number * 37 % 1_000_003), csv: random.unit() < 0.3, api: random.unit() < 0.25, day: day, hour: hour,
            minute: random.below(60), second: random.below(60), text: text,
            language: random.unit() < 0.6 ? (catalan ? "ca" : "es") : nil, author: author, evidence: evidence,
            expectedArea: expected, plantedGroup: event?.group, mentions: mentions)
    }

    // MARK: - Offline incidents

    /// Two days after each day of the city-wide event, one verified anti-Muslim incident per six extra messages;
    /// a background of about one incident every eight days against Muslims and one every three days against others.
    private mutating func makeIncidents(_ random: inout SplitMix) {
        var number = 0
        func add(_ index: Int, _ group: String, _ random: inout SplitMix) {
            number += 1
            let area = Self.pickArea(&random)
            let names = ForeignPlaces.declared[area]!.filter(\.places)
            let byName = random.unit() < 0.7 ? names[random.below(names.count)].text : nil
            incidents.append(Incident(id: "MOS-\(20_260_000 + number * 13)", day: firstDay + index, group: group, area: area, byName: byName))
        }
        for index in 0..<Self.days {
            if random.unit() < 0.12 { add(index, "muslims", &random) }
            if random.unit() < 0.33 { add(index, Self.pick([("jews", 1.0), ("lgb", 1.0), ("black", 1.0), ("roma", 1.0)], &random), &random) }
            if let extra = cityWideExtra[index - Self.offlineLag] {
                for _ in 0..<((extra + 3) / 6) { add(index, "muslims", &random) }
            }
        }
    }

    /// Reports made through the public form, and whether a caseworker verifies them.
    struct Report {
        var day: Int
        var area: String
        /// `religion` (with religion Muslim) or `race_ethnicity`.
        var characteristic: String
        var verified: Bool
    }

    /// Four reports: two against Muslims after the event and one on a quiet day, verified; one under review.
    var reports: [Report] {
        let after = firstDay + Self.muslimDays.lowerBound + Self.offlineLag
        return [
            Report(day: after, area: "08", characteristic: "religion", verified: true),
            Report(day: after + 1, area: "02", characteristic: "race_ethnicity", verified: true),
            Report(day: firstDay + 10, area: "01", characteristic: "religion", verified: true),
            Report(day: after + 1, area: "03", characteristic: "religion", verified: false),
        ]
    }

    /// Verified incidents against a group per stream day: imported, and (with `reports`) the verified form
    /// reports that stand for the group.
    func offline(_ group: String, reports withReports: Bool = false) -> [Int] {
        var perDay = [Int](repeating: 0, count: Self.days)
        for incident in incidents where incident.group == group { perDay[incident.day - firstDay] += 1 }
        let characteristic = group == "muslims" ? "religion" : group == "black" || group == "roma" ? "race_ethnicity" : ""
        for report in reports where withReports && report.verified && report.characteristic == characteristic {
            perDay[report.day - firstDay] += 1
        }
        return perDay
    }

    // MARK: - Files

    private mutating func renderFiles() {
        let clock = ForeignClock()
        var jsonLines: [String] = []
        var csvLines = ["post_id,created_at,content,user_id,location,coordinates,lang,age_band,gender,mentions"]
        // Bad records at known places: (after how many good messages of the file, the line, the field).
        let badJSON: [(Int, String, String?)] = [
            (5, #"{"id":"bad-1","timestamp":"2026-09-31T10:00:00+02:00","text":"Bon dia","author_id":"autor-bcn-bad1"}"#, "timestamp"),
            (120, "esto no es json", nil),
            (2_000, #"{"id":"bad-2","timestamp":"2026-08-01T10:00:00+02:00","text":"Hola","author_id":"autor-bcn-bad2","author_age_band":"20-30"}"#, "author_age_band"),
            (3_500, #"{"id":"bad-3","timestamp":"2026-08-01T10:00:00+02:00","text":"Hola","author_id":"autor-bcn-bad3","latitude":95,"longitude":2.1}"#, "latitude"),
            (6_000, #"{"id":"bad-4","timestamp":"2026-08-01T10:00:00+02:00","text":"   ","author_id":"autor-bcn-bad4"}"#, "text"),
            (7_000, #"{"id":"bad-5","timestamp":"2026-10-01T10:00:00+02:00","text":"Hola","author_id":"autor-bcn-bad8",}"#, nil),
        ]
        let badCSV: [(Int, String, String?)] = [
            (40, "bad-c1,2026-08-01T10:00:00+02:00,Hola,autor-bcn-bad5,,,es,,", nil),
            (1_500, "bad-c2,ayer por la tarde,Hola,autor-bcn-bad6,,,es,,,", "timestamp"),
            (3_000, "bad-c3,2026-08-01T10:00:00+02:00,Hola,,,,es,,,", "author_id"),
        ]
        var jsonGood = 0
        var apiItems: [String] = []
        var csvGood = 0
        var csvLine = 1
        for message in messages {
            let author = authors[message.author]
            let timestamp = clock.render(day: message.day, hour: message.hour, minute: message.minute, second: message.second, style: message.id.hashValueStable % 14)
            if message.csv {
                if let bad = badCSV.first(where: { $0.0 == csvGood }) {
                    csvLine += 1
                    csvLines.append(bad.1)
                    csvMalformed.append((csvLine, bad.2))
                }
                var location = ""
                var coordinates = ""
                switch message.evidence {
                case .latLon(let lat, let lon), .geoJSONPoint(let lat, let lon), .bareArray(let lat, let lon):
                    // Most exports write "lat,lon"; some write the GeoJSON order.
                    coordinates = message.id.hashValueStable % 5 == 0
                        ? String(format: "%.5f,%.5f", lon, lat) : String(format: "%.5f,%.5f", lat, lon)
                case .declared(let name): location = name
                case .nothing(let vague): location = vague ?? ""
                case .inText: break
                }
                // A forum lets people write quotes and line breaks; the first post of the file has both.
                var text = message.text
                if csvGood == 0 { text = "Primer dia del fòrum:\n\"hola a tothom\", " + text }
                let gender = author.gender.map { ["female": "F", "male": "m", "non-binary": "nonbinary"][$0]! } ?? (message.author % 5 == 0 ? "n/a" : "")
                let fields = [
                    message.id, timestamp, text, author.id, location, coordinates, message.language ?? "",
                    author.ageBand.map { $0.replacingOccurrences(of: "-", with: "–") } ?? "", gender,
                    message.mentions.joined(separator: message.id.hashValueStable % 2 == 0 ? " " : ";"),
                ]
                csvLines.append(fields.map(ForeignStream.csvField).joined(separator: ","))
                csvLine += 1 + text.filter { $0 == "\n" }.count
                csvGood += 1
            } else if message.api {
                if apiItems.count == 3 {
                    apiItems.append(#"{"id":"bad-api","timestamp":"2026-10-01T10:00:00+02:00","text":"Hola","author_id":"autor-bcn-bad7","author_gender":"sometimes"}"#)
                    apiMalformed.append((apiItems.count - 1, "author_gender"))
                }
                apiItems.append(Self.jsonObject(message, author: author, timestamp: timestamp))
            } else {
                if let bad = badJSON.first(where: { $0.0 == jsonGood }) {
                    jsonLines.append(bad.1)
                    jsonlMalformed.append((jsonLines.count, bad.2))
                }
                jsonLines.append(Self.jsonObject(message, author: author, timestamp: timestamp))
                jsonGood += 1
            }
        }
        jsonl = jsonLines.joined(separator: "\n") + "\n"
        // API batches of at most 1,500 items, as a collector would post them.
        for start in stride(from: 0, to: apiItems.count, by: 1_500) {
            let items = apiItems[start..<min(start + 1_500, apiItems.count)]
            apiBatches.append(#"{"source":"\#(Self.apiSource)","city":"\#(Self.city)","messages":["# + items.joined(separator: ",\n") + "]}")
        }
        csv = csvLines.joined(separator: "\r\n") + "\r\n"

        var rows = ["id,date,area,latitude,longitude,target_group,type,classification"]
        for incident in incidents {
            let centre = ForeignPlaces.centroids[incident.area]!
            let place = incident.byName.map { [Self.csvField($0), "", ""] }
                ?? ["", String(format: "%.4f", centre.0), String(format: "%.4f", centre.1)]
            rows.append(([incident.id, clock.date(incident.day)] + place + [incident.group, "Harassment", "hate_crime"]).joined(separator: ","))
        }
        incidentsCSV = rows.joined(separator: "\n") + "\n"
    }

    /// One message as a JSON object (a JSONL line or an item of an API batch).
    static func jsonObject(_ message: Message, author: Author, timestamp: String) -> String {
        var fields: [String] = [
            "\"id\":\(Self.json(message.id))", "\"timestamp\":\(timestamp.first!.isNumber && !timestamp.contains("-") ? timestamp : Self.json(timestamp))",
            // Some exporters escape every non-ASCII character (Python's json.dumps does by default).
            "\"text\":\(message.id.hashValueStable % 4 == 0 ? Self.asciiJSON(message.text) : Self.json(message.text))", "\"author_id\":\(Self.json(author.id))",
        ]
        if let language = message.language {
            // Tags as platforms write them: "es", "es-ES", "CA".
            let tag = [language, language + "-ES", language.uppercased()][message.id.hashValueStable % 3]
            fields.append("\"language\":\(Self.json(tag))")
        }
        switch message.evidence {
        case .latLon(let lat, let lon):
            fields.append(String(format: "\"latitude\":%.5f,\"longitude\":%.5f", lat, lon))
        case .geoJSONPoint(let lat, let lon):
            fields.append(String(format: "\"coordinates\":{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]}", lon, lat))
        case .bareArray(let lat, let lon):
            fields.append(String(format: "\"coordinates\":[%.5f,%.5f]", lon, lat))
        case .declared(let name): fields.append("\"author_location\":\(Self.json(name))")
        case .nothing(let vague): if let vague { fields.append("\"author_location\":\(Self.json(vague))") }
        case .inText: break
        }
        if !message.mentions.isEmpty { fields.append("\"mentions\":[\(message.mentions.map(Self.json).joined(separator: ","))]") }
        if let band = author.ageBand { fields.append("\"author_age_band\":\(Self.json(band))") }
        if let gender = author.gender { fields.append("\"author_gender\":\(Self.json(gender))") }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// The well-formed messages the product should store.
    var wellFormed: Int { messages.count }

    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// JSON text with every non-ASCII character as \\uXXXX (UTF-16, surrogate pairs for emoji).
    static func asciiJSON(_ text: String) -> String {
        var out = ""
        for unit in json(text).utf16 {
            out += unit < 0x80 ? String(UnicodeScalar(UInt8(unit))) : String(format: "\\u%04x", unit)
        }
        return out
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

/// Local days and times of Barcelona, written the ways exports write them.
struct ForeignClock {
    let zone = TimeZone(identifier: "Europe/Madrid")!

    func instant(day: Int, hour: Int, minute: Int, second: Int) -> Date {
        // The local wall time read as if it were UTC, then moved by the zone's offset at that time.
        let wall = Date(timeIntervalSince1970: TimeInterval(day * 86_400 + hour * 3_600 + minute * 60 + second))
        let offset = zone.secondsFromGMT(for: wall.addingTimeInterval(-7_200))
        return wall.addingTimeInterval(TimeInterval(-offset))
    }

    func date(_ day: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(day * 86_400)))
    }

    /// Styles: 0–4 local time with its offset, 5–7 UTC with Z, 8 seconds since 1970, 9 local time without offset.
    func render(day: Int, hour: Int, minute: Int, second: Int, style: Int) -> String {
        let at = instant(day: day, hour: hour, minute: minute, second: second)
        switch style {
        case 8: return String(Int(at.timeIntervalSince1970))
        case 10: return String(Int(at.timeIntervalSince1970) * 1_000 + 417)
        case 11:
            // Fractional seconds and an offset without a colon.
            let offset = zone.secondsFromGMT(for: at)
            return date(day) + String(format: "T%02d:%02d:%02d.250+%02d%02d", hour, minute, second, offset / 3_600, offset % 3_600 / 60)
        case 12: return date(day) + String(format: "T%02d:%02d", hour, minute)
        case 9: return date(day) + String(format: " %02d:%02d:%02d", hour, minute, second)
        case 5...7:
            let formatter = ISO8601DateFormatter()
            return formatter.string(from: at)
        default:
            let offset = zone.secondsFromGMT(for: at)
            let sign = offset >= 0 ? "+" : "-"
            return date(day) + String(format: "T%02d:%02d:%02d%@%02d:%02d", hour, minute, second, sign, abs(offset) / 3_600, abs(offset) % 3_600 / 60)
        }
    }
}

/// A small seeded generator of our own (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// Poisson by the normal approximation for large means, Knuth's product otherwise.
    mutating func poisson(_ mean: Double) -> Int {
        if mean > 60 {
            let u1 = max(unit(), 1e-12), u2 = unit()
            let z = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
            return max(0, Int((mean + z * mean.squareRoot()).rounded()))
        }
        let limit = exp(-mean)
        var k = 0
        var p = unit()
        while p > limit {
            k += 1
            p *= unit()
        }
        return k
    }
}

extension String {
    /// A hash that does not change between runs (Swift's `hashValue` is seeded per process).
    var hashValueStable: Int {
        Int(utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 } % 1_000_003)
    }
}

/// The harness's placement check (`OutsideTrial.placement`) reads a message's id, local day and hour, the district its
/// evidence names and the evidence.
extension ForeignStream.Message: PlacedMessage {
    var evidenceDescription: String { "\(evidence)" }
}
