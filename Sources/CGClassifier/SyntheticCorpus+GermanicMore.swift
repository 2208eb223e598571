extension SyntheticCorpus {
    /// More Dutch training templates (own sentences, 2026-11-29): neutral and positive mentions in news, everyday,
    /// factual, supportive and question form; profanity that is not hate; counter-speech and quoting to condemn;
    /// and hate in new phrasings (questions, opinions, pronoun reference, comparisons, threats).
    static let dutchMore: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "de cijfers over {G} kwamen vanochtend uit", "volgende week verschijnen de volkstellingsgegevens over {G}",
            "{G} vormen een groot deel van de bevolking", "een nieuwe studie kijkt naar de gezondheid van {G}",
            "de buurtvereniging nodigde {G} uit voor de vergadering", "twee {G} zijn boven ons komen wonen",
            "ik heb geluncht met een paar {G} van mijn werk", "veel {G} voetballen in het weekend in het park",
            "waar wonen de meeste {G} in de stad?", "is er een steungroep voor {G} hier in de buurt?",
            "wat vinden {G} van de nieuwe buslijnen?", "{G} wonen al eeuwen in deze regio",
            "veel {G} werken in de zorg", "de krant publiceerde een serie over {G} op het platteland",
            "een nieuwe wet voor {G} gaat in januari in", "het cultureel centrum van {G} opent binnenkort",
            "het aantal {G} in de stad is gegroeid", "{G} zijn een minderheid in dit land",
            "de politie sprak met {G} over veiligheid", "de podcast van deze week gaat over {G} en sport",
            "{G} uit de wijk organiseren een feest", "ik raakte aan de praat met {G} bij de bushalte",
            "hoe vieren {G} oud en nieuw?", "de school heeft een docent aangenomen die met {G} werkt",
            "het debat over {G} en werk bleef rustig", "het rapport over {G} en gezondheid komt morgen uit",
            "een radioprogramma ging over {G} en huisvesting", "het journaal van vanavond ging over {G} en onderwijs",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} verdienen dezelfde rechten als iedereen", "fijn dat {G} zich hier thuis voelen",
            "{G} horen bij onze gemeenschap", "ik kom op voor {G} waar ik kan",
            "{G} hebben veel bijgedragen aan de wetenschap", "wat een geluk dat er zoveel {G} in de buurt wonen",
            "{G} zijn top", "een dikke knuffel voor alle {G}", "{G} zijn mensen zoals iedereen",
            "{G} zijn sterk en moedig", "we hebben meer {G} in de politiek nodig", "{G} moeten zich overal veilig voelen",
            "{G} zijn geweldige vrienden", "ik mag {G} heel graag", "ik vertrouw {G} volledig",
            "deze stad zou niets zijn zonder {G}", "ik kan me mijn leven zonder {G} niet voorstellen",
            "de ziekenhuizen zouden niet draaien zonder {G}", "je hoeft niet bang te zijn voor {G}",
            "wat leuk om {G} te zien slagen", "ik zie {G} graag gelukkig",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "waarom zijn {G} zo smerig?", "volgens mij zijn {G} uitschot", "ik ken veel {G} en ze zijn allemaal walgelijk",
            "ik vind {G} echt idioten", "{G} zijn volkomen nutteloos", "{G} zijn overbodig", "{G} zijn het laagste van het laagste", "ik ga nog liever dood dan naast {G} te wonen",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} zijn net ratten, ze vermenigvuldigen zich overal", "{G} horen in een dierentuin",
            "{G} zijn een sprinkhanenplaag", "{G} zijn meer insecten dan mensen", "{G} zijn een gezwel in de samenleving",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "iemand moet {G} eens flink in elkaar trappen", "ik hoop dat een vrachtwagen al die {G} overrijdt",
            "als ik {G} bij mijn huis zie breek ik hun benen", "{G} verdienen een kogel", "we komen jullie halen, {G}",
            "we steken de huizen van {G} in brand", "ik wil {G} zien lijden", "gooi {G} maar van een brug",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{G} zijn de reden dat de criminaliteit stijgt", "{G} zijn alleen goed om wc's schoon te maken",
            "alles ging goed tot {G} hier kwamen", "ik laat {G} nooit in de buurt van mijn kinderen",
            "{G} brengen alleen maar ellende", "ik zou nooit een huis verhuren aan {G}",
            "de buurt ging naar de knoppen toen {G} kwamen", "deze stad was veilig voordat {G} kwamen",
            "{G} zijn hier niet welkom", "ik zal {G} nooit respecteren", "{G} zullen nooit gelijk zijn aan ons",
            "ik wil geen {G} in mijn straat",
        ]),
        TemplateFamily("counter", hateful: false, [
            
            "wie {G} bedreigt moet vervolgd worden",
            "het idee dat {G} minderwaardig zijn is onzin", "ik word boos als ik lees dat {G} de dood verdienen",
            "leuzen als '{G} eruit' zijn puur racisme", 
            "ik sta naast {G} tegen deze haatberichten",
            "iemand schreef 'dood aan {G}' in het portiek en we hebben aangifte gedaan",
            "reacties als '{G} moeten weg' zijn haat", "laat niemand je wijsmaken dat {G} minder waard zijn",
            "ik heb een bericht gemeld waarin {G} werden bedreigd",
        ]),
        TemplateFamily("negation", hateful: false, [
            "{G} zijn in niets minderwaardig", "ik heb niets tegen {G}", "{G} zijn de vijand niet",
            "{G} verdienen het niet om pijn gedaan te worden", "niemand vindt dat {G} niets waard zijn",
            "{G} zijn voor niemand een last", "ik zou {G} nooit iets aandoen", "het is niet waar dat {G} gevaarlijk zijn",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "godver, wat een wedstrijd", "kut, wat is het koud", "shit, de wifi ligt er weer uit",
            "holy shit ik heb de loterij gewonnen", "wat een kutverkeer", "jij bent een fucking held",
            "die kutcomputer doet het niet", "verdomme, het eten is aangebrand", "kut, alweer regen",
            "jezus, je liet me schrikken", "wat een teringherrie buiten", "klote, mijn trein is uitgevallen",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "ik haat mensen die in de bioscoop praten", "huisjesmelkers zijn bloedzuigers", "ik haat wachten in de rij",
            "jij bent een eikel", "ik zou een moord doen voor een koffie", "kakkerlakken vind ik walgelijk",
        ]),
        TemplateFamily("everyday", hateful: false, [
            "de trein heeft weer vertraging", "weet iemand wanneer het zwembad opengaat?", "wat een heerlijk weer vandaag",
            "we barbecueën straks in het park", "de winkel heeft koffie in de aanbieding", "mijn fiets is vannacht gestolen",
            "de brug staat helemaal vast", "de kinderen hebben de hele week vakantie", "het concert vanavond was geweldig",
            "tips voor een goede kapper in de buurt?", "de vuilnis wordt morgen opgehaald", "de huur gaat volgend jaar weer omhoog",
        ]),
    ]
}
