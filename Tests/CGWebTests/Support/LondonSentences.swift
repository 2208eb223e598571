/// The English sentences of the London trial (`LondonStream`), written for it the way London feeds read: short,
/// informal, with slang, dropped apostrophes, misspellings and a few lines in other languages. Like the Stockholm
/// trial's they were **not** filtered by what the classifier made of them; the trial keeps every one and prints
/// what the classifier returned (`CG_TRIAL_PRINT=1`); its misses are listed in docs/sentiment-analysis.md ("A
/// fourth outside trial").
enum LondonSentences {
    /// Background hate, by the group it is written against (the classifier's groups).
    static let hate: [String: [String]] = [
        "jews": [
            "Jews run the banks and the media, wake up people", "the jews are behind all of it, parasites the lot of them",
            "Cant stand jews, greedy vermin",
        ],
        "muslims": [
            "Muslims are ruining this country, send them all back", "every muslim is a terrorist waiting to happen",
            "Muzzies out of London, disgusting lot", "I hate muslims, they dont belong here",
        ],
        "trans": ["Trans people are mentally ill freaks", "trannies are sick in the head and a danger to kids"],
        "lgb": ["Gays are disgusting perverts", "faggots shouldnt be allowed anywhere near schools"],
        "women": ["Women are too thick to vote, get back in the kitchen", "women are worthless, only good for one thing"],
        "black": ["Black people are animals, send em back to africa", "blacks are all criminals, every last one"],
        "immigrants": ["Immigrants are parasites leeching off our benefits", "Migrants are vermin, deport the lot of them"],
        "roma": ["Gypsies are thieves, every single one of them"],
    ]

    /// The planted events' messages, by the event's name: against Jewish people after a synagogue was in the news
    /// ("synagogue"), moving between boroughs; against trans people around a march ("march"), city-wide.
    static let event: [String: [String]] = [
        "synagogue": [
            "After that synagogue story, jews are vermin, get them out", "Jews at that synagogue should be driven out of London",
            "Shut the synagogue down, I hate jews", "the jews from that synagogue are parasites",
            "Synagogue full of rats, jews out",
        ],
        "march": [
            "Trans people are mentally ill, ban the trans march", "that trans march is a parade of perverts, trannies are sick",
            "Trans freaks shouldnt be allowed to march through our streets", "The march proves trans people are all mentally ill",
        ],
    ]

    /// Friendly or neutral messages naming an identity (some with the events' words).
    static let friendly = [
        "Our Muslim neighbours brought round food for Eid, so kind", "The synagogue is holding an open day on Sunday, all welcome",
        "Happy Hanukkah to all my Jewish friends!", "My sister is trans and I couldnt be prouder of her",
        "Trans rights are human rights", "My brother is gay and just got engaged, buzzing for him",
        "Hate crimes against Jewish people are rising, its frightening", "Jews and Muslims stood together at the vigil tonight",
        "The womens team smashed it tonight!", "Black History Month talks at the library were brilliant",
        "Roma community day at the park, amazing food", "Immigrants keep the NHS running, fact",
        "Its wrong to hate gay people, love is love", "The mosque feeds homeless people every Friday",
        "Went to the trans march today, such a good vibe", "Jewish bakery does the best bagels, no contest",
    ]

    /// Everyday chatter, with slang and misspellings, and a few lines in other languages.
    static let chatter = [
        "Northern line is rammed again, proper nightmare", "Central line suspended AGAIN, cba",
        "bruv the bus just drove straight past me, full", "Cant beleive a pint is £7.50 now mate",
        "Raining again innit", "Anyone know a decent plumber? boiler's packed in",
        "Arsenal were shocking tonight", "Spurs. Its the hope that kills you",
        "Queue for the bakery round the block, worth it tho", "Lost my cat, grey and fluffy, answers to Biscuit",
        "Tube strike tomorrow so working from home", "Fog over the river this morning was unreal",
        "Whos got two tickets for Saturdays gig?", "Council still hasnt collected the bins, 3 weeks now",
        "Xmas lights are up on the high street, looks peng", "Rent went up again, this city is a joke",
        "Wifi on the overground is non existant lol", #"Sign at the station said "good service", lies"#,
        "Pociąg znowu spóźniony, masakra", "Alguien sabe dónde venden churros buenos?", "Il pleut encore, quelle surprise",
        "Ami aaj office e jabo na, bhai",
    ]

    /// How a place is named at the end of a message: the borough's first neighbourhood alias (or its name).
    static func suffixes(name: String, alias: String?) -> [String] {
        [" (here in \(name))", " - \(alias ?? name)"]
    }

    /// A message's sentence without the place named at its end.
    static func strip(_ text: String) -> String {
        for marker in [" (here in ", " - "] {
            if let range = text.range(of: marker, options: .backwards) { return String(text[..<range.lowerBound]) }
        }
        return text
    }
}
