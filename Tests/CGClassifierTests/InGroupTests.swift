import Testing

@testable import CGClassifier

/// A speaker who names themselves with a slur or a reclaimed word ("Je suis pédé, et alors ?", "Wij flikkers
/// laten ons niet wegjagen", "my niggas") speaks in-group: the slur rule does not raise it and a score the model
/// gave is held under the threshold. The same words said of others, negated, as an object or beside hostility,
/// another group or a push out are not in-group.
@Suite("In-group use of a slur or reclaimed word is not hate")
struct InGroupTests {
    @Test(
        "self-naming the model or the slur rule made hateful is not hateful",
        arguments: [
            "Je suis pédé, et alors ?", "Wij flikkers laten ons niet wegjagen.", "Ik ben een trotse flikker.",
            "My niggas came through for my birthday.",
        ])
    func notHateful(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.reclaimsGroupWord(box.expressions, language: box.language))
        #expect(!c.classify(text).hateful, "\(c.classify(text).score)")
    }

    @Test(
        "the word of others, negated, an object, or beside hostility or a push out is not in-group",
        arguments: [
            "My neighbours are faggots.", "I'm not a faggot, you are.", "Are you a faggot or what?",
            "I'm a proud faggot hater.", "We niggers should go back to Africa, says the troll.",
            "As a Muslim, I think faggots should burn.", "I do not know how to talk to my paki neighbour",
            "I knew you were a faggot though", "Ik ben geen flikker.",
        ])
    func notInGroup(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.reclaimsGroupWord(box.expressions, language: box.language))
    }
}

/// A message that only says who the speaker, or someone close to them, is ("I'm a gay man", "My sister is
/// disabled") is not hate, whatever the model scored; the same opener with hostility, another group or more said
/// about the group is the model's to judge.
@Suite("Saying who one is is not hate")
struct IdentityStatementTests {
    @Test(
        "identity statements the model scored hateful are not hateful, in four languages",
        arguments: [
            "I'm a gay man.", "We are a group of trans people.", "My sister is disabled.",
            "Somos un grupo de personas trans.", "Ik ben een homoseksuele man.",
            // A possessive, a noun and a copula, whatever the noun (2026-11-30, sixth session).
            "Mi médica es musulmana.",
            // Three words after the possessive, a singular word of origin or colour, "and" about the same person
            // (2026-11-30, seventh session).
            "Mi compañero de piso es marroquí", "Mon collègue est noir", "Mijn collega is Marokkaans",
            "Mon collègue est noir et vient de Lyon", "Sóc musulmana i visc al Raval",
            // The past and the plural (2026-11-30, eighth session).
            "Mi abuela era judía.", "Ma grand-mère était juive.", "Min mormor var judinna.", "My parents are Muslim.",
            "Mes parents sont musulmans.",
        ])
    func notHateful(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.statesIdentity(box.expressions, language: box.language)
        }
    }

    @Test(
        "more said about the group, hostility or another group is not an identity statement",
        arguments: [
            "We white people are superior.", "I am a white man and immigrants disgust me.",
            "My son is gay and I am ashamed.", "My neighbour is a dirty Muslim.",
            "I am a Muslim and Jews are the enemy.", "My problem is Muslims.", "Mon pire cauchemar est les Roms.",
            "Our new boss is Jewish and greedy.",
            // After "and": the speaker, a call to leave, a cue; English "I" is no Catalan "i".
            "My son is gay and I pray for a cure.", "My neighbour is Moroccan and should go back home.",
            "Mon voisin est noir et dangereux.", "My son is gay I pray to God for a cure",
            "My neighbours are Muslim scum.", "Mis vecinos son gitanos de mierda.",
        ])
    func notIdentity(text: String) throws {
        let c = try #require(HateExpressionTests.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.statesIdentity(box.expressions, language: box.language))
    }
}
