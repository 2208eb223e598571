import CGDomain
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

@Suite("Reading recorded offline incidents")
struct IncidentFileReaderTests {
    static let today = Timestamp.daysFromCivil(year: 2026, month: 11, day: 29)

    static func reader(_ city: String = "paris") throws -> IncidentFileReader {
        let pack = try #require(CityPacks.pack(id: city))
        return IncidentFileReader(placer: MessagePlacer(pack: pack), today: today)
    }

    static func read(_ text: String, _ format: MessageFileReader.Format, city: String = "paris") throws -> IncidentReadResult {
        try reader(city).read(data: Data(text.utf8), format: format)
    }

    @Test("JSONL: area codes, gazetteer names and coordinates place the record; groups give their characteristic")
    func readsJSONL() throws {
        let text = """
            {"id": "p-1", "date": "2026-11-14", "area": "75118", "target_group": "jews", "type": "graffiti_literature", "classification": "hate_crime"}
            {"id": 2, "date": "2026-11-15T21:40:00+01:00", "area": "Paris 19e", "target_group": "black"}

            {"id": "p-3", "date": "2026-11-16", "latitude": 48.8635, "longitude": 2.4010, "characteristic": "religion", "religion": "muslim", "count": 3}
            {"id": "p-4", "date": "2026-11-16", "coordinates": {"type": "Point", "coordinates": [2.361, 48.876]}, "characteristic": "disability"}
            """
        let result = try Self.read(text, .jsonl)
        #expect(result.errors.isEmpty)
        #expect(result.records.map(\.externalID) == ["p-1", "2", "p-3", "p-4"])
        #expect(result.records.map(\.areaCode) == ["75118", "75119", "75120", "75110"])
        #expect(result.records.map(\.line) == [1, 2, 4, 5])
        let first = result.records[0]
        #expect(first.day == Timestamp.daysFromCivil(year: 2026, month: 11, day: 14))
        #expect(first.characteristic == .religion && first.religion == .jewish && first.targetGroup == "jews")
        #expect(first.type == .graffitiOrLiterature && first.classification == .hateCrime && first.count == 1)
        // The date part of a timestamp is the day, as written (not moved to UTC).
        #expect(result.records[1].day == Timestamp.daysFromCivil(year: 2026, month: 11, day: 15))
        #expect(result.records[1].characteristic == .raceEthnicity && result.records[1].targetGroup == "black")
        #expect(result.records[1].placement.method == .declaredLocation)
        #expect(result.records[2].placement.method == .coordinates && result.records[2].count == 3)
        #expect(result.records[2].religion == .muslim && result.records[2].targetGroup == nil)
        #expect(result.records[3].type == .other && result.records[3].classification == nil)
    }

    @Test("incident types as exports write them: any case, spaces or hyphens, and common names")
    func typeNames() throws {
        let types = ["Physical assault", "PROPERTY-DAMAGE", "assault", "vandalism", "harassment", "threat", "graffiti"]
        let jsonl = types.enumerated().map { i, t in
            #"{"id": "t\#(i)", "date": "2026-11-14", "area": "75118", "target_group": "jews", "type": "\#(t)"}"#
        }.joined(separator: "\n")
        let result = try Self.read(jsonl, .jsonl, city: "paris")
        #expect(result.errors.isEmpty)
        #expect(result.records.map(\.type) == [
            .physicalAssault, .propertyDamage, .physicalAssault, .propertyDamage, .verbalAbuse, .threats,
            .graffitiOrLiterature,
        ])
    }

    @Test("CSV with quoted fields and a JSON array read the same records")
    func readsCSVAndArray() throws {
        let csv = """
            id,date,area,target_group,type,count
            a1,2026-10-02,Tower Hamlets,muslims,verbal_abuse,2
            a2,2026-10-03,"E09000012",women,"threats",
            """
        let fromCSV = try Self.read(csv, .csv, city: "london")
        #expect(fromCSV.errors.isEmpty)
        #expect(fromCSV.records.map(\.areaCode) == ["E09000030", "E09000012"])
        #expect(fromCSV.records.map(\.count) == [2, 1])
        #expect(fromCSV.records.map(\.line) == [2, 3])
        let array = """
            {"incidents": [{"id": "a1", "date": "2026-10-02", "area": "Tower Hamlets", "target_group": "muslims", "type": "verbal_abuse", "count": 2},
                           {"id": "a2", "date": "2026-10-03", "area": "E09000012", "target_group": "women", "type": "threats"}]}
            """
        let fromArray = try Self.read(array, .jsonArray, city: "london")
        #expect(fromArray.errors.isEmpty)
        #expect(fromArray.records.map(\.areaCode) == fromCSV.records.map(\.areaCode))
        #expect(fromArray.records.map(\.type) == [.verbalAbuse, .threats])
    }

    @Test("each bad record is skipped with its line, field and reason; the good ones are read")
    func reportsBadRecords() throws {
        let lines = [
            #"{"date": "2026-11-14", "area": "75118", "target_group": "jews"}"#,
            #"{"id": "b2", "date": "14/11/2026", "area": "75118", "target_group": "jews"}"#,
            #"{"id": "b3", "date": "2026-12-25", "area": "75118", "target_group": "jews"}"#,
            #"{"id": "b4", "date": "1999-12-31", "area": "75118", "target_group": "jews"}"#,
            #"{"id": "b5", "date": "2026-11-14", "area": "Atlantis", "target_group": "jews"}"#,
            #"{"id": "b6", "date": "2026-11-14", "latitude": 51.5, "longitude": -0.1, "target_group": "jews"}"#,
            #"{"id": "b7", "date": "2026-11-14", "target_group": "jews"}"#,
            #"{"id": "b8", "date": "2026-11-14", "area": "75118", "target_group": "aliens"}"#,
            #"{"id": "b9", "date": "2026-11-14", "area": "75118"}"#,
            #"{"id": "b10", "date": "2026-11-14", "area": "75118", "target_group": "jews", "characteristic": "disability"}"#,
            #"{"id": "b11", "date": "2026-11-14", "area": "75118", "characteristic": "disability", "religion": "muslim"}"#,
            #"{"id": "b12", "date": "2026-11-14", "area": "75118", "target_group": "jews", "count": 0}"#,
            #"{"id": "b13", "date": "2026-11-14", "area": "75118", "target_group": "jews", "type": "arson"}"#,
            #"{"id": "b14", "date": "2026-11-14", "area": "75118", "target_group": "jews", "latitude": 48.8}"#,
            #"{"id": "b15", "date": "2026-11-14", "latitude": 48.89, "target_group": "jews"}"#,
            "not json",
            #"{"id": "ok", "date": "2026-11-14", "area": "75118", "target_group": "jews"}"#,
        ]
        let result = try Self.read(lines.joined(separator: "\n"), .jsonl)
        #expect(result.records.map(\.externalID) == ["b14", "ok"])  // an area is enough; a stray latitude is not read then
        let byLine = Dictionary(uniqueKeysWithValues: result.errors.map { ($0.line, $0) })
        let expected: [Int: String?] = [
            1: "id", 2: "date", 3: "date", 4: "date", 5: "area", 6: "latitude", 7: "area", 8: "target_group",
            9: "target_group", 10: "characteristic", 11: "religion", 12: "count", 13: "type", 15: "longitude", 16: nil,
        ]
        #expect(Set(byLine.keys) == Set(expected.keys))
        for (line, field) in expected { #expect(byLine[line]?.field == field, "line \(line): \(byLine[line]?.description ?? "none")") }
        #expect(byLine[3]?.reason == "in the future")
        #expect(byLine[5]?.reason.contains("paris") == true)
        #expect(byLine[8]?.reason.contains("jews") == true)  // the error lists what is accepted
    }

    @Test("a CSV without id and date columns is refused as a whole; a short row names its line")
    func csvHeaderAndWidth() throws {
        let noHeader = try Self.read("name,when\nx,2026-11-14\n", .csv)
        #expect(noHeader.records.isEmpty && noHeader.errors.count == 1 && noHeader.errors[0].line == 1)
        let short = try Self.read("id,date,area,target_group\nx,2026-11-14,75118\ny,2026-11-14,75118,jews\n", .csv)
        #expect(short.records.map(\.externalID) == ["y"])
        #expect(short.errors.map(\.line) == [2])
    }

    @Test("read as messages are: BOM, CRLF, blank lines and rows, quoted newlines; a bad quote spoils only its own record")
    func sharedSplitting() throws {
        let csv = "\u{FEFF}ID,Date,Area,Target_Group,Type\r\n"
            + "c1,2026-10-02,Tower Hamlets,muslims,verbal_abuse\r\n"
            + ",,,,\r\n"
            + "\r\n"
            + "c2,2026-10-03,\"Hackney, London\",\"jews\",\"assault\"\r\n"
            + "c3,2026-10-04,E09000030,muslims,\"threat\nwith a second line\"\r\n"
            + "c4,2026-10-05,E09000030,mus\"lims,threats\r\n"
            + "c5,2026-10-06,E09000030,muslims,threats\r\n"
            + "c6,2026-10-07,E09000030,muslims,\"threats\r\n"
        let fromCSV = try Self.read(csv, .csv, city: "london")
        #expect(fromCSV.records.map(\.externalID) == ["c1", "c2", "c5"])
        #expect(fromCSV.records.map(\.line) == [2, 5, 9])
        #expect(fromCSV.records.map(\.areaCode) == ["E09000030", "E09000012", "E09000030"])
        // c3's quoted type spans lines 6–7 and is no type; c4 has a stray quote; c6's quote never closes.
        #expect(fromCSV.errors.map(\.line) == [6, 8, 10])
        #expect(fromCSV.errors.map(\.field) == ["type", nil, nil])
        #expect(fromCSV.errors.map(\.reason).suffix(2) == ["malformed quoted field", "unterminated quoted field"])

        let jsonl = "\u{FEFF}{\"id\": \"j1\", \"date\": \"2026-10-02\", \"area\": \"E09000030\", \"target_group\": \"muslims\"}\r\n"
            + "   \r\n"
            + "{\"id\": \"j2\", \"date\": \"2026-10-03\", \"area\": \"E09000030\", \"target_group\": \"muslims\"}"
        let fromJSONL = try Self.read(jsonl, .jsonl, city: "london")
        #expect(fromJSONL.errors.isEmpty)
        #expect(fromJSONL.records.map(\.line) == [1, 3])

        let oversized = IncidentFileReader(
            placer: MessagePlacer(pack: try #require(CityPacks.pack(id: "london"))), today: Self.today,
            limits: IngestLimits(maximumRecordBytes: 60)
        ).read(data: Data("id,date,area,target_group\nx,2026-10-02,E09000030,\"\(String(repeating: "m", count: 80))\"\n".utf8), format: .csv)
        #expect(oversized.records.isEmpty)
        #expect(oversized.errors.map(\.reason) == ["longer than 60 bytes"])
    }
}
