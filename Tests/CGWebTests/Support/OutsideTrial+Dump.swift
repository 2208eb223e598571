import CGSentiment
import Foundation
import SQLKit

@testable import CGWeb

extension RotterdamStream.Message: PlantedMessage {}

/// What a trial stream left in the rollups, written for measuring the trigger-event finder offline
/// (`CG_TRIAL_DUMP=folder`: one file per trial, seed and volume, read by `EventEdgeMeasurementTests`): the area ×
/// day summary the events are found on (the window of the whole stream with its six weeks of baseline), the
/// planted events, and per group, area and day how many planted messages the classifier labelled hateful against
/// their group (what the planted stream put there).
struct TrialDump: Codable {
    struct Planted: Codable {
        var label: String
        var group: String
        /// Stream days (0 = the stream's first day).
        var days: [Int]
        /// Each area's code and stream days; empty for a city-wide event.
        var areas: [PlantedArea]
    }

    struct PlantedArea: Codable {
        var code: String
        var days: [Int]
    }

    /// One row of the summary: area, absolute day, group, messages, hateful.
    struct Row: Codable {
        var a: String
        var d: Int
        var g: String
        var m: Int
        var h: Int
    }

    /// Planted messages labelled hateful against their group: group, area (or `unplaced`), absolute day, count.
    struct Count: Codable {
        var g: String
        var a: String
        var d: Int
        var n: Int
    }

    var name: String
    var seed: String
    var volume: String
    var city: String
    var firstDay: Int
    var lastDay: Int
    var rows: [Row]
    var planted: [Planted]
    var plantedCounts: [Count]
}

extension OutsideTrial {
    /// Writes the trial's ``TrialDump`` when `CG_TRIAL_DUMP` names a folder.
    func writeDump(_ planted: [PlantedEvent]) async throws {
        guard let folder = Self.environment["CG_TRIAL_DUMP"] else { return }
        let window = DayRange(from: firstDay - 42, to: lastDay)
        let rows = try await RollupQueries(sql: app.sql).dailyRows(city: city, period: window)
        struct Label: Decodable {
            var message_id: String
            var area: String
            var day: Int
            var hateful: Bool
            var targets: String
        }
        let labels = try await app.sql.raw("SELECT message_id, area, day, hateful, targets FROM online_messages")
            .all(decoding: Label.self)
        var counts: [String: Int] = [:]
        for label in labels where label.hateful {
            guard let (_, group) = plantedMessages[label.message_id], let group,
                label.targets.split(separator: "|").contains(where: { $0 == group })
            else { continue }
            counts["\(group)|\(label.area)|\(label.day)", default: 0] += 1
        }
        let seed = Self.environment["CG_TRIAL_SEED"] ?? "default"
        let volume = Self.environment["CG_TRIAL_VOLUME"] ?? "default"
        let dump = TrialDump(
            name: name, seed: seed, volume: volume, city: city, firstDay: firstDay, lastDay: lastDay,
            rows: rows.map {
                TrialDump.Row(
                    a: $0.key.area, d: $0.key.day, g: $0.key.targetGroup, m: $0.delta.messages, h: $0.delta.hateful)
            },
            planted: planted.map { p in
                TrialDump.Planted(
                    label: p.label, group: p.group, days: [p.days.lowerBound, p.days.upperBound],
                    areas: (p.areas ?? []).map {
                        TrialDump.PlantedArea(code: $0.code, days: [$0.days.lowerBound, $0.days.upperBound])
                    })
            },
            plantedCounts: counts.sorted { $0.key < $1.key }.map { key, n in
                let parts = key.split(separator: "|").map(String.init)
                return TrialDump.Count(g: parts[0], a: parts[1], d: Int(parts[2]) ?? 0, n: n)
            })
        let file = URL(fileURLWithPath: folder).appendingPathComponent("\(name)-\(seed)-\(volume).json")
        try JSONEncoder().encode(dump).write(to: file)
        say("dumped \(file.path)")
    }
}
