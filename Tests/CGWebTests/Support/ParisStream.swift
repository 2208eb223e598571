import CGGeo
import Foundation

/// A Paris stream for the fifth outside trial (`ParisTrialTests`), written from issue 5's words and the public
/// schema (docs/sentiment.md §1, docs/incidents.md), apart from the demo and the four earlier trials: its own
/// random generator (`ParisRandom`), French sentences (`ParisSentences`, a third of them typed without accents), rhythm
/// (lunch, the evening, Sunday markets), evidence and JSON. It knows the Paris pack's codes and centres, and the
/// ways Parisians write where they are (ordinals with and without an article, Roman numerals, "Paris 20",
/// neighbourhoods; Belleville, the Marais, Pigalle, Bastille, République and Nation straddle arrondissements and
/// stay unplaced). The day plan, authors and incidents are the trials' shared scaffolding (`TrialStream.swift`).
///
/// - 42 local days (six weeks, across the end of summer time) ending on `lastDay`, about `volume` messages a day
///   over the twenty arrondissements by population; 3 % background hate against eight groups, 10 % friendly
///   messages naming an identity (some with an event's word), the rest chatter.
/// - Three planted events, two of them at once: against Jewish people in the 16th and 17th (days 20–23, "kippa");
///   against Muslims in the 19th and 20th (days 22–25, "minaret"); and a short one, two days against gay people
///   in the 3rd and 4th (days 33–34, "drapeau").
/// - Offline incidents against Jewish people drawn from the online hate against them two days earlier (the
///   link); against Muslims (the control) a steady chance every day.
/// - Sent as a collector sends them: JSON batches of 1,500 to `POST /api/v1/messages` with a token, one bad item
///   (a time nobody can read); incidents posted to `POST /api/v1/incidents/import`.
struct ParisStream {
    static let city = "paris"
    static let days = 42
    static let source = "paris-collecteur"
    static let incidentSource = "prefecture-police"
    static let publicAccount = "mairiedeparis"
    static let privateAccount = "camille_du_onze"
    /// Every author id starts with this, so a page can be scanned for all of them at once.
    static let authorPrefix = "prs-auteur-"
    static let recordPrefix = "PP-75-"
    static let batchSize = 1_500

    /// The INSEE code of arrondissement `n`.
    static func code(_ n: Int) -> String { n < 10 ? "7510\(n)" : "751\(n)" }

    /// Share of the city's messages by arrondissement (about its population).
    static let shares: [Double] = [
        0.8, 1.0, 1.6, 1.3, 2.6, 1.9, 2.4, 1.6, 2.7, 3.9, 6.7, 6.6, 8.1, 6.4, 10.3, 7.9, 7.7, 8.8, 8.1, 8.4,
    ]

    /// Area code, share, centre (the pack's), and its number.
    static let areas: [(code: String, share: Double, lat: Double, lon: Double, number: Int)] = (1...20).map { n in
        let area = CityPacks.paris.areas.first { $0.code == code(n) }!
        return (code(n), shares[n - 1], area.centroid.latitude, area.centroid.longitude, n)
    }

    static let roman = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
        "XVIII", "XIX", "XX",
    ]

    /// Neighbourhoods that lie in one arrondissement, as written in a declared location or a message.
    static let neighbourhoods: [Int: [String]] = [
        1: ["Châtelet", "Les Halles"], 2: ["Sentier"], 3: ["Haut-Marais"], 4: ["Beaubourg", "Île St-Louis"],
        5: ["Quartier latin"], 6: ["St-Germain-des-Prés", "Saint-Germain-des-Prés"], 7: ["Tour Eiffel"],
        8: ["Champs-Élysées", "Gare St-Lazare"], 9: ["Opéra"], 10: ["Gare du Nord", "Canal St-Martin"],
        11: ["Oberkampf"], 12: ["Bercy", "Gare de Lyon"],
        13: ["Butte-aux-Cailles", "Place d'Italie"], 14: ["Alésia"], 15: ["Beaugrenelle"], 16: ["Trocadéro", "Passy"],
        17: ["Batignolles"], 18: ["Barbès", "Montmartre", "la Goutte d'Or"], 19: ["Buttes-Chaumont", "La Villette"],
        20: ["Ménilmontant", "Gambetta"],
    ]

    /// What must stay unplaced, by the arrondissement its writer was in: places that straddle arrondissements
    /// and misspellings.
    static let unplaced: [Int: [String]] = [
        3: ["Marais"], 4: ["Marais", "Bastille"], 9: ["Pigalle"], 10: ["République", "Belleville"],
        11: ["Bastille", "Nation"], 12: ["Nation"], 17: ["Batignoles"], 18: ["Pigalle"], 19: ["Belleville"],
        20: ["Belleville", "Ménilmontan"],
    ]

    /// Author-declared locations as Parisians write an arrondissement: its ordinal with or without an article,
    /// "Paris 20", the Roman numeral, the postcode, its neighbourhoods (with and without accents, in capitals);
    /// `places` false for what must stay unplaced.
    static func declared(_ n: Int) -> [(text: String, places: Bool)] {
        let ordinal = n == 1 ? "1er" : "\(n)e"
        let long = n == 1 ? "1er" : "\(n)ème"
        let two = n < 10 ? "0\(n)" : "\(n)"
        var out: [(text: String, places: Bool)] = [
            ("Paris \(n)", true), (ordinal, true), ("le \(ordinal)", true), ("Paris \(ordinal)", true),
            ("\(roman[n - 1])\(n == 1 ? "er" : "e") arrondissement", true), ("\(long) arrondissement", true),
            ("750\(two)", true), ("Paris \(ordinal), France", true), ("Paris \(long)", true),
            ("Paris \(roman[n - 1])\(n == 1 ? "er" : "e")", true),
        ]
        for name in neighbourhoods[n] ?? [] {
            out += [(name, true), (ParisSentences.plain(name), true), (name.uppercased(), true)]
        }
        out += (unplaced[n] ?? []).map { ($0, false) }
        return out
    }

    static let vague = ["Paris", "Paname", "PARIS", "Île-de-France", "IDF", "75", "93", "France 🇫🇷", "Paris, France"]

    typealias Evidence = TrialEvidence

    typealias Author = TrialAuthor
    typealias Incident = TrialIncident
    typealias Message = StreamMessage<Evidence>

    static let kippa = TrialPlan.Local(
        group: "jews", event: "kippa", areas: [(code(16), 20...23), (code(17), 20...23)], base: 8)
    static let minaret = TrialPlan.Local(
        group: "muslims", event: "minaret", areas: [(code(19), 22...25), (code(20), 22...25)], base: 8)
    static let flag = TrialPlan.Local(
        group: "lgb", event: "drapeau", areas: [(code(3), 33...34), (code(4), 33...34)], base: 9)
    /// Incidents follow the online hate two days later.
    static let offlineLag = 2

    let firstDay: Int
    let volume: Double
    var lastDay: Int { firstDay + Self.days - 1 }
    private(set) var authors: [Author] = []
    private(set) var messages: [Message] = []
    private(set) var incidents: [Incident] = []
    private(set) var jewishHate = [Int](repeating: 0, count: days)
    /// The JSON bodies for `POST /api/v1/messages`, in order.
    private(set) var batches: [String] = []
    /// The bad item: its batch, index and the schema field at fault.
    private(set) var malformed: (batch: Int, index: Int, field: String) = (0, 0, "")
    private(set) var incidentBatch = ""

    init(lastDay: Int, seed: UInt64 = 0x75_2026, volume: Double = 700) {
        firstDay = lastDay - Self.days + 1
        self.volume = volume
        var random = ParisRandom(seed: seed)
        authors = TrialAuthor.draw(
            ordinary: 2_500, haters: 60, id: { Self.authorPrefix + String($0 * 7_901 % 99_989) },
            declaring: (0.3, 0.5),
            bands: (["18-24", "25-34", "35-44", "45-54", "55-64", "65+"], ["18-24", "25-34", "25–34", "35-44"]),
            genders: ["male", "m", "female", "f", "nb"], &random)
        makeMessages(&random)
        makeIncidents(&random)
        render()
    }

    // MARK: - Messages

    /// 00h … 23h: lunch and the evening; late nights on weekends are in the weekday weights.
    static let hourWeights: [Double] = [
        0.8, 0.5, 0.3, 0.15, 0.1, 0.15, 0.4, 0.9, 1.3, 1.1, 1.0, 1.2, 1.7, 1.5, 1.0, 1.0, 1.1, 1.4, 1.7, 1.9, 2.0,
        1.9, 1.6, 1.2,
    ]
    /// Monday … Sunday.
    static let weekdayWeights: [Double] = [0.95, 0.95, 1.0, 1.0, 1.1, 1.15, 0.9]
    static let backgroundGroups: [(String, Double)] = [
        ("muslims", 0.22), ("jews", 0.15), ("immigrants", 0.15), ("black", 0.1), ("lgb", 0.1), ("women", 0.1),
        ("roma", 0.08), ("trans", 0.1),
    ]

    static let sentences = TrialSentences(
        hate: ParisSentences.hate, event: ParisSentences.event, friendly: ParisSentences.friendly,
        chatter: ParisSentences.chatter, friendlyShare: 0.1)

    private mutating func makeMessages(_ random: inout ParisRandom) {
        var number = 0
        let plan = TrialPlan(
            days: Self.days, firstDay: firstDay, volume: volume, weekdayWeights: Self.weekdayWeights, hateShare: 0.03,
            backgroundGroups: Self.backgroundGroups, areas: Self.areas.map { ($0.code, $0.share) },
            local: [Self.kippa, Self.minaret, Self.flag])
        plan.draw(&random) { index, area, group, event, random in
            number += 1
            messages.append(message(number: number, index: index, area: area, group: group, event: event, &random))
            if group == "jews" { jewishHate[index] += 1 }
        }
    }

    private func message(
        number: Int, index: Int, area: String, group: String?, event: String?, _ random: inout ParisRandom
    ) -> Message {
        let drawn = Self.sentences.draw(event: event, group: group, &random)
        var text = drawn.text
        let author = random.author(hateful: group != nil, ordinary: 2_500, haters: 60, ordinaryShare: 0.25)
        let centre = Self.areas.first { $0.code == area }!
        var expected: String? = area
        let u = random.unit()
        let evidence: Evidence
        if u < 0.3 {
            evidence = .point(centre.lat + (random.unit() - 0.5) * 0.002, centre.lon + (random.unit() - 0.5) * 0.003)
        } else if u < 0.57 {
            let name = random.element(Self.declared(centre.number))
            evidence = .declared(name.text)
            if !name.places { expected = nil }
        } else if u < 0.67 {
            // A place at the end of the text: a neighbourhood, "XIe arrondissement" or "Paris 11ème" place the
            // message; a bare ordinal in running text ("dans le 11e") does not, by design (docs/sentiment-analysis.md),
            // nor a hashtag ("#Paris11" is one word).
            let n = centre.number
            let places: [(text: String, places: Bool)] =
                (Self.neighbourhoods[n] ?? []).map { (" (ici à \($0))", true) }
                + [
                    (" — \(Self.roman[n - 1])\(n == 1 ? "er" : "e") arrondissement", true),
                    (" — Paris \(n == 1 ? "1er" : "\(n)ème")", true),
                    (" (ici dans le \(n == 1 ? "1er" : "\(n)e"))", false),
                    (" #Paris\(n)", false),
                ]
            let place = random.element(places)
            text += place.text
            evidence = .named(place.text)
            if !place.places { expected = nil }
        } else {
            evidence = .nothing(random.unit() < 0.5 ? random.element(Self.vague) : nil)
            expected = nil
        }
        // A third typed without accents.
        if random.unit() < 0.33 { text = ParisSentences.plain(text) }
        let hour = random.pick(Self.hourWeights.enumerated().map { ($0.offset, $0.element) })
        var mentions: [String] = []
        let m = random.unit()
        if m < 0.03 { mentions = ["@MairieDeParis"] } else if m < 0.05 { mentions = ["@" + Self.privateAccount] }
        let language = [nil, "fr", "fr", "fr-FR", "FR"][random.below(5)]
        return Message(
            id: number % 6 == 1
                ? "\(1_800_000_000 + number * 11)" : "prs-\(String(number * 6_007 % 9_999_991, radix: 36))",
            day: firstDay + index, hour: hour, minute: random.below(60), second: random.below(60), text: text,
            language: language, author: author, evidence: evidence, expectedArea: expected, event: event, group: group,
            friendly: drawn.friendly, mentions: mentions)
    }

    // MARK: - Offline incidents

    /// Against Jewish people: each day, Poisson with mean 0.15 × the hateful messages against them two days before.
    /// Against Muslims (control): a steady chance every day.
    private mutating func makeIncidents(_ random: inout ParisRandom) {
        var number = 0
        for index in 0..<Self.days {
            let before = index - Self.offlineLag
            let jews = random.poisson(before >= 0 ? 0.15 * Double(jewishHate[before]) : 0.5)
            let muslims = random.poisson(0.45)
            for group in Array(repeating: "jews", count: jews) + Array(repeating: "muslims", count: muslims) {
                number += 1
                let area = random.pick(Self.areas.map { ($0.code, $0.share) })
                incidents.append(
                    TrialIncident(
                        id: Self.recordPrefix + String(format: "%06d", 120_000 + number * 29), day: firstDay + index,
                        group: group, area: area))
            }
        }
    }

    /// Incidents against a group per stream day.
    func offline(_ group: String) -> [Int] {
        TrialIncident.perDay(incidents, group: group, firstDay: firstDay, days: Self.days)
    }

    // MARK: - Bodies

    private mutating func render() {
        let clock = RotterdamClock(zone: TimeZone(identifier: "Europe/Paris")!)
        var items: [String] = []
        for (n, message) in messages.enumerated() {
            if items.count == Self.batchSize + 300 {
                items.append(
                    #"{"id":"prs-mauvais","timestamp":"hier soir vers 23h","text":"Bonsoir","#
                        + #""author_id":"prs-auteur-mauvais"}"#)
                malformed = (1, 300, "timestamp")
            }
            items.append(Self.json(message, author: authors[message.author], clock: clock, variant: n % 6))
        }
        for start in stride(from: 0, to: items.count, by: Self.batchSize) {
            let batch = items[start..<min(start + Self.batchSize, items.count)].joined(separator: ",")
            batches.append(#"{"source":"\#(Self.source)","city":"\#(Self.city)","messages":[\#(batch)]}"#)
        }
        // The police's records: places by the arrondissement's name, by code or by coordinates.
        var records: [String] = []
        for (n, incident) in incidents.enumerated() {
            let area = Self.areas.first { $0.code == incident.area }!
            let place =
                switch n % 3 {
                case 0: #""area_name":"\#(area.number == 1 ? "1er" : "\(area.number)e") arrondissement""#
                case 1: #""area":"\#(incident.area)""#
                default: String(format: #""latitude":%.4f,"longitude":%.4f"#, area.lat, area.lon)
                }
            let type = ["verbal abuse", "threat", "graffiti", "Physical assault", "vandalism"][n % 5]
            records.append(
                #"{"id":"\#(incident.id)","date":"\#(clock.date(incident.day))",\#(place),"#
                    + #""target_group":"\#(incident.group)","type":"\#(type)"}"#)
        }
        let joined = records.joined(separator: ",")
        incidentBatch = #"{"source":"\#(Self.incidentSource)","city":"\#(Self.city)","incidents":[\#(joined)]}"#
    }

    /// One message as a JSON item; `variant` chooses the field names and the way its time is written.
    static func json(_ message: Message, author: Author, clock: RotterdamClock, variant: Int) -> String {
        let at = clock.instant(day: message.day, hour: message.hour, minute: message.minute, second: message.second)
        let timestamp: String =
            switch variant {
            case 0, 1: TrialJSON.string(clock.wall(at, in: clock.zone).0 + clock.wall(at, in: clock.zone).1)
            case 2: TrialJSON.string(clock.wall(at, in: TimeZone(identifier: "UTC")!).0 + "Z")
            case 3: String(Int(at.timeIntervalSince1970))
            case 4:
                TrialJSON.string(
                    clock.date(message.day)
                        + String(format: " %02d:%02d:%02d", message.hour, message.minute, message.second))
            default:
                TrialJSON.string(
                    clock.wall(at, in: clock.zone, colon: false).0 + clock.wall(at, in: clock.zone, colon: false).1)
            }
        let names =
            variant % 2 == 1
            ? ["post_id", "created_at", "content", "user_id"] : ["id", "timestamp", "text", "author_id"]
        let id = message.id.allSatisfy(\.isNumber) ? message.id : TrialJSON.string(message.id)
        var fields = [
            "\"\(names[0])\":\(id)", "\"\(names[1])\":\(timestamp)",
            "\"\(names[2])\":\(TrialJSON.string(message.text))",
            "\"\(names[3])\":\(TrialJSON.string(author.id))",
        ]
        switch message.evidence {
        case .point(let lat, let lon):
            fields.append(
                variant < 3
                    ? String(format: "\"latitude\":%.6f,\"longitude\":%.6f", lat, lon)
                    : String(format: "\"coordinates\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", lon, lat))
        case .declared(let name):
            fields.append("\"\(variant == 2 ? "location" : "author_location")\":\(TrialJSON.string(name))")
        case .nothing(let vague): if let vague { fields.append("\"author_location\":\(TrialJSON.string(vague))") }
        case .named: break
        }
        if let language = message.language { fields.append("\"language\":\(TrialJSON.string(language))") }
        if !message.mentions.isEmpty {
            fields.append("\"mentions\":[\(message.mentions.map(TrialJSON.string).joined(separator: ","))]")
        }
        if let band = author.ageBand { fields.append("\"age_band\":\(TrialJSON.string(band))") }
        if let gender = author.gender { fields.append("\"gender\":\(TrialJSON.string(gender))") }
        return "{" + fields.joined(separator: ",") + "}"
    }
}

/// The Paris trial's random numbers: a 64-bit linear congruential generator with a permuted output (PCG's
/// RXS M XS); Poisson by Knuth or a normal approximation above 30.
struct ParisRandom: TrialRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed ^ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let word = ((state >> ((state >> 59) &+ 5)) ^ state) &* 12_605_985_483_714_917_081
        return (word >> 43) ^ word
    }

    mutating func poisson(_ mean: Double) -> Int { knuthPoisson(mean, normalAbove: 30) }
}
