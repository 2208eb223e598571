extension SyntheticCorpus {
    /// Dutch training templates (own sentences): a first model from these alone.
    static let dutch: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "ik haat {G}", "{G} zijn walgelijk", "{G} zijn waardeloos", "{G} zijn tuig", "{G} zijn een schande",
            "ik kan {G} niet uitstaan", "{G} zijn dom", "{G} zijn minderwaardig", "{G} zijn allemaal leugenaars",
            "kut {G}", "{G} zijn het ergste wat er is", "{G} zijn afval", "niets is walgelijker dan {G}",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} zijn ratten", "{G} zijn beesten", "{G} zijn een plaag", "{G} zijn parasieten", "{G} zijn een ziekte",
            "{G} zijn kakkerlakken", "{G} zijn geen mensen", "{G} zijn apen", "{G} zijn varkens",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "alle {G} moeten dood", "{G} verdienen de dood", "ik ga {G} in elkaar slaan", "dood aan {G}",
            "we moeten {G} afmaken", "{G} moeten vergast worden", "ik steek de volgende van die {G} neer",
            "{G} moeten opgehangen worden", "schiet alle {G} neer",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{G} verpesten dit land", "{G} spelen altijd het slachtoffer", "je kunt {G} niet vertrouwen",
            "{G} moeten terug naar hun eigen land", "{G} nemen alles over", "niemand wil {G} hier",
            "{G} komen alleen voor de uitkering", "{G} horen hier niet", "{G} zijn een last voor de samenleving",
            "{G} eruit",
        ]),
        TemplateFamily("support", hateful: true, type: .support, [
            "Hitler had gelijk over {G}", "de Holocaust was een goede zaak", "we hebben een nieuwe Hitler nodig",
        ]),
        TemplateFamily("slur", hateful: true, type: .derogation, ["rot op vuile {S}", "de buurt zit vol {S}"]),
        TemplateFamily("negation", hateful: false, [
            "ik haat {G} niet", "{G} zijn niet walgelijk", "{G} zijn geen ratten", "ik heb geen probleem met {G}",
            "het is niet waar dat {G} dom zijn", "niemand mag {G} pijn doen", "{G} zijn geen bedreiging",
        ]),
        TemplateFamily("counter", hateful: false, [
            "zeggen dat {G} ratten zijn is walgelijk", "stop met {G} beesten noemen",
            "het is racistisch om te zeggen dat {G} dom zijn", "haat tegen {G} hoort hier niet",
            "ik heb het account gemeld dat zei dat {G} dood moeten", "\"{G} zijn tuig\" is precies de haat die we moeten stoppen",
        ]),
        TemplateFamily("positive", hateful: false, [
            "ik hou van {G}", "{G} zijn geweldig", "{G} zijn welkom hier", "{G} verdienen respect",
            "mijn beste vrienden zijn {G}", "{G} maken deze stad beter", "solidariteit met {G}",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "ik heb twee {G} ontmoet op het congres", "er wonen veel {G} in Rotterdam", "het rapport gaat over {G} in Europa",
            "mijn buren zijn {G}", "een groep {G} opende een bakkerij", "de film gaat over {G}",
            "de volkstelling telt {G} apart", "ik las een artikel over {G}", "{G} stemden bij de verkiezingen",
            "een vereniging voor {G} zoekt vrijwilligers", "de burgemeester sprak met {G} over het nieuwe park",
            "nieuw onderzoek naar {G} en werk", "een interview met drie {G} over hun werk",
            "hoeveel {G} wonen er in Amsterdam?", "de bibliotheek organiseert een cursus voor {G}",
            "{G} organiseerden zondag een mars", "een podcast gemaakt door {G}", "de documentaire volgt {G} in Utrecht",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "kut, weer te laat", "wat een klotedag", "godverdomme mijn fiets is gestolen", "shit, sleutels vergeten",
            "dit concert was echt kankergoed", "verdomme wat is het heet", "fuck, de trein is weer vertraagd",
            "wat een kutweer vandaag", "jezus, wat een file", "tering, mijn telefoon is leeg",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "ik haat maandagen", "politici zijn allemaal leugenaars", "jij bent een idioot", "muggen zijn een plaag",
            "ratten zijn walgelijk", "de scheidsrechter is een clown", "ik haat files", "ik haat mijn werk",
            "bankiers zijn hebberig", "deze spreadsheet maakt me gek", "ik haat het als mensen te laat komen",
        ]),
    ]

    /// Swedish training templates (own sentences): a first model from these alone.
    static let swedish: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "jag hatar {G}", "{G} är äckliga", "{G} är värdelösa", "{G} är avskum", "{G} är en skam", "{G} är dumma i huvudet",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} är råttor", "{G} är djur", "{G} är en pest", "{G} är parasiter", "{G} är inte människor",
            "{G} är kackerlackor som sprider sig", "{G} är som en smitta i samhället", "{G} är odjur",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "döda alla {G}", "{G} förtjänar att dö", "jag ska slå ihjäl {G}", "död åt {G}", "bränn {G}",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{G} förstör det här landet", "{G} ska åka hem", "ingen vill ha {G} här", "man kan inte lita på {G}",
            "ut med alla {G} från våra kvarter", "{G} är tjuvar allihop", "{G} hör inte hemma i Sverige",
        ]),
        TemplateFamily("negation", hateful: false, [
            "jag hatar inte {G}", "{G} är inte äckliga", "{G} är inte råttor", "jag har inga problem med {G}",
        ]),
        TemplateFamily("counter", hateful: false, [
            "att säga att {G} är råttor är vidrigt", "sluta kalla {G} för djur", "hat mot {G} hör inte hemma här",
        ]),
        TemplateFamily("positive", hateful: false, [
            "jag älskar {G}", "{G} är välkomna här", "{G} förtjänar respekt", "{G} gör staden bättre",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "jag träffade två {G} på konferensen", "många {G} bor i Stockholm", "rapporten handlar om {G}",
            "en ny studie om {G} och arbetsmarknaden", "kommunen bjöd in {G} till ett möte om parken",
            "hur många {G} bor i stadsdelen?", "filmen handlar om {G} på sjuttiotalet", "mina grannar är {G}",
            "radion intervjuade {G} från området", "biblioteket har en kurs för {G} på torsdag",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "fan vad varmt det är", "jävlar, jag missade bussen", "skit också", "fy fan vad trött jag är",
            "helvete, nycklarna ligger kvar hemma", "vilken jävla kö vid kassan", "satan vad det regnar",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "jag hatar måndagar", "politiker är lögnare allihop", "du är en idiot", "myggor borde utrotas",
            "domaren är en clown", "jag hatar köer", "mitt jobb suger", "den här datorn gör mig galen",
        ]),
        // Everyday talk with no group in it: the corpora of other languages are full of it, but for Swedish
        // only our own sentences exist, and without these the model has never seen a plain message.
        TemplateFamily("everyday", hateful: false, [
            "tåget är försenat igen", "någon som vet när simhallen öppnar?", "vilket fint väder i dag",
            "vi grillar i parken på lördag", "mataffären har rea på kaffe", "min cykel blev stulen i natt",
            "trafiken på bron står helt still", "barnen har lov hela veckan", "konserten i kväll var fantastisk",
            "tips på en bra frisör i närheten?", "det luktar nybakat från bageriet", "vägarbetet pågår till juni",
            "har någon sett en svart katt på gatan?", "loppis på skolgården i morgon", "elen gick i hela huset",
            "bästa kanelbullarna finns på hörnet", "soptömningen kommer på tisdag", "hyran höjs igen nästa år",
        ]),
    ]
}
