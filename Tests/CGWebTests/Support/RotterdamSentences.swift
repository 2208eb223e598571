/// The Dutch sentences of the Rotterdam trial (`RotterdamStream`), written for it in ordinary social-media style.
/// Each was read by the classifier before use: sentences it misread are left out and listed in
/// docs/sentiment-analysis.md ("A second outside trial"), so the trial checks the analyses, not the classifier.
enum RotterdamSentences {
    /// Background hate, by the group it is written against.
    static let hate: [String: [String]] = [
        "jews": [
            "Die joden hebben de hele stad in hun zak, walgelijk volk", "Ik haat joden, ze verpesten alles hier",
            "Joden zijn uitvreters die alles opkopen", "Die joden steken overal hun neus in, tuig",
            "Die joodse types zijn allemaal oplichters",
        ],
        "trans": [
            "Die transgenders zijn ziek, echt smerig volk", "Transgenders zijn viezeriken die kinderen bespieden",
        ],
        "christians": [
            "Christenen zijn achterlijke gelovigen die iedereen willen bekeren", "Ik walg van christenen, hypocriet volk",
        ],
        "women": ["Vrouwen horen achter het aanrecht, ze zijn dom", "Vrouwen zijn minderwaardig en moeten hun mond houden"],
        "muslims": ["Moslims zijn terroristen", "Moslims zijn tuig, stuur ze terug"],
        "immigrants": ["Die immigranten zijn tuig, stuur ze terug", "Immigranten zijn parasieten die van onze uitkeringen leven"],
        "lgb": ["Homo's zijn smerige viezeriken, walgelijk volk", "Ik haat homo's, ze zijn ziek"],
        "black": ["Zwarten zijn apen", "Ik haat zwarten"],
    ]

    /// The planted events' messages, by the event's word.
    static let event: [String: [String]] = [
        "stadion": [
            "Na dat stadion gezeik: joden zijn kakkerlakken", "Joden zijn ratten, het stadion had gelijk",
            "Wat ze in het stadion zongen klopt, joden zijn tuig",
        ],
        "menorah": [
            "Weer die joden met hun menorah, weg ermee", "Die menorah hoort hier niet, joden zijn tuig",
            "Weer die joden met hun menorah op het plein, rot toch op naar je eigen land",
        ],
        "zwembad": [
            "Ik walg van transgenders in het zwembad, het zijn freaks", "Transgenders in het zwembad zijn viezeriken, smerig volk",
            "Transgenders horen niet in ons zwembad, smerige freaks",
        ],
    ]

    /// Friendly messages naming an identity (some with the events' words).
    static let friendly = [
        "Mooi chanoekafeest op het plein met onze joodse buren", "De joodse bakker op de Nieuwe Binnenweg heeft de lekkerste challe",
        "Mijn buurvrouw is trans en helpt altijd met de boodschappen", "Joodse en islamitische jongeren samen aan het voetballen, prachtig",
        "Trans personen verdienen gewoon respect", "Ik las dat joodse scholen extra beveiliging krijgen, triest dat het nodig is",
        "Het joods museum heeft een mooie nieuwe tentoonstelling", "Met mijn transgender collega naar de kroeg geweest, gezellig",
        "Mijn dochter is trans en ik ben trots op haar", "De kerk zoekt vrijwilligers voor de kerstmarkt",
        "Lieve moslimburen brachten soep toen ik ziek was", "Vluchtelingen helpen bij de voedselbank, mooi initiatief",
        "Mooi om de menorah op het plein te zien branden", "Gezellig chanoeka gevierd bij de buren",
        "Vanavond pride borrel met vrienden", "Gefeliciteerd aan de vrouwen van het roeiteam",
        "Het nieuwe zwembad is eindelijk open, heerlijk banen getrokken",
    ]

    static let chatter = [
        "Files op de A20 weer, echt niet normaal", "Koffie bij de Markthal, wie gaat mee?", "Tram 23 rijdt weer niet, RET doe normaal",
        "Wat een regen vandaag zeg", "Morgen weer werken, zin in", "Ik snap niks van die nieuwe parkeerregels",
        "Bij de Albert Heijn was het weer druk", "Wie heeft mijn fiets gezien? Blauwe Gazelle", "Morgen naar de markt op de Binnenrotte",
        "Die nieuwe burgemeester doet het best goed", "Wie weet een goede pizzeria die nu nog open is?",
        "Net thuis van de nachtdienst, op naar bed", "Wat een wind vanavond, de fiets lag om",
        "Nieuwe koffiezaak op de hoek, echt aanrader",
    ]
}
