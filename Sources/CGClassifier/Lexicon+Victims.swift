extension Lexicon {
    // Words of ``FeatureExtractor/reportsGroupAsVictim(_:)``: a group said to suffer a wrong ("Black people are
    // victims of attacks", "Les femmes sont victimes de violences", "Homo's worden aangevallen op straat").
    // Written normalised (lower case, no diacritics).

    /// Auxiliaries of the present or past that carry a victim word or a passive: never a future or a modal,
    /// which make a threat of a passive ("Muslims will be attacked").
    static let victimAuxiliaries: [String] = [
        "are", "were", "get", "got", "is", "remain", "son", "fueron", "siguen", "estan", "sont", "furent", "restent",
        "zijn", "worden", "werden", "blijven", "ar", "blir", "blev", "forblir", "van", "segueixen",
        // The perfect (2026-11-30, ninth session): "Les Noirs ont été victimes de l'esclavage" (0.92), "have been
        // victims", "han sido víctimas"; never after a modal (``victimModals``).
        "been", "sido", "ete", "varit", "estat",
        // A plain "be" (2026-12-01, twelfth session), which follows a verb of possibility ("… can be victims",
        // "… peuvent être victimes"); the modals of a wish before it still make it a threat (``victimModals``).
        "be", "ser", "etre", "vara", "esser",
        // 2026-12-01 (twelfth session): "can" of what may befall anyone ("Men can be victims of domestic abuse too"
        // 0.57); never "could", "will" or a modal of wish.
        "can",
    ]

    /// Modals and verbs of desert that turn a passive into a wish or a threat when they stand before its auxiliary
    /// ("Gays should have been beaten", "Ils méritent d'être attaqués").
    static let victimModals: [String] = [
        "should", "must", "will", "would", "shall", "deserve", "deserved", "deberian", "deberia", "merecen",
        "merecian", "devraient", "doivent", "meritent", "moeten", "zouden", "verdienen", "borde", "maste",
        "fortjanar", "haurien", "mereixen",
        // Needs and permissions, since a plain "be" is an auxiliary (2026-12-01, twelfth session): "Muslims need to
        // be attacked", "… tienen que ser atacados", "… mogen aangevallen worden".
        "need", "needs", "ought", "may", "tienen", "necesitan", "mogen", "behoren", "hoeven", "faut", "behover",
    ]

    /// Verbs of dying and suffering, present or past, that say the wrong itself right after the group: "Migrants
    /// die in the Mediterranean", "Los refugiados mueren en el mar", "Les migrants meurent en Méditerranée",
    /// "Vluchtelingen verdrinken", "Romer lider". Never a subjunctive or imperative ("que mueran", "qu'ils crèvent"), which wish
    /// it. One word each ("se noient": the reflexive is one of the words the rule lets stand between); not Swedish
    /// "dog" and "led" (died, suffered), English words. 2026-12-01, twelfth session.
    static let victimDyingVerbs: [String] = [
        "die", "died", "drown", "drowned", "suffer", "suffered", "starve", "starved",
        "mueren", "murieron", "sufren", "sufrieron", "ahogan", "meurent", "moururent", "souffrent", "noient",
        "sterven", "stierven", "lijden", "verdrinken", "verdronken", "dor", "lider", "drunknar", "drunknade",
        "moren", "pateixen", "ofeguen",
    ]

    /// Victim words and the participles of wrongs done to people.
    static let victimWords: [String] = [
        "victims", "victim", "targeted", "targets", "attacked", "harassed", "abused", "discriminated", "persecuted",
        "insulted", "threatened", "assaulted", "murdered", "beaten", "bullied", "excluded", "marginalised",
        "marginalized", "mistreated", "scapegoated", "stigmatised", "stigmatized", "demonised", "demonized",
        "victimas", "atacados", "atacadas", "acosados", "acosadas", "agredidos", "agredidas", "discriminados",
        "discriminadas", "perseguidos", "perseguidas", "insultados", "insultadas", "amenazados", "amenazadas",
        "maltratados", "maltratadas", "marginados", "marginadas", "estigmatizados", "estigmatizadas",
        "victimes", "victime", "attaques", "agresses", "agressees", "harceles", "harcelees", "discrimines",
        "discriminees", "persecutes", "persecutees", "insultes", "insultees", "menaces", "menacees", "maltraites",
        "maltraitees", "stigmatises", "stigmatisees", "marginalises", "marginalisees",
        "slachtoffer", "slachtoffers", "aangevallen", "lastiggevallen", "gediscrimineerd", "vervolgd", "bedreigd",
        "uitgescholden", "mishandeld", "gepest", "buitengesloten", "gestigmatiseerd",
        "offer", "offren", "attackerade", "trakasserade", "diskriminerade", "forfoljda", "hotade", "misshandlade",
        "utsatta", "atacats", "atacades", "assetjats", "agredits", "discriminats", "discriminades",
        "perseguits", "amenacats",
        // 2026-11-30 (ninth session): a group left out ("Black women are underrepresented in parliament" 0.59).
        // French "sous-représentées" is two words, and "représentées" alone may be a trope ("… représentés partout").
        "underrepresented", "underpaid", "infrarrepresentados", "infrarrepresentadas", "ondervertegenwoordigd",
        "onderbetaald", "underrepresenterade", "underbetalda",
        // 2026-12-01 (twelfth session): stopped and searched more than others ("Black people are disproportionately
        // stopped by police" 0.43).
        "stopped", "searched", "profiled", "overpoliced", "detenidos", "controles", "gecontroleerd",
    ]

    /// Verbs of suffering that take the wrong as their object, for the auxiliary of a report: "Trans people face high
    /// rates of violence" (0.62), "Muslims suffer discrimination at work". 2026-12-01 (twelfth session).
    static let sufferingVerbs: [String] = [
        "face", "faced", "suffer", "suffered", "experience", "experienced", "endure", "endured", "sufren", "subissent",
        "ondervinden", "ervaren", "utsatts",
        // 2026-12-01 (thirteenth session): fleeing what is done to them ("Refugees fled bombs and bullets to reach
        // safety here" 0.71, "Los refugiados huyen de la guerra y merecen protección" 0.64).
        "flee", "fled", "flees", "fleeing", "escaped", "huyen", "huyeron", "escapan", "escaparon", "fuient",
        "fuyaient", "ontvluchten", "ontvluchtten", "vluchten", "vluchtten", "flyr", "flydde",
    ]

    /// The wrongs such a verb takes, nouns that are no victim word after "are" ("Muslims are violence …" is no
    /// report). 2026-12-01 (twelfth session).
    static let sufferedWrongs: [String] = [
        "violence", "discrimination", "racism", "abuse", "harassment", "hatred", "prejudice", "persecution",
        "attacks", "bullying", "exclusion", "poverty", "threats", "insults", "violencia", "discriminacion",
        "racismo", "acoso", "violence", "racisme", "harcelement", "geweld", "discriminatie", "racisme", "vald",
        "diskriminering", "rasism",
        // What is fled (thirteenth session).
        "war", "wars", "bombs", "bombing", "bombings", "bullets", "famine", "torture", "terror", "guerra", "guerras",
        "bombas", "bombardeos", "hambre", "tortura", "guerre", "guerres", "bombes", "bombardements",
        "oorlog", "oorlogen", "bommen", "bombardementen", "hongersnood", "marteling", "krig", "krigen", "bomber",
    ]

    /// Words of likelihood between the auxiliary and the victim word: "Immigrants are more likely to be victims of
    /// crime than to commit it" (0.73). 2026-12-01 (twelfth session).
    static let victimLikelihood: [String] = [
        "more likely to be", "likelier to be", "far more likely to be", "more often",
    ]

    /// Words that make the wrong the group's own: "victims of their own …", "victims of this ideology that …",
    /// "victimes de leur religion".
    static let ownWords: [String] = [
        "own", "propia", "propio", "propias", "propios", "propre", "propres", "eigen", "egen", "egna", "propi",
        "propis", "ideology", "religion", "culture", "faith", "beliefs", "doctrine", "ideologia", "religio",
        "cultura", "creencias", "ideologie", "croyances", "religie", "cultuur", "geloof", "ideologi", "kultur",
        "tro",
    ]

    /// Intensifiers before a victim word, which make the report sarcastic: "Black people are so marginalised
    /// that …".
    static let victimIntensifiers: [String] = [
        "so", "such", "soooo", "tan", "tellement", "si", "zo", "zooo", "sa", "tant",
    ]

    /// The tables of ``FeatureExtractor/reportsGroupAsVictim(_:)``, built once.
    struct VictimTables: Sendable {
        let auxiliaries = WordSet(Lexicon.victimAuxiliaries)
        let words = WordSet(Lexicon.victimWords)
        let own = WordSet(Lexicon.ownWords)
        let intensifiers = WordSet(Lexicon.victimIntensifiers)
        let modals = WordSet(Lexicon.victimModals)
        let dying = WordSet(Lexicon.victimDyingVerbs)
        let suffering = WordSet(Lexicon.sufferingVerbs)
        let wrongs = WordSet(Lexicon.sufferedWrongs)
        let likelihood = PhraseTable(Lexicon.victimLikelihood)
    }

    static let victims = VictimTables()
}
