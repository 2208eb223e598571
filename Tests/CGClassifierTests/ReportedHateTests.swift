import Testing

@testable import CGClassifier

/// Hate quoted or reported in order to condemn it: the models read the hostile claim and scored these hateful.
@Suite("Quoted and reported hate, condemned, is not hate")
struct ReportedHateTests {
    @Test(
        "a quotation or a report condemned by a reaction or a counter-speech word is lowered",
        arguments: [
            "Phrases such as \"women are worthless\" do real harm.",
            "\"I hate women\" is not an opinion, it's misogyny.",
            "The speaker said women \"should not be allowed to vote\" and was rightly booed.",
            "She said trans people are mentally ill. I was speechless.",
            "I can't believe someone said women should die.",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.condemnsReportedHate(box.expressions, language: box.language)
        }
    }

    @Test(

        "an endorsed claim, a friendly claim called a lie, hostility of the writer's own, an uncondemned report, the writer's own words are not the rule's",
        arguments: [
            "My dad always said \"immigrants are parasites\" and he was right.",
            "Everyone says Jews control the banks. It's a fact.", "They told us gays are normal. Lies.",
            "\"Refugees welcome\"? What a lie, they are all criminals.", "He said women are stupid. I laughed.",
            "I said \"Muslims are rats\" and I meant it.",
            // A slur in an unquoted report, an animal outside the quotation, a weak counter word.
            "It is disgraceful that I can't call a nigger a nigger.",
            "Only a racist looks at a monkey and thinks \"black people.\"",
            "Judge drops all charges against 3 'Extremist Muslims' found at compound",
        ])
    func notLowered(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in
            extractor.condemnsReportedHate(table, language: .en)
        }
    }
}
