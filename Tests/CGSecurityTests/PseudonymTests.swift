import Foundation
import Testing

@testable import CGSecurity

@Suite("Pseudonyms and lookup hashes")
struct PseudonymTests {
    @Test("pseudonyms are stable, scoped by source and depend on the key")
    func pseudonyms() throws {
        let pseudonymizer = Pseudonymizer(masterKey: try fixedMasterKey(1))
        let first = pseudonymizer.pseudonym(authorID: "12345", source: "platform-a")
        #expect(first == pseudonymizer.pseudonym(authorID: "12345", source: "platform-a"))
        #expect(
            first == Pseudonymizer(masterKey: try fixedMasterKey(1)).pseudonym(authorID: "12345", source: "platform-a"))
        #expect(first.count == 32 && first.allSatisfy(\.isHexDigit))
        #expect(!first.contains("12345"))
        #expect(first != pseudonymizer.pseudonym(authorID: "12345", source: "platform-b"))
        #expect(first != pseudonymizer.pseudonym(authorID: "12346", source: "platform-a"))
        #expect(
            first != Pseudonymizer(masterKey: try fixedMasterKey(2)).pseudonym(authorID: "12345", source: "platform-a"))
        // The boundary between source and id is unambiguous.
        #expect(
            pseudonymizer.pseudonym(authorID: "b", source: "a|") != pseudonymizer.pseudonym(authorID: "|b", source: "a")
        )
        let many = Set((0..<5000).map { pseudonymizer.pseudonym(authorID: "user\($0)", source: "s") })
        #expect(many.count == 5000)
    }

    @Test(
        "names are normalised for case, diacritics, whitespace, punctuation and word order",
        arguments: [
            ("Seán O'Brien", "obrien sean"), ("  SEAN   OBRIEN ", "obrien sean"), ("O’Brien, Seán", "obrien sean"),
            ("Zoë Ødegård", "odegard zoe"), ("Jürgen Groß", "gross jurgen"), ("Łukasz Żółć", "lukasz zolc"),
            ("Mary-Jane Smith", "jane mary smith"), ("François\tDupont-Aignan", "aignan dupont francois"),
            ("ＪＯＨＮ ＳＭＩＴＨ", "john smith"), ("Ayşe Yılmaz", "ayse yilmaz"), ("Æsa Brønn", "aesa bronn"),
            ("محمد علي", "علي محمد"), ("Анна Иванова", "анна иванова"),
        ])
    func normalisation(name: String, expected: String) {
        #expect(LookupHash.normalizedName(name) == expected)
    }

    @Test("the same person written differently gets the same lookup hash; another person or birthday does not")
    func lookupHashes() throws {
        let lookup = LookupHash(masterKey: try fixedMasterKey())
        let reference = try lookup.hash(name: "Seán O'Brien", dateOfBirth: "1990-04-23")
        #expect(reference.count == 64)
        #expect(try lookup.hash(name: "sean obrien", dateOfBirth: " 1990-04-23 ") == reference)
        #expect(try lookup.hash(name: "OBRIEN, SEAN", dateOfBirth: "1990-04-23") == reference)
        #expect(try lookup.hash(name: "Sean O'Brian", dateOfBirth: "1990-04-23") != reference)
        #expect(try lookup.hash(name: "Seán O'Brien", dateOfBirth: "1990-04-24") != reference)
        #expect(
            try LookupHash(masterKey: try fixedMasterKey(3)).hash(name: "Seán O'Brien", dateOfBirth: "1990-04-23")
                != reference)
    }

    @Test("invalid input gives a clear error")
    func invalid() throws {
        let lookup = LookupHash(masterKey: try fixedMasterKey())
        #expect(throws: LookupHashError.emptyName) { try lookup.hash(name: " -'. ", dateOfBirth: "1990-04-23") }
        for date in ["1990-4-23", "23/04/1990", "1990-02-30", "1990-13-01", "0990-01-01", "", "1990-04-23T00:00"] {
            #expect(throws: LookupHashError.invalidDateOfBirth(date)) {
                try lookup.hash(name: "A B", dateOfBirth: date)
            }
        }
        #expect(try LookupHash.normalizedDateOfBirth("2000-02-29") == "2000-02-29")
        #expect(LookupHashError.invalidDateOfBirth("x").description.contains("year-month-day"))
    }
}
