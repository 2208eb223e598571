import Testing

@testable import CGClassifier

/// A hostile claim about a group denied ("No, Jewish people do not control the banks"), or a harm to a group
/// refused ("I would never judge a Muslim for their faith"), with nothing hostile said: the models read the hostile
/// word and let the negator pass. Denials by quantity or for all time ("have no soul", "never integrate"), denied
/// worth ("not normal"), a hostile word outside the negation and a turn after the denial stay the model's.
@Suite("A denied claim or a refused harm is not hate")
struct DenialTests {
    @Test(
        "denied claims the models scored hateful are held under the threshold",
        arguments: [
            "No, Jewish people do not control the banks.", "Refugees don't come here for benefits, they flee war.",
            "Women are not worse drivers than men.",
            // A harm denied after "ne … jamais", a word that is no cue denied (2026-11-30, sixth session).
            "Les handicapés ne devraient jamais être moqués.", "Les gays ne sont pas des malades.",
            "Les juifs ne contrôlent pas le monde.", "Les handicapés ne sont nullement un poids pour la société.",
            // "ne … en rien", blame denied (2026-11-30, seventh session).
            "Les réfugiés ne sont en rien responsables de la crise",
        ])
    func claimDenied(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.deniesHostileClaim($1.expressions, language: $1.language) }
    }

    @Test(
        "hate said with a negator, or a denial with a turn after it, is not the rule's",
        arguments: [
            "Muslims have no soul.", "Muslims never integrate.", "Gays are not normal and disgusting.",
            "Black people are not stupid, just lazy.", "Muslims are not welcome here, they are criminals.",
            "Les handicapés ne servent à rien.", "Les Roms ne savent que voler.",
            "Muslims won't stop until they control the banks.",
            "Jews don't control the banks, they own them, the rats.",
            "\"Jews do not control the banks\" is what they want you to think.",
            "Les handicapés ne travaillent jamais.", "Les Roms ne sont jamais malades, ils font semblant d'être nuls.",
            // A trope said in the negative: its "pas" is the trope's (2026-11-30, ninth session).
            "Les femmes ne savent pas conduire.", "Les Roms ne veulent pas travailler.",
            "Les migrants ne font aucun effort pour apprendre le français.",
        ])
    func claimNotDenied(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in
            extractor.deniesHostileClaim(table, language: .en) || extractor.deniesHostileClaim(table, language: .fr)
        }
    }

    @Test(
        "a refusal to believe a hostile claim is held under the threshold",
        arguments: [
            "Je refuse de croire que les femmes sont moins intelligentes", "I refuse to believe Muslims are dangerous",
            "I don't think at all that Black people are inferior",
        ])
    func claimDisbelieved(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.disbelievesHostileClaim(box.expressions)
        }
    }

    @Test(
        "a refusal to believe a friendly claim, with hostility before it or a negator in the claim is not the rule's",
        arguments: [
            "I refuse to believe that gays are normal", "Muslims are vermin, I refuse to believe they are dangerous",
            "I refuse to believe women are not stupid", "I refuse to believe women are capable",
            "I don't think Muslims are dangerous, they're vermin", "Je ne crois pas que les juifs soient humains",
        ])
    func claimNotDisbelieved(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.disbelievesHostileClaim(table) }
    }

    @Test(
        "refused harms the models scored hateful are held under the threshold, in three languages",
        arguments: [
            "I would never judge a Muslim for their faith.", "Ik zou nooit een vluchteling uitschelden.",
            "Je ne veux pas que les musulmans soient stigmatisés.",
            // An impersonal refusal, a harm the contact words also hold ("haïr", English "hair").
            "Il ne faut pas haïr les juifs.", "Je ne veux pas que les Roms soient expulsés.",
            "Je ne supporterais pas qu'on frappe un immigré.",
            // The refused harm is the only hostile word, out of the negator's reach; an inverted refusal (2026-11-30,
            // seventh session).
            "I don't want any Roma to be hurt", "Never would I support violence against Muslims",
            "Je ne vois pas pourquoi on détesterait les lesbiennes",
            // Not letting it happen, shame that it happens (2026-11-30, eighth session).
            "No voy a permitir que insultes a los gitanos delante de mí.",
            "Es una vergüenza que todavía se ataque a los judíos en 2026.",
            "Het is een schande dat homo's worden aangevallen.",
            // Nobody wants to harm, no reason to fear (2026-12-01, tenth session).
            "aquí nadie quiere hacer daño a los judíos", "ici personne ne veut faire de mal aux musulmans",
            "I never said gay people should be hurt",
        ])
    func harmRefused(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, _ in extractor.refusesHarmToGroup() }
    }

    @Test(
        "a refused contact, a turn after the refusal, a hostile word or a second negator is not the rule's",
        arguments: [
            "I would never marry a Muslim.", "I would never hit a woman but I would slap her.",
            "I would never hurt a Muslim, they are vermin anyway.", "I don't want to hurt refugees until they leave.",
            "Not that I would never judge a Muslim.",
        ])
    func harmNotRefused(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in extractor.refusesHarmToGroup() }
    }

    @Test(
        "a group treated like animals, reported, is held under the threshold, in two languages",
        arguments: [
            "Los refugiados son tratados como animales en los campos.",
            "Vluchtelingen worden als vee behandeld aan de grens.",
        ])
    func treatedAsAnimals(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.reportsGroupTreatedAsAnimals($1.expressions) }
    }

    @Test(
        "a call to treat a group like animals, a likening with no wrong, or another hostile word is not the rule's",
        arguments: [
            "Refugees should be treated like animals.", "Immigrants deserve to be treated like dogs.",
            "Refugees behave like animals.", "Refugees are treated like animals because they are scum.",
            "Treat the immigrants like the animals they are.",
        ])
    func notTreatedAsAnimals(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in
            extractor.reportsGroupTreatedAsAnimals(table)
        }
    }

    @Test(
        "harm done to a group named as a subject and condemned is held under the threshold, in three languages",
        arguments: [
            "Odiar a los negros es de cobardes.", "Odiar a los musulmanes está mal.",
            "Atacar a los refugiados es una vergüenza.", "Hating Muslims is for cowards.",
            // Acceptance denied (2026-11-30, seventh session).
            "Killing Jews is never acceptable", "Tuer des juifs n'est jamais acceptable",
            // A verdict without a copula; an act aimed at the group condemned with a hostile word (2026-11-30, seventh
            // session).
            "Odiar a los gitanos no te hace mejor persona", "Esas pintadas contra los judíos son asquerosas",
            // Threats and words aimed at a group, a crime (2026-12-01, twelfth session).
            "Threatening trans people is a crime.", "Telling lesbians they just need the right man is homophobic.",
            "Saying immigrants should be shot is monstrous.",
        ])
    func harmCondemnedAsSubject(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in extractor.condemnsHarmAsSubject(box.expressions) }
    }

    @Test(
        "a harm praised, left uncondemned, or followed by the writer's own hostility is not the rule's",
        arguments: [
            "Attacking Muslims is the only solution.", "Hating Jews is natural.",
            "Hating Muslims is wrong, but they are terrorists.", "Odiar a los gitanos es lo normal.",
            "Hating Muslims doesn't make you a racist", "Attacks by Muslims are disgusting",
            "Jokes about Jews are funny, Jews are vermin",
            "Deporting immigrants is the only solution.", "Telling Muslims the truth is a crime now, they are vermin.",
        ])
    func harmNotCondemnedAsSubject(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.condemnsHarmAsSubject(table) }
    }

    @Test(
        "condemning the people who harm a group, or a slogan for every person, is held under the threshold",
        arguments: [
            "No soporto a la gente que insulta a los musulmanes.", "Ik walg van mensen die vluchtelingen uitschelden.",
            "Mensen die vrouwen minderwaardig vinden, moeten zich schamen.",
            "Si odias a los gais, el problema lo tienes tú.", "Geen mens is illegaal, ook vluchtelingen niet.",
        ])
    func harmDoersCondemned(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.condemnsThoseWhoHarm(box.expressions)
        }
    }

    @Test(
        "a group outside the clause about the people, hostility of the speaker in it, or no harm is not the rule's",
        arguments: [
            "Muslims are rats and people who defend them are traitors.",
            "Anyone who speaks about those greedy Jews gets banned.", "People who love Muslims are fools.",
            "Geen mens is illegaal, maar moslims zijn tuig.",
        ])
    func harmDoersNotCondemned(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.condemnsThoseWhoHarm(table) }
    }
}
