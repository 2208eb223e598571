extension Lexicon {
    /// Warm words and words of counter-speech added to ``cueWords`` on 2026-11-29 (late night): praise, welcome,
    /// gratitude and belonging ("bonheur", "épanouir", "gastvrij", "convivencia"), and the vocabulary of rebuttal
    /// ("prejuicios", "fanatisme", "vooroordelen", "scapegoating"), in the six languages, written for this
    /// project. The old lists held about twenty warm words per language, so positive mentions and rebuttals in
    /// other words had only their letters to go on. Each word was checked against the common word lists of the
    /// other five languages (`/usr/share/dict`): where it is a word there, it means the same (cognates such as
    /// "excellent", "tolerance"), and words whose meaning differs were left out (Catalan "veïns", neighbours, is
    /// English "veins"; Swedish "osant", untrue, is French "daring"). None is already a cue of another kind.
    /// Words read as cues only, no model retrained: the models weigh the cue features they learned. The
    /// `.negative` part is the violence the hostile list lacked ("strangle", "drown", "bullets", "apuñalar",
    /// "poignarder", "noyer", "gaskamer", "verzuipen", "knivhugga") and dehumanising words ("swarms", "insects",
    /// "sabandijas", "essaim", "onmensen", "undermänniskor"; not French "rôdent", they prowl); unlike ``cueWords``' hostile words these get
    /// no misspelling variants (their one-edit variants were not checked against the word lists: "bullets" is
    /// one edit from "billets").
    static let moreCueWords: [Cue: [String]] = [
        .positive: [
            // en
            "admired", "admirable", "adored", "appreciate", "appreciated", "appreciation", "beloved", "blessed",
            "blessing", "cherish", "cherished", "compassion", "compassionate", "contribute", "contributed",
            "contribution", "contributions", "courage", "courageous", "creative", "delightful", "dignity",
            "diversity", "embrace", "empathy", "enriched", "enriches", "excellent", "fabulous", "friendly", "gentle",
            "gifted", "gorgeous", "hero", "heroes", "heroic", "hospitality", "hospitable", "inclusive", "inclusion",
            "inspire", "inspired", "inspiration", "joy", "joyful", "kindness", "kindest", "legends", "loving",
            "loyal", "marvellous", "marvelous", "neighbourly", "outstanding", "peaceful", "pleasure", "precious",
            "remarkable", "resilient", "resilience", "splendid", "superb", "supportive", "terrific", "thankful",
            "thriving", "thrive", "treasure", "valued", "warmth", "welcoming", "wisdom",
            // es
            "admirables", "admiracion", "adoro", "agradecido", "agradecida", "agradecidos", "alegria", "amables",
            "amable", "apoyamos", "apoyar", "bondad", "buenisimos", "carino", "carinosos", "companeros",
            "convivencia", "diversidad", "encantadores", "encantadoras", "enriquecen", "enriquece", "excelentes",
            "generosos", "generosas", "genial", "heroes", "honestos", "increibles", "inclusion", "maravilloso",
            "maravillosa", "orgullosos", "orgullosas", "preciosos", "queridos", "queridas", "respetamos", "respetar",
            "simpaticos", "solidarios", "talentosos", "valiosos", "valiosas", "bienvenido", "bienvenida", "abrazo",
            "abrazos", "felices", "feliz", "acogida", "acoger", "acogemos",
            // ca
            "agraeixo", "agraits", "benvingudes", "benvingut", "benvinguda", "bonics", "convivencia", "diversitat",
            "encantadors", "enriqueixen", "estimem", "estimats", "estimades", "fantastics", "genials", "herois",
            "meravellosos", "meravelloses", "orgull", "orgullosos", "respectem", "solidaritat", "suport", "valents",
            "gracies", "acollida", "acollir",
            // fr
            "accueil", "accueillir", "accueillons", "accueillants", "adorables", "admirables", "admiration", "amitie",
            "apprecie", "apprecions", "bienveillance", "bienveillants", "bonheur", "chaleureux", "chaleureuse",
            "chaleureuses", "courageux", "courageuses", "diversite", "enrichissent", "enrichit", "enrichissement",
            "epanouir", "epanouissent", "excellents", "excellentes", "fantastiques", "fierte", "fieres", "formidable",
            "genereux", "genereuses", "geniaux", "heros", "honnetes", "incroyables", "magnifiques", "merveilleux",
            "merveilleuses", "precieux", "reconnaissant", "reconnaissants", "respectons", "respecter", "soutenons",
            "soutenir", "sympas", "sympathiques", "talentueux", "talentueuses", "vive", "bravo", "felicitations",
            "joie", "gentils", "gentilles", "adorons",
            // nl
            "aardig", "aardige", "bewondering", "blij", "dankbaar", "dappere", "diversiteit", "fantastisch", "fijn",
            "fijne", "gastvrij", "geweldige", "gezellig", "gezellige", "goedhartig", "helden", "hartelijk",
            "hartelijke", "inclusief", "liefde", "lieve", "moedig", "moedige", "prachtig", "prachtige", "respecteren",
            "respectvol", "sterke", "steunen", "talentvol", "talentvolle", "trotse", "vriendelijk", "vriendelijke",
            "waardevol", "waardevolle", "welkome", "verrijken", "verrijking", "zorgzaam", "zorgzame", "hardwerkend",
            "hardwerkende", "bedankt",
            // sv
            "beundrar", "beundran", "duktiga", "fantastiska", "generosa", "glada", "harliga", "hjaltar", "karlek",
            "modiga", "omtanksamma", "respekterar", "snalla", "starka", "stolta", "stottar", "tacksam", "tacksamma",
            "trevliga", "underbara", "valkommen", "valkomnar", "varma", "berikar", "mangfald", "gemenskap",
        ],
        .counter: [
            // en
            "prejudice", "prejudiced", "intolerance", "intolerant", "scapegoating", "scapegoat", "stigmatising",
            "stigmatizing", "stigma", "stereotyping", "misinformation", "disinformation", "hoax", "debunked",
            "untrue", "outrageous", "deplorable", "condemned", "condemns", "condemning", "denounce", "denounced",
            "unjust", "injustice", "equality", "tolerance",
            // Clichés named as such (2026-12-01, twelfth session: "« Les juifs sont avares » est un vieux cliché
            // antisémite" 0.65), in every language ("stereotype" is a counter cue already).
            "cliche", "cliches", "topicos", "topico", "estereotipo", "stereotyp", "kliche",
            // es
            "prejuicios", "intolerancia", "estigmatizar", "estigma", "estereotipos", "falso", "falsos", "mentira",
            "condeno", "condenamos", "rechazamos", "basta", "intolerable", "lamentable", "vergonzoso", "indignante",
            "igualdad", "tolerancia",
            // ca
            "prejudicis", "intolerancia", "estigmatitzar", "estereotips", "mentides", "condemno", "condemnem",
            "vergonyos", "igualtat", "tolerancia",
            // fr
            "prejuges", "intolerance", "stigmatiser", "stigmatisation", "mensonge", "condamne", "condamnons",
            "denoncer", "denonce", "inadmissible", "scandaleux", "honteux", "indigne", "egalite", "tolerance",
            "fanatisme", "haineux", "haineuse", "haineuses",
            // nl
            "vooroordelen", "intolerantie", "stigmatiseren", "stereotypen", "onzin", "nepnieuws", "onwaar",
            "veroordeel", "veroordelen", "schandalig", "beschamend", "ontoelaatbaar", "gelijkheid", "tolerantie",
            "hatelijk", "haatdragend",
            // sv
            "fordomar", "intolerans", "stigmatisera", "stereotyper", "logner", "fordomsfull", "skamligt",
            "oacceptabelt", "jamlikhet", "tolerans",
        ],
        .negative: [
            // en
            "bomb", "bombs", "bombing", "bullet", "bullets", "strangle", "strangled", "strangling", "lynching",
            "torch", "drown", "drowned", "drowning", "hanged", "beaten", "burnt", "massacre", "massacred", "genocide",
            "gaschamber", "noose", "nooses", "machete", "guillotine", "molotov", "exterminating", "annihilated",
            "eradicated", "insects", "swarms", "horde", "mongrels", "gorillas", "mutts", "roaches", "bacteria",
            "sewage", "infest",
            // es
            "balas", "ahogar", "ahogarlos", "ahogarlas", "reventar", "reventarle", "reventarles", "apunalar",
            "apunalarlos", "colgar", "colgarlas", "fusilarlos", "fusilarlas", "gasear", "gasearlos", "horca",
            "linchamiento", "masacrar", "masacre", "genocidio", "degollar", "degollarlos", "acuchillar", "balazo",
            "balazos", "paliza", "palizas", "apalear", "apalearlos", "enjambre", "hordas", "horda", "infestan",
            "infestar", "sabandijas", "simios", "piojos", "bichos",
            // ca
            "ofegar", "linxar", "apunyalar",
            // fr
            "noyer", "noyez", "noyons", "poignarder", "poignardez", "pendus", "lyncher", "lynchez", "cramer",
            "massacre", "genocide", "buter", "flinguer", "tabasser", "rafle", "essaim", "pullulent", "infestent",
            "poux", "tumeur", "insectes", "microbes",
            // nl
            "kogel", "kogels", "verzuipen", "verdrinken", "opgehangen", "afslachten", "afgeslacht", "gaskamer",
            "gaskamers", "lynchen", "kapotmaken", "kapotslaan", "afranselen", "zwermen", "horden", "onmensen",
            "primitieven", "wilden", "insecten", "bacterien",
            // sv
            "dranka", "knivhugga", "skjutas", "gaskammare", "lyncha", "slakta", "avratta", "avrattas", "misshandla",
            "spoa", "massaker", "folkmord", "svarmar", "horder", "undermanniskor", "insekter", "avfall",
            // 2026-11-30 (fourth session): metaphors of weeds, mould and decay, pests, scroungers and thugs, which
            // no training sentence held ("Muslims are the weeds in our garden" 0.27, "Immigrants are like mould"
            // 0.27, "Les musulmans sont la mauvaise herbe de notre jardin" 0.34). Words with an ordinary sense
            // are left out ("bugs", "waste", "stain", "cattle", "monos", "vers", "teken", "vee"), and so are words the
            // English corpora use of real animals or of one person ("snakes", "predators", "lowlife", "jihadis" in
            // news, "sneaky", "rotten"): they moved 9 English decisions away from the label and 5 to it.
            "weeds", "mould", "fungus", "rubbish", "excrement", "dirtbags", "termites",
            "bloodsuckers", "stench", "blight", "scourge", "pestilence", "treacherous", "gangsters", "parasite", "greedy",
            "moho", "suciedad", "garrapatas", "gorilas", "chuchos", "desviados", "abominacion",
            "termitas", "chupasangres", "gorrones", "hediondos", "codiciosos", "tramposos", "matones", "pandilleros",
            "pedofilos", "germenes", "podridos", "borregos",
            "moisissure", "saletes", "sauterelles", "asticots", "gorilles", "batards",
            "consanguins", "termites", "assistes", "feneants", "cupides", "tricheurs", "voyous",
            "bacteries",
            "onkruid", "schimmel", "gedegenereerden", "bloedzuigers", "bastaarden", "perverten",
            "termieten", "klaplopers", "hebzuchtig", "hebzuchtige", "bedriegers", "pedofielen",
            // 2026-12-01 (twelfth session): hysteria, the old charge against women ("Waarom zijn vrouwen altijd zo
            // hysterisch?" 0.04, "Women are hysterical" 0.56).
            "hysterical", "hysterisch", "hysterische", "histericas", "histericos", "histerica", "hysteriques",
            "hysterique", "hysteriska", "histeriques",
            "ogras", "mogel", "parasit", "blodsugare", "snyltare",
            // 2026-11-30, seventh session: greed, deceit and manipulation said of a group ("Les juifs sont des gens
            // avares et sournois" 0.35). Not "sneaky" (see above).
            "manipulative", "manipulators", "avares", "sournois", "sournoises", "manipulateurs", "manipulatrices",
            "avaros", "avaras", "tacanos", "traicioneros", "manipuladores", "manipuladoras", "gierig", "gierige",
            "sluw", "sluwe", "achterbaks", "achterbakse", "giriga", "lomska",
            // Swedish greed and rabble, disgusting in the singular (the Stockholm trial: "Judar är girigt pack"
            // 0.22, "Prideparaden är äcklig, bögar är sjuka" 0.20); "pack" is no cue in English or Dutch.
            "girigt", "girig", "pack", "acklig",
            // Catalan threats and a burning promised ("Els musulmans són una amenaça …" 0.19, "Cremarem la mesquita
            // del barri" 0.50).
            "amenaca", "amenaces", "cremarem", "cremaran", "cremaria", "cremareu",
            // Poisoning ("I'm going to poison the water at the mosque" 0.15).
            "poison", "poisoned", "envenenar", "envenenarlos", "empoisonner", "empoisonnez", "vergiftigen",
            "vergiftigd", "forgifta",
            // 2026-11-30, eighth session: vermin in the singular, for a group named in the singular ("El judío es
            // un parásito" 0.12, "Le juif est un parasite" 0.77 already). Not "rat", "rata", "beest", "cafard":
            // ordinary words or insults of one person ("he's a rat", "j'ai le cafard").
            "parasito", "parasita", "cucaracha", "sanguijuela", "alimana", "sabandija", "parasiet", "kakkerlak",
            "bloedzuiger", "kackerlacka", "blodigel", "sangsue", "leech", "maggot", "cockroach",
            // Grenades, burning down, hunting, body bags ("Een paar granaten in het azc …" 0.08). Not "cleanse" or
            // "zuiveren": "Muslims cleanse themselves before prayer" (0.85 with them).
            "grenades", "granaten", "granater", "platbranden", "platbrand", "platgebrand", "opjagen", "lijkzak",
            "lijkzakken",
            // Monsters, in French (the Paris trial: "Les transsexuels sont des monstres" missed 63 of 63).
            "monstres", "monstrueux", "monstrueuses",
            // 2026-12-01 (twelfth session): trust denied and defect ("Asians are sneaky and untrustworthy" 0.29,
            // "Lesbians are defective creatures" 0.11). Still not "sneaky" (see above).
            "untrustworthy", "deceitful", "defective",
        ],
    ]
}
