import CGGeo
import Foundation
import Testing

@testable import CGSentiment

@Suite struct TimestampTests {
    @Test func parsesOffsetsAndFractions() throws {
        let a = try Timestamp.parse("2026-03-14T18:05:00+01:00").get()
        let b = try Timestamp.parse("2026-03-14T17:05:00Z").get()
        #expect(a == b)
        #expect(try Timestamp.parse("2026-03-14T17:05:00.250Z").get().timeIntervalSince(b) == 0.25)
        #expect(try Timestamp.parse("2026-03-14 12:05-0500").get() == b)
        #expect(Timestamp.format(b) == "2026-03-14T17:05:00Z")
        #expect(Timestamp.format(b, offsetSeconds: 3600) == "2026-03-14T18:05:00+01:00")
    }

    @Test func refusesBadTimestamps() {
        #expect(Timestamp.parse("2026-03-14T18:05:00") == .failure(.missingOffset))
        #expect(Timestamp.parse("2026-03-14") == .failure(.missingTime))
        #expect(Timestamp.parse("2026-02-30T10:00:00Z") == .failure(.outOfRange))
        #expect(Timestamp.parse("yesterday") == .failure(.malformed))
    }

    @Test func civilDaysRoundTrip() {
        for day in [-1, 0, 1, 19_000, 20_500, 30_000] {
            let (y, m, d) = Timestamp.civilFromDays(day)
            #expect(Timestamp.daysFromCivil(year: y, month: m, day: d) == day)
        }
        #expect(Timestamp.dayLabel(0) == "1970-01-01")
        #expect(Timestamp.weekday(ofDay: 0) == 3)  // a Thursday
    }

    @Test func cityClockUsesLocalTime() throws {
        let clock = CityClock(timeZoneIdentifier: "Europe/Madrid")
        let t = try Timestamp.parse("2026-07-01T23:30:00Z").get()
        let (day, hour) = clock.dayAndHour(t)
        #expect(Timestamp.dayLabel(day) == "2026-07-02")
        #expect(hour == 1)
    }
}

@Suite struct ReaderTests {
    /// The outside trial: JSONL lines with a trailing comma were stored — Foundation's parser reads them — though
    /// the schema makes invalid JSON a line error.
    @Test("a JSONL line or a JSON array with a comma before } or ] is an error; commas in strings and nested objects are not")
    func trailingCommas() {
        let lines = [
            #"{"id":"t1","timestamp":"2026-10-01T10:00:00+02:00","text":"Hola","author_id":"x",}"#,
            #"{"id":"t2","timestamp":"2026-10-01T10:00:00+02:00","text":"Hola","author_id":"x","mentions":["@a", ]}"#,
            #"{"id":"t3","timestamp":"2026-10-01T10:00:00+02:00","text":"a ,} and ,] in text","author_id":"x"}"#,
            #"{"id":"t4","timestamp":"2026-10-01T10:00:00+02:00","text":"Hola","author_id":"x","coordinates":{"type":"Point","coordinates":[2.16,41.39]}}"#,
            #"{"id":"t5","timestamp":"2026-10-01T10:00:00+02:00","text":"Hola","author_id":"x","coordinates":{"type":"Point","coordinates":[2.16,41.39],}}"#,
            #"{"id":"t6","timestamp":"2026-10-01T10:00:00+02:00","text":"say \"hi,\"","author_id":"x"}"#,
        ]
        let result = MessageFileReader(format: .jsonl, source: "s").read(data: Data(lines.joined(separator: "\n").utf8))
        #expect(result.messages.map(\.id) == ["t3", "t4", "t6"])
        #expect(result.errors.map(\.line) == [1, 2, 5])
        #expect(result.errors.allSatisfy { $0.reason == "not valid JSON: a comma before a closing } or ]" && $0.field == nil })
        let array = MessageFileReader(format: .jsonArray, source: "s")
            .read(data: Data(#"[{"id":"a","timestamp":"2026-10-01T10:00:00+02:00","text":"Hola","author_id":"x"},]"#.utf8))
        #expect(array.messages.isEmpty && array.errors.map(\.reason) == ["not JSON"])
    }

    /// The outside trial: a semicolon-separated export (as Spanish and Catalan spreadsheets write CSV) was refused
    /// with "the header row has no text column" and a line error per record, nothing naming the separator.
    @Test("a CSV separated by semicolons or tabs: the header's error names the separator")
    func semicolonSeparated() throws {
        let messages = MessageFileReader(format: .csv, source: "s").read(
            data: Data("id;timestamp;text;author_id\n1;2026-10-01T10:00:00+02:00;Hola;x\n".utf8))
        #expect(messages.messages.isEmpty)
        #expect(messages.errors.first?.reason
            == "the header row has no text column (it is one column holding semicolons: fields must be separated by commas)")
        let tabs = MessageFileReader(format: .csv, source: "s").read(data: Data("id\ttimestamp\ttext\n".utf8))
        #expect(tabs.errors.first?.reason.hasSuffix("(it is one column holding tabs: fields must be separated by commas)") == true)
        let pack = try #require(CityPacks.pack(id: "barcelona"))
        let incidents = IncidentFileReader(placer: MessagePlacer(pack: pack), today: 30_000)
            .read(data: Data("id;date;area;target_group\nM-1;2026-10-01;Gràcia;muslims\n".utf8), format: .csv)
        #expect(incidents.errors.map(\.reason)
            == ["the header row needs id and date columns (it is one column holding semicolons: fields must be separated by commas)"])
    }

    let reader = MessageFileReader(format: .jsonl, source: "forum")

    @Test("timestamps without an offset are the city's local time when the reader knows the city; epoch seconds and milliseconds are read")
    func localAndEpochTimestamps() throws {
        let paris = MessageFileReader(format: .jsonl, source: "forum", localTimeZone: TimeZone(identifier: "Europe/Paris"))
        let lines = [
            #"{"id":"s","timestamp":"2026-07-01T10:00:00","text":"summer","author_id":"a"}"#,
            #"{"id":"w","timestamp":"2026-01-15 10:00","text":"winter","author_id":"a"}"#,
            #"{"id":"z","timestamp":"2026-01-15T10:00:00+00:00","text":"with offset","author_id":"a"}"#,
            #"{"id":"e","timestamp":1784800000,"text":"epoch","author_id":"a"}"#,
            #"{"id":"m","timestamp":1784800000500,"text":"epoch ms","author_id":"a"}"#,
            #"{"id":"t","timestamp":"1784800000","text":"epoch as text","author_id":"a"}"#,
            #"{"id":"x","timestamp":12,"text":"too early","author_id":"a"}"#,
            #"{"id":"y","timestamp":"2026-13-01T10:00:00","text":"no such month","author_id":"a"}"#,
        ].joined(separator: "\n")
        let result = paris.read(data: Data(lines.utf8))
        let at = Dictionary(uniqueKeysWithValues: result.messages.map { ($0.id, Timestamp.format($0.timestamp)) })
        #expect(at["s"] == "2026-07-01T08:00:00Z")  // CEST, UTC+2
        #expect(at["w"] == "2026-01-15T09:00:00Z")  // CET, UTC+1
        #expect(at["z"] == "2026-01-15T10:00:00Z")  // an offset given wins
        #expect(at["e"] == Timestamp.format(Date(timeIntervalSince1970: 1_784_800_000)))
        #expect(result.messages.first { $0.id == "m" }?.timestamp == Date(timeIntervalSince1970: 1_784_800_000.5))
        #expect(at["t"] == at["e"])
        #expect(result.errors.map(\.line) == [7, 8] && result.errors.allSatisfy { $0.field == "timestamp" })
        // A reader that does not know the city still refuses a time without an offset.
        let unknown = reader.read(data: Data(#"{"id":"s","timestamp":"2026-07-01T10:00:00","text":"x","author_id":"a"}"#.utf8))
        #expect(unknown.messages.isEmpty && unknown.errors.first?.reason == "needs a UTC offset (Z or +01:00)")
    }

    @Test("an error in a field written by another name (gender, age_band, lang, location, user_id, lat, content) names the schema field")
    func errorsNameTheSchemaField() {
        let csv = """
            id,datetime,message,user_id,location,lat,lng,lang,gender,age_band
            a,2026-10-02T12:00:00Z,Hoi,u1,,,,nl,vrouw,
            b,2026-10-02T12:00:00Z,Hoi,u1,,,,nl,,30-40
            c,2026-10-02T12:00:00Z,Hoi,u1,,,,nederlands,,
            d,2026-10-02T12:00:00Z,Hoi,u1,,noord,4.4,nl,,
            e,2026-10-02T12:00:00Z,Hoi,u1,,51.9,oost,nl,,
            f,2026-10-02T12:00:00Z,Hoi,\(String(repeating: "x", count: 300)),,,,nl,,
            """
        let result = MessageFileReader(format: .csv, source: "s").read(data: Data(csv.utf8))
        #expect(result.errors.map { "\($0.line) \($0.field ?? "-")" } == [
            "2 author_gender", "3 author_age_band", "4 language", "5 latitude", "6 longitude", "7 author_id",
        ])
        let jsonl = #"{"post_id":"g","created_at":"2026-10-02T12:00:00Z","content":7,"author":"u"}"#
            + "\n" + #"{"id":"h","timestamp":"2026-10-02T12:00:00Z","text":"Hoi","author_id":"u","location":5}"#
        let lines = MessageFileReader(format: .jsonl, source: "s").read(data: Data(jsonl.utf8))
        #expect(lines.errors.map { "\($0.line) \($0.field ?? "-")" } == ["1 text", "2 author_location"])
    }

    @Test("common export names are read: created_at, content/body/message, user_id/author, message_id")
    func readsFieldAliases() throws {
        let lines = [
            #"{"message_id":"m1","created_at":"2026-03-14T18:05:00Z","content":"hello","user_id":"u1"}"#,
            #"{"post_id":"m2","datetime":"2026-03-14T18:06:00Z","body":"hi","author":"u2"}"#,
            #"{"id":"m3","time":"2026-03-14T18:07:00Z","message":"hey","author_id":"u3"}"#,
        ].joined(separator: "\n")
        let result = reader.read(data: Data(lines.utf8))
        #expect(result.errors.isEmpty)
        #expect(result.messages.map(\.id) == ["m1", "m2", "m3"])
        #expect(result.messages.map(\.text) == ["hello", "hi", "hey"])
        #expect(result.messages.map(\.authorID) == ["u1", "u2", "u3"])
        let csv = MessageFileReader(format: .csv, source: "s").read(data: Data("id,created_at,content,user_id\nc1,2026-03-14T18:05:00Z,hello,u1\n".utf8))
        #expect(csv.errors.isEmpty && csv.messages.first?.text == "hello")
    }

    @Test func readsJSONLWithEveryField() throws {
        let line = """
            {"id":"m1","timestamp":"2026-03-14T18:05:00+00:00","text":"hello Hackney","language":"EN","author_id":"a1",\
            "author_location":"Hackney","latitude":51.545,"longitude":-0.055,"mentions":["@CityHall","bob"],\
            "reply_to":"m0","author_age_band":"18-24","author_gender":"female"}
            """
        let result = reader.read(data: Data((line + "\n\n").utf8))
        #expect(result.errors.isEmpty)
        let m = try #require(result.messages.first)
        #expect(m.id == "m1" && m.source == "forum" && m.language == "en" && m.authorID == "a1")
        #expect(m.coordinates == GeoPoint(latitude: 51.545, longitude: -0.055))
        #expect(m.mentions == ["CityHall", "bob"])
        #expect(m.replyTo == "m0" && m.authorAgeBand == .from18to24 && m.authorGender == .female)
    }

    @Test func readsEscapesAndFallsBackForNestedValues() throws {
        let lines = [
            #"{"id":"e","timestamp":"2026-03-14T18:05:00Z","text":"He said \"hi\" caf\u00e9 \ud83d\ude00\n\/","author_id":"a"}"#,
            #"{"id":"n","timestamp":"2026-03-14T18:05:00Z","text":"nested","author_id":"a","extra":{"k":[1,{"x":null}]}}"#,
            #"{"id":"bad","timestamp":"2026-03-14T18:05:00Z","text":"x","author_id":"a""#,
            #"  { "ID" : 7 , "Timestamp" : "2026-03-14T18:05:00Z" , "TEXT" : "spaced" , "author_id" : 1.0 }  "#,
        ]
        let result = reader.read(data: Data(lines.joined(separator: "\n").utf8))
        #expect(result.messages.map(\.id) == ["e", "n", "7"])
        #expect(result.messages.first?.text == "He said \"hi\" café 😀\n/")
        #expect(result.messages.last?.authorID == "1")
        #expect(result.errors.map(\.line) == [3])
    }

    @Test("coordinates as sources write them: a GeoJSON Point, a bare pair either way round, a text pair; bad ones are the field's error")
    func readsCoordinatesField() throws {
        let head = #""timestamp":"2026-03-14T18:05:00Z","text":"x","author_id":"a""#
        let lines = [
            #"{"id":"point",\#(head),"coordinates":{"type":"Point","coordinates":[2.3522,48.8566]}}"#,
            #"{"id":"geojson",\#(head),"coordinates":[2.3522,48.8566]}"#,
            #"{"id":"latfirst",\#(head),"coordinates":[48.8566,2.3522,35]}"#,
            #"{"id":"text",\#(head),"coordinates":"48.8566, 2.3522"}"#,
            #"{"id":"turned",\#(head),"coordinates":[-0.1,151.5]}"#,
            #"{"id":"both",\#(head),"latitude":51.5,"longitude":-0.1,"coordinates":[2.35,48.85]}"#,
            #"{"id":"null",\#(head),"coordinates":null}"#,
            #"{"id":"short",\#(head),"coordinates":[48.85]}"#,
            #"{"id":"words",\#(head),"coordinates":"near the station"}"#,
            #"{"id":"far",\#(head),"coordinates":[200,100]}"#,
            #"{"id":"shape",\#(head),"coordinates":{"type":"Polygon","coordinates":[[1,2]]}}"#,
        ]
        let result = reader.read(data: Data(lines.joined(separator: "\n").utf8))
        let byID = Dictionary(uniqueKeysWithValues: result.messages.map { ($0.id, $0) })
        #expect(result.messages.map(\.id) == ["point", "geojson", "latfirst", "text", "turned", "both", "null"])
        let paris = GeoPoint(latitude: 48.8566, longitude: 2.3522)
        #expect(byID["point"]?.coordinates == paris && byID["point"]?.coordinatesOrderUncertain == false)
        #expect(byID["geojson"]?.coordinates == paris && byID["geojson"]?.coordinatesOrderUncertain == true)
        // Read longitude first like GeoJSON; placement turns it round when that is not in the city.
        #expect(byID["latfirst"]?.coordinates == GeoPoint(latitude: 2.3522, longitude: 48.8566))
        #expect(byID["latfirst"]?.coordinatesOrderUncertain == true)
        #expect(byID["text"]?.coordinates == paris && byID["text"]?.coordinatesOrderUncertain == true)
        // 151.5 cannot be a latitude: turned round here, certain.
        #expect(byID["turned"]?.coordinates == GeoPoint(latitude: -0.1, longitude: 151.5))
        #expect(byID["turned"]?.coordinatesOrderUncertain == false)
        #expect(byID["both"]?.coordinates == GeoPoint(latitude: 51.5, longitude: -0.1))
        #expect(byID["null"]?.coordinates == nil)
        #expect(result.errors.map(\.line) == [8, 9, 10, 11])
        #expect(result.errors.allSatisfy { $0.field == "coordinates" })
        #expect(result.errors[0].reason.contains("GeoJSON"))
        #expect(result.errors[2].reason.contains("between -90 and 90"))
        // The same fields through the HTTP body's reader (JSONSerialization).
        let body = "[" + lines.prefix(4).map { $0 }.joined(separator: ",") + "]"
        let array = MessageFileReader(format: .jsonArray, source: "forum").read(data: Data(body.utf8))
        #expect(array.errors.isEmpty)
        #expect(array.messages.map(\.coordinates) == result.messages.prefix(4).map(\.coordinates))
        // CSV: a coordinates column of "latitude,longitude" text.
        let csv = "id,timestamp,text,author_id,coordinates\n1,2026-03-14T18:05:00Z,x,a,\"48.8566,2.3522\"\n"
        let fromCSV = MessageFileReader(format: .csv, source: "forum").read(data: Data(csv.utf8))
        #expect(fromCSV.messages.first?.coordinates == paris)
    }

    @Test func reportsBadLinesAndKeepsTheRest() {
        let lines = [
            #"{"id":"1","timestamp":"2026-03-14T18:05:00Z","text":"fine","author_id":"a"}"#,
            #"{"id":"2","timestamp":"2026-03-14T18:05:00Z","text":"   ","author_id":"a"}"#,
            #"{"id":"3","timestamp":"2026-03-14 18:05","text":"x","author_id":"a"}"#,
            #"{"id":"4","timestamp":"2026-03-14T18:05:00Z","text":"x","author_id":"a","latitude":91,"longitude":0}"#,
            #"{"id":"5","timestamp":"2026-03-14T18:05:00Z","text":"x","author_id":"a","author_age_band":"20-30"}"#,
            #"{"id":"6","timestamp":"2026-03-14T18:05:00Z","text":"x","author_id":"a","latitude":51}"#,
            "not json",
            #"{"id":"8","timestamp":"2026-03-14T18:05:00Z","text":"\#(String(repeating: "a", count: 10_001))","author_id":"a"}"#,
            #"{"id":"9","timestamp":"2026-03-14T18:05:00Z","text":"ok too","author_id":"a","author_gender":"robot"}"#,
            #"{"timestamp":"2026-03-14T18:05:00Z","text":"no id","author_id":"a"}"#,
            #"{"id":"11","timestamp":"2026-03-14T18:05:00Z","text":"last","author_id":"a"}"#,
        ]
        let result = reader.read(data: Data(lines.joined(separator: "\n").utf8))
        #expect(result.messages.map(\.id) == ["1", "11"])
        #expect(result.errors.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(result.errors.map(\.field) == ["text", "timestamp", "latitude", "author_age_band", "longitude", nil, "text", "author_gender", "id"])
        #expect(result.errors[1].reason.contains("offset"))
        #expect(result.errors[3].description.hasPrefix("line 5: author_age_band: unknown age band"))
    }

    @Test func readsCSVWithQuotedCommasQuotesAndNewlines() throws {
        let csv = [
            "id,timestamp,text,author_id,latitude,longitude,mentions,author_age_band\r",
            #"1,2026-03-14T18:05:00+01:00,"Hello, ""world""",a1,51.5,-0.1,@mayor @friend,25-34\#r"#,
            "2,2026-03-14T18:06:00+01:00,\"two",
            "lines\",a2,,,,",
            "3,2026-03-14T18:07:00+01:00,plain,a3",
            "4,2026-03-14T18:08:00+01:00,\"after a bad one\",a4,,,,",
            "5,2026-03-14T18:09:00+01:00,a stray \" quote,a5,,,,",
            "6,2026-03-14T18:10:00+01:00,the line after it,a6,,,,",
        ].joined(separator: "\n")
        let result = MessageFileReader(format: .csv, source: "s").read(data: Data(csv.utf8))
        #expect(result.messages.map(\.id) == ["1", "2", "4", "6"])
        #expect(result.messages[0].text == "Hello, \"world\"")
        #expect(result.messages[0].mentions == ["mayor", "friend"])
        #expect(result.messages[0].authorAgeBand == .from25to34)
        #expect(result.messages[1].text == "two\nlines")
        #expect(result.messages[1].coordinates == nil)
        #expect(
            result.errors == [
                LineError(line: 5, field: nil, reason: "expected 8 fields as in the header, found 4"),
                LineError(line: 7, field: nil, reason: "malformed quoted field"),
            ])
    }

    @Test func streamsAFileInBatches() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cg-sentiment-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        // About 700 KB: several read chunks, with records split across chunk boundaries.
        let padding = String(repeating: "market stalls and evening light ", count: 3)
        var text = "id,timestamp,text,author_id\n"
        for i in 1...6_500 {
            text += i == 1_000 ? "\(i),bad,x,a\n" : "\(i),2026-03-14T18:05:00Z,\"msg, \(i) \(padding)\",a\(i % 7)\n"
        }
        try Data(text.utf8).write(to: url)
        var sizes: [Int] = []
        var ids: [String] = []
        var errors: [LineError] = []
        try MessageFileReader(format: .guess(fileName: url.path), source: "s").forEachBatch(contentsOf: url, batchSize: 1_000) {
            sizes.append($0.messages.count)
            ids += $0.messages.map(\.id)
            errors += $0.errors
        }
        #expect(ids == (1...6_500).filter { $0 != 1_000 }.map(String.init))
        #expect(errors.map(\.line) == [1_001])
        #expect(sizes == [1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 499])
    }

    @Test func trimsWhiteSpaceOfEveryKind() {
        #expect("plain".trimmingWhitespace == "plain")
        #expect("  two words \t\n".trimmingWhitespace == "two words")
        #expect("\u{00A0}café\u{2003}".trimmingWhitespace == "café")
        #expect("\u{3000}\n ".trimmingWhitespace == "")
        #expect("x\u{00A0}".trimmingWhitespace == "x")
        #expect("a".hasNonWhitespace && "\u{2003}é".hasNonWhitespace && " x".hasNonWhitespace)
        #expect(!"".hasNonWhitespace && !" \t\r\n\u{00A0}\u{3000}".hasNonWhitespace)
    }

    @Test func readsAgeBandsAndGendersAsSourcesWriteThem() {
        #expect(AgeBand(schemaValue: " 18-24 ") == .from18to24)
        #expect(AgeBand(schemaValue: "18\u{2013}24") == .from18to24)
        #expect(AgeBand(schemaValue: "25 - 34") == .from25to34)
        #expect(AgeBand(schemaValue: "65+") == .from65)
        #expect(AgeBand(schemaValue: "18-25") == nil)
        #expect(AuthorGender(schemaValue: " Woman ") == .female)
        #expect(AuthorGender(schemaValue: "NonBinary") == .nonBinary)
        #expect(AuthorGender(schemaValue: "robot") == nil)
        #expect(PublicFigureList.fold(" @CityHall\n") == "cityhall")
    }

    @Test func readsAJSONArrayBody() {
        let body = #"[{"id":1,"timestamp":"2026-03-14T18:05:00Z","text":"a","author_id":2},{"id":"x"}]"#
        let result = MessageFileReader(format: .jsonArray, source: "api").read(data: Data(body.utf8))
        #expect(result.messages.map(\.id) == ["1"])
        #expect(result.messages.first?.authorID == "2")
        #expect(result.errors.map(\.line) == [2])
    }
}
