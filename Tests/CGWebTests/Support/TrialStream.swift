import Foundation

/// What the outside trials' generators (`RotterdamStream`, `StockholmStream`, `LondonStream`) share: the message
/// fields the harness (`OutsideTrial`) checks, authors, incidents counted per day, JSON strings and the random
/// numbers' helpers. Each stream keeps its own sentences, rhythm, evidence, files and generator.
protocol PlacedMessage {
    var id: String { get }
    /// The city's day and hour it was written.
    var day: Int { get }
    var hour: Int { get }
    /// The area the message's evidence names, nil where it must stay unplaced.
    var expectedArea: String? { get }
    /// The placement evidence as the trial prints it when a message is misplaced.
    var evidenceDescription: String { get }
}

/// A message that may belong to a planted event.
protocol PlantedMessage: PlacedMessage {
    /// The planted event the message belongs to, if any.
    var event: String? { get }
    /// The group the text is written against, if hateful.
    var group: String? { get }
}

/// A message whose sentence the trial knows: what it was written as, for reading the classifier's labels.
protocol TrialMessage: PlantedMessage {
    var text: String { get }
    /// Written friendly or neutral while naming an identity.
    var friendly: Bool { get }
}

/// Where a message says it was written: coordinates, a declared location, a place named at the end of its text, or
/// nothing (perhaps a vague location such as the city's name).
enum TrialEvidence: Equatable {
    case point(Double, Double)
    case declared(String)
    case named(String)
    case nothing(String?)
}

/// A message of the Stockholm, London and Paris streams: when it was written (the city's wall clock), its text and
/// language, its author (an index into the stream's authors), its placement evidence and the area it names, the
/// planted event and group it belongs to, whether it was written friendly, and the accounts it mentions.
struct StreamMessage<Evidence: Equatable>: TrialMessage {
    var id: String
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    var text: String
    var language: String? = nil
    var author: Int
    var evidence: Evidence
    var expectedArea: String?
    var event: String?
    var group: String?
    var friendly: Bool
    var mentions: [String]

    var evidenceDescription: String { "\(evidence)" }
}

/// A trial's sentences: background hate by the group it is written against, the planted events' messages by the
/// event's name, friendly messages naming an identity (a `friendlyShare` of the rest) and ordinary chatter.
struct TrialSentences {
    var hate: [String: [String]]
    var event: [String: [String]]
    var friendly: [String]
    var chatter: [String]
    var friendlyShare: Double

    /// A message's sentence: its event's, its group's, or a friendly one or chatter (with its index in `chatter`).
    func draw<R: TrialRandom>(
        event name: String?, group: String?, _ random: inout R
    ) -> (text: String, friendly: Bool, chatter: Int?) {
        if let name { return (random.element(event[name]!), false, nil) }
        if let group { return (random.element(hate[group]!), false, nil) }
        if random.unit() < friendlyShare { return (random.element(friendly), true, nil) }
        let k = random.below(chatter.count)
        return (chatter[k], false, k)
    }
}

/// An author of a trial's stream: the id as written, and the age band and gender some authors declare.
struct TrialAuthor {
    var id: String
    var ageBand: String?
    var gender: String?
}

extension TrialAuthor {
    /// `ordinary` authors and then `haters` accounts, ids from their index; a share of each declares an age band
    /// (drawn from its list) and a gender (ordinary authors any of `genders`, the haters one of its first two).
    static func draw<R: TrialRandom>(
        ordinary: Int, haters: Int, id: (Int) -> String, declaring: (ordinary: Double, haters: Double),
        bands: (ordinary: [String], haters: [String]), genders: [String], _ random: inout R
    ) -> [TrialAuthor] {
        (0..<(ordinary + haters)).map { index in
            let hater = index >= ordinary
            var author = TrialAuthor(id: id(index), ageBand: nil, gender: nil)
            if random.unit() < (hater ? declaring.haters : declaring.ordinary) {
                let list = hater ? bands.haters : bands.ordinary
                author.ageBand = list[random.below(list.count)]
                author.gender = genders[random.below(hater ? 2 : genders.count)]
            }
            return author
        }
    }
}

/// An offline incident of a trial's stream (`count` incidents in one record).
struct TrialIncident {
    var id: String
    var day: Int
    var group: String
    var area: String
    var count = 1

    /// Incidents against `group` (or all) per stream day, from `firstDay` for `days` days.
    static func perDay(_ incidents: [TrialIncident], group: String, firstDay: Int, days: Int) -> [Int] {
        var perDay = [Int](repeating: 0, count: days)
        for incident in incidents where incident.group == group || group == "all" {
            perDay[incident.day - firstDay] += incident.count
        }
        return perDay
    }
}

/// The day plan the trials' generators share: each stream day, Poisson(volume × the weekday's weight) ordinary
/// messages in areas drawn by share, a `hateShare` of them hateful against a group drawn by weight; then each
/// city-wide event's extra messages on its days, in areas drawn by share; then each local event's messages, in
/// each of its areas on that area's days, `base` + 0–3 per area and day. The draws are made in that order, so a
/// stream's messages depend only on its seed.
struct TrialPlan {
    struct CityWide {
        var group: String
        var event: String
        var days: ClosedRange<Int>
        /// Extra messages on each of its days.
        var extra: [Int]
    }

    struct Local {
        var group: String
        var event: String
        var areas: [(code: String, days: ClosedRange<Int>)]
        /// Messages per area and day, at least.
        var base: Int
    }

    var days: Int
    var firstDay: Int
    var volume: Double
    /// Monday … Sunday.
    var weekdayWeights: [Double]
    var hateShare: Double
    var backgroundGroups: [(String, Double)]
    /// Area codes and their shares of the city's messages.
    var areas: [(String, Double)]
    var cityWide: [CityWide] = []
    var local: [Local] = []

    /// Draws the plan's messages, calling `add` for each (stream day index, area, group if hateful, event).
    func draw<R: TrialRandom>(
        _ random: inout R, _ add: (_ index: Int, _ area: String, _ group: String?, _ event: String?, inout R) -> Void
    ) {
        for index in 0..<days {
            let weekday = (firstDay + index + 3) % 7
            for _ in 0..<random.poisson(volume * weekdayWeights[weekday]) {
                let hateful = random.unit() < hateShare
                let area = random.pick(areas)
                add(index, area, hateful ? random.pick(backgroundGroups) : nil, nil, &random)
            }
            for event in cityWide where event.days.contains(index) {
                for _ in 0..<event.extra[index - event.days.lowerBound] {
                    add(index, random.pick(areas), event.group, event.event, &random)
                }
            }
            for event in local {
                for (code, days) in event.areas where days.contains(index) {
                    for _ in 0..<(event.base + random.below(4)) { add(index, code, event.group, event.event, &random) }
                }
            }
        }
    }
}

enum TrialJSON {
    /// `text` as a JSON string, quotes and escapes included.
    static func string(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}

/// A trial's random generator: each trial has its own `next()`; the uniform, bounded, list and weighted draws are
/// the same arithmetic for all (so a stream drawn before the helpers were shared is drawn the same).
protocol TrialRandom {
    mutating func next() -> UInt64
    /// A Poisson draw, each generator its own way.
    mutating func poisson(_ mean: Double) -> Int
}

extension TrialRandom {
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func element<T>(_ list: [T]) -> T { list[below(list.count)] }

    mutating func pick<T>(_ weighted: [(T, Double)]) -> T {
        var u = unit() * weighted.reduce(0) { $0 + $1.1 }
        for (value, weight) in weighted {
            u -= weight
            if u < 0 { return value }
        }
        return weighted[weighted.count - 1].0
    }

    /// The author of a message: one of the first `ordinary` authors, or for hateful text mostly (but for an
    /// `ordinaryShare`) one of the `haters` accounts after them.
    mutating func author(hateful: Bool, ordinary: Int, haters: Int, ordinaryShare: Double) -> Int {
        !hateful || unit() < ordinaryShare ? below(ordinary) : ordinary + below(haters)
    }

    /// Poisson by multiplying uniforms (Knuth) up to `normalAbove`, a normal approximation above.
    mutating func knuthPoisson(_ mean: Double, normalAbove: Double) -> Int {
        if mean > normalAbove {
            let z = (-2 * log(max(unit(), 1e-300))).squareRoot() * cos(2 * .pi * unit())
            return max(0, Int((mean + z * mean.squareRoot()).rounded()))
        }
        let limit = exp(-mean)
        var k = 0, p = unit()
        while p > limit {
            k += 1
            p *= unit()
        }
        return k
    }
}
