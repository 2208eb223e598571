import CGSentiment
import Testing

@Test func schemaVersionIsOne() {
    #expect(CGSentiment.schemaVersion == 1)
}
