import Testing

@testable import CGClassifier

/// A question that only asks about a group ("What do Muslims eat during Eid?", "¿Cuántos refugiados llegaron a
/// España?") is not hate; a question that insinuates, holds a hostile word, a negation or a trope stays the model's.
@Suite("A plain question about a group is not hate")
struct QuestionTests {
    @Test(
        "questions the models scored hateful are held under the threshold, in four languages",
        arguments: [
            "What do Muslims eat during Eid?", "¿Cuántos refugiados llegaron a España?",
            "¿Dónde rezan los musulmanes de Barcelona?", "Wanneer vieren joden Chanoeka?",
            "Comment les musulmans célèbrent-ils l'Aïd ?", "Why do Muslims fast during Ramadan?",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.asksPlainQuestion($1.expressions, language: $1.language) }
    }

    @Test(
        "insinuations, hostile words, negations, tropes, statements and questions without a question mark are not the rule's",
        arguments: [
            "Why are Muslims always so violent?", "Why do women even exist?", "Why can't Muslims integrate?",
            "When will the immigrants finally leave?", "What do you expect from Jews?",
            "Where do these rats, the immigrants, come from?", "¿Cuántos inmigrantes más tenemos que aguantar?",
            "Pourquoi les Arabes sont-ils si violents ?", "What Muslims eat during Eid is their business",
            "Who cares about refugees", "How can we deport all the refugees?",
            "Why do Jews control the banks?", "Why trust a Jew?", "Why do Muslims pray for our death?",
            "Why do women even wear that?", "Why do gays dress like that?",
            "¿Qué hace una mujer en una habitación redonda? Buscarle las esquinas",
        ])
    func notLowered(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in
            extractor.asksPlainQuestion(table, language: .en) || extractor.asksPlainQuestion(table, language: .es)
                || extractor.asksPlainQuestion(table, language: .fr)
        }
    }

    @Test(
        "a pay gap the models scored hateful is held under the threshold",
        arguments: [
            "Las mujeres cobran un 20% menos que los hombres.", "Vrouwen verdienen nog steeds minder dan mannen.",
            // A place of work between the group and the verb (the Rotterdam trial).
            "Vrouwen in de haven verdienen nog steeds minder, dat moet anders",
            // "less" six words after the verb (2026-11-30, seventh session).
            "Las mujeres ganan de media un 20% menos que los hombres",
            // A why-question about a group paid less (2026-12-01, tenth session).
            "Pourquoi les femmes sont-elles moins payées ?", "¿Por qué las mujeres cobran menos?",
            "Waarom verdienen vrouwen minder?",
        ])
    func payGap(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.statesPayGap($1.expressions, language: $1.language) }
    }

    @Test(
        "less worth, a pay gap with a hostile word or a negation is not a pay gap",
        arguments: [
            "Women are less intelligent than men.", "Women earn less because they are lazy.",
            "Women should earn less than men.", "Women don't earn less, they just complain.",
            "Las mujeres deberían cobrar menos, son inferiores.", "Why are women paid less? Because they are lazy.",
        ])
    func notPayGap(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.statesPayGap(table, language: .en) }
    }

    @Test(
        "a negated question that asserts a hostile claim is hateful, in four languages",
        arguments: [
            "Aren't Jews just parasites in the end?", "¿No son los judíos unos parásitos?",
            "Les juifs ne sont-ils pas des parasites ?", "Zijn joden niet gewoon parasieten?",
            // A trope or a Dutch word for mental illness, Spanish "acaso" (2026-12-01, tenth session).
            "Zijn transgenders niet gewoon geestesziek?", "Zijn de joden niet de oorzaak van al onze problemen?",
            "Zijn gehandicapten niet gewoon zonde van het geld?",
            "¿Acaso las personas trans no son enfermos mentales?",
        ])
    func negatedQuestionRaised(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.asksNegatedQuestion(table) }
    }

    @Test(
        "a negated question about a group's victims, a statement, or a condemned claim is not the rule's",
        arguments: [
            "Aren't Muslims the victims of hate here?", "Jews are not parasites?", "Jews aren't parasites.",
            "Isn't calling Jews parasites antisemitic?", "Aren't these \"Jews are parasites\" posts vile?",
        ])
    func negatedQuestionNotRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.asksNegatedQuestion(table) }
    }

    @Test(
        "a negated question that affirms a group's humanity or equality is held under the threshold",
        arguments: [
            "Aren't Jewish people just like everyone else?", "¿No son los inmigrantes vecinos como los demás?",
            "Les réfugiés ne sont-ils pas des êtres humains ?",
        ])
    func negatedQuestionAffirms(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.affirmsByNegatedQuestion(box.expressions)
        }
    }
}
