extension SyntheticCorpus {
    /// Dutch own sentences, fourth round (2026-11-29): hate in everyday Dutch vocabulary the earlier templates
    /// lacked (smerig, uitschot, gespuis, achterlijk, profiteurs, uitroeien, …) and, in the same words and
    /// structures, sentences that are not hate (praise, rebuttal, negation), so that neither the structure
    /// "‹group› zijn …" nor the new words alone decide.
    static let dutchVocabulary: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "{G} zijn smerig en lui", "wat een vies volk, die {G}", "{G} zijn uitschot, allemaal", "ik walg van {G}",
            "{G} zijn achterlijk", "{G} zijn gespuis", "die {G} deugen nergens voor", "{G} zijn gewoon minder slim",
            "{G} zijn profiteurs die op onze zak leven", "{G} zijn een stelletje primitievelingen",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{G} zijn als luizen", "{G} zijn schorem, geen mensen", "{G} gedragen zich als dieren",
            "{G} zijn een virus dat zich verspreidt", "{G} zijn vee",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "{G} moeten uitgeroeid worden", "ik schiet die {G} allemaal neer", "het wordt tijd dat iemand {G} afslacht",
            "{G} horen aan de galg", "zet alle {G} tegen de muur", "wacht maar, {G}, jullie zijn de volgende",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{G} profiteren alleen maar van ons", "met al die {G} is deze wijk niet meer te herkennen",
            "{G} passen hier gewoon niet", "sinds er {G} wonen durf ik 's avonds niet meer naar buiten",
            "{G} hebben hier niets te zoeken", "stuur {G} maar terug", "{G} zijn nooit te vertrouwen met geld",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{G} zijn harde werkers", "ik werk graag samen met {G}", "{G} horen er gewoon bij",
            "sinds er {G} wonen is de wijk levendiger", "met al die {G} in het team is het gezellig",
            "{G} hebben hier net zoveel recht op als wij", "{G} zijn slim en creatief",
            "de {G} in mijn straat zijn heel behulpzaam", "{G} zijn altijd te vertrouwen",
        ]),
        TemplateFamily("counter", hateful: false, [
            "wie {G} uitschot noemt moet zich schamen", "dat {G} lui zouden zijn is een fabeltje",
            "{G} als dieren wegzetten is precies wat de nazi's deden", "ik walg van de haat tegen {G}",
            "dat iemand {G} met geweld bedreigt is schandalig",
        ]),
        TemplateFamily("negation", hateful: false, [
            "{G} zijn niet lui", "{G} zijn helemaal niet gevaarlijk", "{G} zijn geen profiteurs",
            "niemand zou {G} iets mogen aandoen",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "{G} betalen net zo goed belasting", "de gemeente telde vorig jaar meer {G} in de wijk",
            "{G} en de rest van de straat vierden samen koningsdag", "er kwamen veel {G} naar de inspraakavond",
        ]),
    ]
}
