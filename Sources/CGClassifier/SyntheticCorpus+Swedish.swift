extension SyntheticCorpus {
    /// More Swedish training templates (own sentences, 2026-11-29 night). Swedish has no public corpus here, and
    /// a Stockholm trial stream showed what the first templates lacked: groups named in the definite form
    /// ({D}: "judarna", "invandrarna"), hate phrased with a negation ("borde inte få rösta", "hör inte hemma
    /// här"), conspiracy and threat ("ett hot mot", "ligger bakom"), deportation, places of worship, and
    /// neutral and positive sentences with groups in the definite form (the first neutral templates were too
    /// few: "Kvinnor förtjänar tryggare gator" scored 0.75).
    static let swedishMore: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{D} är äckliga allihop", "{D} är smutsiga och lata", "jag avskyr {G}", "{D} är samhällets avskum",
            "{G} är det värsta som finns", "{D} är ett gäng jävla idioter", "fy fan vad jag hatar {G}",
            "{D} är vidriga varelser", "{G} är sämre än alla andra", "{D} luktar illa",
            "varför är {G} så äckliga?", "jag spyr på {G}", "{D} är en skam för landet",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{D} är som råttor", "{D} är en farsot", "{D} snyltar på vårt samhälle",
            "{G} är inga riktiga människor", "{D} förökar sig som kaniner", "{D} är som en cancer i samhället",
            "{D} är djur och ska behandlas som djur", "{G} är som löss", "{D} är ett skadedjur",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "skjut {D}", "häng alla {G}", "{D} borde skjutas", "{D} ska brinna", "vi ska ta hand om {D} en gång för alla",
            "någon borde spränga {D}", "{D} kommer att få betala med sitt blod", "slå ihjäl {D}",
            "det är dags att rensa ut {D} med våld", "jag vill se {D} dö", "{G} borde utrotas",
        ]),
        // A place of worship attacked: hate against the faith's people though no group word is written.
        TemplateFamily("threat-place", hateful: true, type: .threat, violence: true, [
            "tänd eld på moskén", "låt synagogan gå upp i rök", "spräng moskén", "synagogan ska brinna i natt",
            "moskén förtjänar en brandbomb", "sätt eld på kyrkan och alla som är där",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{D} borde utvisas allihop", "{D} ska inte ha rösträtt", "{G} borde inte få bo här",
            "{D} hör inte hemma i vårt land", "{D} hotar vårt sätt att leva", "{D} tar över våra städer",
            "{D} drar i alla trådar", "{D} är skyldiga till allt elände", "{D} kontrollerar bankerna",
            "{D} borde skickas tillbaka dit de kom ifrån", "skicka hem {D}", "kasta ut {D}", "{D} ska ut",
            "ut med {D}", "{D} våldtar våra kvinnor", "{D} är kriminella allihop", "{D} lever på bidrag och ger inget tillbaka",
            "{G} ska inte ha samma rättigheter som vi", "stäng gränserna för {G}", "{D} förstör allt de rör vid",
            "man ska aldrig anställa {G}", "{G} borde få utegångsförbud",
        ]),
        TemplateFamily("negation", hateful: false, [
            "jag har ingenting emot {D}", "{D} är inte farliga", "{D} är inte kriminella", "{D} är inget hot",
            "det är inte {D} som är problemet", "jag tycker inte att {G} är sämre än andra",
            "{D} har ingen skuld i det här", "{G} är inte parasiter",
        ]),
        TemplateFamily("counter", hateful: false, [
            "att kalla {D} för ohyra är rasism", "den som säger att {D} ska ut är en rasist",
            "hatet mot {G} måste stoppas", "vi måste stå upp för {D} när de hotas",
            "det är vidrigt att folk skriver att {G} ska dö", "sluta sprida lögner om {D}",
            "han skrek att {D} var djur, det är oacceptabelt", "konspirationen om att {D} styr världen är antisemitisk lögn",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{D} i vårt kvarter är fantastiska", "{D} är välkomna här", "tack till {D} som hjälpte till i helgen",
            "{D} har gjort staden rikare", "vi behöver fler {G} i politiken", "{D} förtjänar samma trygghet som alla",
            "{G} ska kunna gå hem tryggt på kvällen", "stolt över {D} i vår förening", "{D} är en del av oss",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "{D} i området startade en fotbollsklubb", "{D} firar sin högtid i helgen", "{D} i klubben tog medalj",
            "{D} som har restaurangen på hörnet lagar god mat", "kommunen träffade {D} om den nya parken",
            "{D} i föreningen bjuder på mat", "en utställning om {D} på stadsmuseet", "{G} i Sverige enligt ny statistik",
            "artikeln handlar om {D} och bostadsmarknaden", "{D} på min arbetsplats är trevliga",
            "radioprogrammet intervjuade {D} om skolan", "hur många {G} röstade i valet?",
        ]),
        TemplateFamily("everyday", hateful: false, [
            "vilken kö det var på systemet", "fika med kollegorna i dag", "tunnelbanan står still igen",
            "matchen på arenan var grym", "någon som vet ett bra ställe för brunch?", "ny lekplats i parken",
            "det snöar redan i november", "bussen kom aldrig", "jävla regn hela veckan", "min chef är en jävla clown",
            "fan vad dyr hyran har blivit", "biblioteket har öppet längre på torsdagar", "synagogan renoveras i vår",
            "moskén bjuder in till samtal om grannskapet", "kyrkan har konsert på söndag",
        ]),
    ]
}
