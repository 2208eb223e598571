extension Lexicon {
    // Words of ``FeatureExtractor/affirmsGroup(_:)``: a message that claims a right, respect or protection for a
    // group, or affirms its humanity, is not hate. The models learnt "… deserve …", "… should …" and "… êtres
    // humains" from hateful training sentences ("… deserve to die", "… ne sont pas des êtres humains") and scored
    // "Women deserve the same pay as men" 0.60, "Gay people should be able to marry" 0.68, "Los gays deberían
    // poder casarse" 0.94, "Les trans sont des êtres humains comme les autres" 0.61 and "Immigranten verdienen een
    // waardig leven" 0.97. One list for every language, written normalised (accents stripped), as the tokeniser
    // reads words; a word that is ordinary in another of our languages in a hostile sense is left out.

    /// Verbs that, after a group, claim something for it: "deserve", "should", "have the right", "merecen",
    /// "devraient", "verdienen", "förtjänar".
    static let claimVerbs: [String] = [
        "deserve", "deserves", "should", "must", "need", "needs", "can", "ought", "are entitled", "is entitled",
        "are allowed", "merecen", "merece", "deberian", "deberia", "deben", "debe", "pueden", "puede", "necesitan",
        "meritent", "merite", "devraient", "devrait", "doivent", "doit", "peuvent", "peut", "ont besoin",
        "verdienen", "verdient", "moeten", "moet", "zouden", "zou", "mogen", "mag", "kunnen", "fortjanar", "bor",
        "borde", "maste", "kan", "far", "behover", "mereixen", "mereix", "haurien", "hauria", "poden", "pot",
        // "Have" claims only a right: "women have depth in their love for their child" claims nothing.
        "have the right", "have a right", "have every right", "have rights", "have equal rights",
        "have the same rights",
        "has the right", "has a right", "has every right", "tienen derecho", "tienen derechos", "tienen el derecho",
        "tienen todo el derecho", "tienen los mismos derechos", "tiene derecho", "ont le droit", "ont droit",
        "ont des droits", "ont tout le droit", "ont les memes droits", "a le droit", "a droit", "hebben recht",
        "hebben het recht", "hebben rechten", "hebben dezelfde rechten", "heeft recht", "heeft het recht",
        "har ratt till", "har rattigheter", "har samma rattigheter", "tenen dret", "tenen drets",
        "tenen els mateixos drets",
    ]

    /// Verbs of desert, after which a benefit denied denies the group its rights: "… no merecen ningún derecho",
    /// "… verdienen helemaal geen rechten", "… ne méritent aucun respect".
    static let desertVerbs: [String] = [
        "deserve", "deserves", "merecen", "merece", "meritent", "merite", "verdienen", "verdient", "fortjanar",
        "mereixen", "mereix",
    ]

    /// What a claim gives a group: rights, respect, equal pay, dignity, safety, a welcome, the freedom to marry.
    /// Not "home", "live" or "work" ("refugees should go home", "… should live elsewhere").
    static let benefitWords: [String] = [
        "respect", "respected", "rights", "right", "equal", "equality", "equally", "dignity", "dignified",
        "protection", "protected", "safe", "safety", "welcome", "welcomed", "marry", "married", "access",
        "pay", "paid", "payed", "salary", "salaries", "wage", "wages", "peace", "justice", "love", "loved", "support",
        "supported", "help", "helped", "education", "opportunities", "opportunity", "freedom", "healthcare",
        "asylum", "free", "included", "inclusion", "heard", "fairly", "fair", "compassion", "kindness", "vote", "adopt",
        "serve", "recognition", "represented", "representation", "accessible", "toegankelijk", "toegankelijke",
        "accesible", "accesibles", "tillganglig", "celebrated", "celebrados", "celebradas", "celebres", "celebrees",
        "gevierd", "hyllade",
        // 2026-12-01 (eleventh session): pity and mercy, denied ("Les Roms ne méritent aucune pitié" 0.28).
        "pity", "mercy", "pitie", "clemence", "piedad", "misericordia", "medelijden", "genade", "medlidande",
        "respeto", "respetados", "respetadas", "derechos", "derecho", "igualdad", "iguales", "dignidad", "digna",
        "digno", "dignamente", "proteccion", "protegidos", "protegidas", "proteger", "seguros", "seguras",
        "seguridad", "acogidos", "acogidas", "bienvenidos", "bienvenidas", "casarse", "acceso", "salario", "sueldo",
        "pagados", "pagadas",
        "paz", "justicia", "amor", "apoyo", "ayuda", "educacion", "oportunidades", "libertad", "libres", "asilo",
        "votar",
        "incluidos", "incluidas", "escuchados", "escuchadas",
        // 2026-12-01 (fourteenth session): a chance ("Vluchtelingen verdienen een kans" 0.96), and the singular
        // after "ningún/aucune …" ("Aucune femme ne mérite d'être écoutée" 0.12).
        "kans", "kansen", "chance", "oportunidad",
        "escuchado", "escuchada", "respetado", "respetada", "protegido", "protegida", "querido", "querida",
        "ecoutee", "respectee", "protegee", "aimee", "aimees", "gehoord", "gerespecteerd", "beschermd",
        "respectes", "respectees", "droits", "droit", "egalite", "egaux", "egales", "dignite", "digne", "dignes",
        "dignement", "protection", "proteges", "protegees", "proteger", "securite", "accueillis", "accueillies",
        "bienvenus", "bienvenues", "marier", "acces", "salaire", "salaires", "payes", "payees", "paix", "amour",
        "soutien", "aide",
        "education", "chances", "liberte", "libres", "asile", "voter", "inclus", "incluses", "ecoutes", "ecoutees",
        "rechten", "recht", "gelijkheid", "gelijke", "waardigheid", "waardig", "waardige", "bescherming",
        "beschermd", "beschermen", "veilig", "veiligheid", "welkom", "opgevangen", "opvang", "trouwen", "toegang",
        "loon", "salaris", "betaald", "vrede", "gerechtigheid", "liefde", "steun", "hulp", "onderwijs", "kansen",
        "vrijheid", "vrij",
        "asiel", "stemmen", "gehoord",
        // The vote itself (2026-12-01, fifteenth session: "Vrouwen zouden geen stemrecht moeten hebben" 0.55).
        "stemrecht", "kiesrecht", "voto", "stem",
        // French "qu'on l'écoute" ("Aucune femme ne mérite qu'on l'écoute" 0.09).
        "ecoute",
        "respekt", "rattigheter", "jamlikhet", "vardighet", "skydd", "skyddas", "trygga", "trygghet", "valkomna",
        "gifta", "tillgang", "lon", "fred", "rattvisa", "karlek", "stod", "hjalp", "utbildning", "mojligheter",
        "frihet", "fria", "asyl", "rosta",
        "respecte", "drets", "dret", "igualtat", "iguals", "dignitat", "proteccio", "protegits", "segurs",
        "acollits", "benvinguts", "casar", "sou", "pau", "justicia", "suport", "ajuda", "educacio", "oportunitats",
        "llibertat", "lliures", "asil",
    ]

    /// Words for people that may follow a group's name before the claim or copula: "gay people are …", "Roma
    /// children deserve …", "las personas …" (where the lexicon reads only the first word as the group).
    static let peopleNouns: [String] = [
        "people", "persons", "folk", "folks", "couples", "kids", "children", "families", "community", "communities",
        "personas", "gente", "familias", "ninos", "parejas", "comunidad", "personnes", "gens", "familles", "enfants",
        "couples", "communaute", "mensen", "personen", "kinderen", "gezinnen", "stellen", "gemeenschap",
        "manniskor", "personer", "barn", "familjer", "par", "persones", "gent", "families", "nens",
        // Teams (2026-11-30, seventh session, the London trial): "The womens team smashed it tonight!" (0.39, read as a
        // threat).
        "team", "teams", "squad", "equipo", "equipe", "elftal", "laget", "equip",
    ]

    /// Copulas after which ``humanityWords`` affirm a group's humanity: "… are human beings", "… son personas".
    static let copulaWords: [String] = ["are", "is", "were", "son", "somos", "sont", "sommes", "est", "zijn", "ar", "som"]

    /// Words that may stand between the copula and the humanity word: "are also people", "sont des êtres
    /// humains", "zijn ook gewoon mensen", "are our fellow citizens".
    static let affirmationFillers: [String] = [
        "also", "too", "just", "simply", "only", "still", "our", "fellow", "real", "aussi", "des", "de", "simplement",
        "nos", "tambien", "simplemente", "unos", "unas", "solo", "nuestros", "nuestras", "ook", "gewoon", "onze",
        "ocksa", "bara", "vara", "ocks", "tambe", "uns", "unes", "els", "nostres",
        // Singular articles, for one member (2026-12-01, tenth session: "Every Muslim is a human being").
        "a", "an", "un", "una", "une", "een", "en", "ett",
    ]

    /// Warm adjectives that are not cue words (the models never saw them as such; adding them to the cues would
    /// move every score): after a copula and ending the clause they praise the group ("Les femmes sont
    /// brillantes" 0.85, "Homo's zijn slim"), read only by the affirmation rule.
    static let praiseAdjectives: [String] = [
        "intelligent", "clever", "wise", "funny", "decent", "nice", "sweet", "capable", "competent", "resourceful",
        "hilarious", "charming", "thoughtful", "polite", "welcoming", "brillant", "brillants", "brillante",
        "brillantes", "fantastique", "fantastiques", "merveilleux", "merveilleuses", "extraordinaires", "geniaux",
        "geniales", "gentils", "gentilles", "intelligents", "intelligentes", "courageux", "courageuses",
        "talentueux", "talentueuses", "superbes", "droles", "adorables", "inteligentes", "fuertes", "estupendos",
        "estupendas", "majos", "majas", "trabajadores", "trabajadoras", "simpaticas", "valientes", "amables",
        "slim", "slimme", "sterk", "sterke", "lief", "lieve", "aardig", "aardige", "getalenteerd", "prachtig",
        "prachtige", "fijn", "fijne", "hardwerkend", "behulpzaam", "vriendelijk", "fantastiska", "underbara",
        "smarta", "starka", "snalla", "begavade", "trevliga", "fantastics",
        "meravellosos",
        // 2026-11-30, sixth session: beauty, warmth, worth and slang praise ("Las personas negras son preciosas" 0.70,
        // "Los
        // latinoamericanos son muy cálidos" 0.72, "Les Asiatiques sont super" 0.94, "Les gays sont trop cool" 0.78).
        "calidos", "calidas", "chaleureux", "chaleureuses", "preciosas", "preciosos", "guapos", "guapas", "belles",
        "beaux", "mooi", "mooie", "vackra", "super", "cool", "top", "genial", "genials", "precieux", "precieuse",
        "precieuses", "valiosa", "valiosos", "valiosas", "waardevol", "waardevolle", "vardefulla", "valuosos",
        "mejores", "best", "beste", "acogedores", "acogedoras", "accueillants", "accueillantes", "generosos",
        "generosas", "genereux", "genereuses", "gastvrij", "gastvrije",
        // 2026-12-01 (thirteenth session): wonder ("Roma hebben een ongelooflijke muziektraditie" 0.99).
        "ongelooflijk", "ongelooflijke", "increible", "increibles", "incroyable", "incroyables", "incredible",
        "magnifique", "magnifiques", "magnificos", "magnificas",
        // 2026-12-01 (fourteenth session): normal and valid ("Gay people are normal, get over it" 0.63; "… are not
        // normal" has a negator and is not read).
        "normal", "normales", "normaux", "normaal", "normale", "normala", "valid", "validos", "validas",
    ]

    /// Intensifiers between a copula and a warm word: "are *so* hardworking", "son *muy* trabajadores", "zijn *echt*
    /// geweldig".
    static let praiseIntensifiers: [String] = [
        "so", "really", "truly", "very", "such", "incredibly", "absolutely", "genuinely", "the", "most", "muy", "tan",
        "realmente", "super", "tres", "vraiment", "si", "tellement", "des", "zo", "echt", "heel", "erg", "ontzettend",
        "sa", "verkligen", "mycket", "riktigt", "molt", "tan", "gent", "gens", "de", "la", "les", "los", "las",
    ]

    /// Words that name people as people: "human beings", "êtres humains", "seres humanos", "mensen", "människor",
    /// and "citizens" in every language.
    static let humanityWords: [String] = [
        "human beings", "human", "humans", "people", "persons", "citizens", "etres humains", "humains", "humaines",
        "personnes", "citoyens", "citoyennes", "seres humanos", "humanos", "humanas", "personas", "ciudadanos",
        "ciudadanas", "mensen", "personen", "burgers", "manniskor", "medborgare", "persones", "essers humans",
        "ciutadans",
        // 2026-12-01 (tenth session): ordinary people ("Los musulmanes son personas normales" 0.85, "Les musulmans
        // sont des gens normaux" 0.71, "Moslims zijn gewone mensen" 0.62).
        "ordinary people", "normal people", "regular people", "personas normales", "personas corrientes",
        "gente normal", "gente corriente", "gens normaux", "gens ordinaires", "gens comme les autres",
        "personnes normales", "gewone mensen", "normale mensen", "vanliga manniskor", "normala manniskor",
        "persones normals", "gent normal",
        // Humanity measured equal (2026-12-02, seventeenth session): "Jews are every bit as human as the rest of
        // us" (0.6 before). Not a bare "as human as", which may end with a thing ("… as a vending machine").
        // Ending in the word of comparison, they may be followed by anyone (``humanityMeasures``).
        "every bit as human as", "just as human as", "equally human", "fully human", "igual de humanos que",
        "igual de humanas que", "tout aussi humains que", "tout aussi humaines que", "net zo menselijk als",
        "even menselijk als", "net zo goed mensen als",
        "human being", "person", "ser humano", "persona", "etre humain", "personne", "mens", "persoon",
        "manniska", "esser huma",
    ]

    /// Verbs that, before a group, protect or welcome it: "we must protect women …", "hay que proteger a las
    /// mujeres", "il faut accueillir les réfugiés".
    static let protectiveVerbs: [String] = [
        "protect", "defend", "welcome", "support", "respect", "help", "include", "proteger", "defender", "acoger",
        "apoyar", "respetar", "ayudar", "incluir", "defendre", "accueillir", "soutenir", "respecter",
        "aider", "inclure", "beschermen", "verdedigen", "verwelkomen", "steunen", "respecteren", "helpen",
        "skydda", "forsvara", "valkomna", "stodja", "respektera", "hjalpa", "protegir", "defensar", "acollir",
        "ajudar",
        // Celebrating a group, and the first-person plural of support ("Apoyemos a los gitanos" 0.78, "On devrait
        // célébrer les personnes trans" 0.66). Not hiring: "Embaucher des handicapés, c'est jeter l'argent par les
        // fenêtres".
        "celebrate", "celebrar", "celebrer", "vieren", "fira", "apoyemos", "protejamos", "celebremos", "soutenons",
        "protegeons", "celebrons", "accueillons",
        "stottar",
    ]

    /// Words after which a hostile word names what a group is protected from: "… from violence", "… de la
    /// violencia", "… contre la haine", "… tegen geweld".
    static let protectionSources: [String] = [
        "from", "against", "de", "del", "contra", "contre", "du", "des", "d", "tegen", "van", "mot", "fran", "dels",
    ]

    /// Claim verbs after which a benefit word that is also a bare verb must not follow at once: "women should
    /// respect men" asks something of the group, "women should be respected" claims something for it.
    static let modalClaimVerbs: [String] = [
        "should", "must", "can", "may", "ought", "deberian", "deberia", "deben", "debe", "pueden", "puede", "devraient",
        "devrait", "doivent", "doit", "peuvent", "peut", "moeten", "moet", "zouden", "zou", "mogen", "mag", "kunnen",
        "bor", "borde", "maste", "kan", "far", "haurien", "hauria", "poden", "pot",
    ]

    /// Benefit words that are also bare verbs, in the languages whose modal takes the verb right after it.
    static let benefitVerbForms: [String] = [
        "respect", "support", "help", "love", "vote", "adopt", "serve", "pay", "marry", "access",
    ]

    /// Words that may follow a humanity word: "… human beings like everyone else", "… people too". Anything
    /// else makes the rest a claim about those people ("… are people who steal", "… humans with a disorder").
    static let humanityFollowers: [String] = [
        "like", "too", "also", "as", "just", "comme", "aussi", "como", "tambien", "igual", "zoals", "ook", "net",
        "som", "ocksa", "com", "tambe",
    ]

    /// The words of comparison that end a humanity phrase measured equal ("… every bit as human as …", "… igual de
    /// humanos que …"): whoever follows is the measure, not something said of the group.
    static let humanityMeasures: [String] = ["as", "que", "qu", "als", "dan", "than", "como"]

    /// Reflexives after a word of protection that turn it against the group: "… protected from themselves".
    static let reflexiveWords: [String] = [
        "themselves", "their own", "si mismos", "si mismas", "eux memes", "elles memes", "zichzelf", "sig sjalva",
        "si mateixos",
    ]

    /// Words that may follow the group a protective verb names: "welcome refugees with open arms".
    static let accompanimentWords: [String] = ["with", "con", "avec", "met", "med", "amb"]

    /// Modal verbs before a group whose protective verb comes last (Dutch, Swedish): "we moeten vluchtelingen
    /// beschermen", "vi måste skydda …" reads the other way round.
    static let verbLastModals: [String] = ["moeten", "moet", "zouden", "willen", "kunnen", "mogen", "maste", "borde", "ska", "vill"]

    /// Words of leaving or being sent away, after which a "right" is a push out: "… have the right to leave",
    /// "… deserve respect? They deserve deportation".
    static let departureWords: [String] = [
        "leave", "go back", "go home", "get out", "irse", "marcharse", "largarse", "volver", "partir", "quitter",
        "rentrer", "retourner", "vertrekken", "oprotten", "teruggaan", "weggaan", "lamna", "aka hem", "marxar",
        "tornar", "deportation", "deported", "expulsion", "expelled", "deportacion", "expulsion", "expulsados",
        "deportados", "expulses", "expulsion", "deportatie", "uitzetting", "uitgezet", "utvisning", "utvisas",
    ]

    /// Openers of a question about why something befalls a group: "why are …", "¿por qué …", "waarom …".
    static let whyOpeners: [String] = [
        "why are", "why do", "why does", "why is", "why have", "por que", "pourquoi", "waarom zijn", "waarom worden",
        "waarom", "varfor ar", "varfor", "per que",
    ]

    /// Why-openers that name the harm others do before the group: "Why do some people hate gay people?" (0.82),
    /// "Why is everyone so mean to refugees?". 2026-12-01 (twelfth session).
    static let whyHarmOpeners: [String] = [
        "why do people hate", "why do some people hate", "why do so many people hate", "why does everyone hate",
        "why do people still hate", "why does anyone hate", "why would anyone hate", "why do people attack",
        "why do people bully", "why do people mock", "why do people insult", "why do people discriminate against",
        "why is everyone so mean to", "why are people so mean to", "why are people so cruel to",
        "why are people so hateful towards", "why are people so hateful toward",
    ]

    /// Words that make the group of a why-question the one harmed: "why are Black people killed by police?" (0.91),
    /// "why do gay people face violence at school?" (0.77), "why are refugees fleeing Syria?" (0.64). Not the
    /// auxiliaries of ``hateExpressionVictimWords`` ("why do Jews get everything handed to them?").
    static let sufferingWords: [String] = [
        "face", "faces", "facing", "suffer", "suffers", "fleeing", "flee", "flees", "targeted", "target", "targets",
        "persecuted", "underpaid", "excluded", "blamed", "attacked", "harassed", "abused", "bullied", "mocked",
        "insulted", "discriminated", "scapegoated", "stereotyped", "killed", "murdered", "beaten", "hurt", "victims",
        "cible", "ciblees", "cibles", "fuient", "fuir", "persecutes", "attaques", "insultes", "discrimines",
        "stigmatises", "victimes", "tues", "huyen", "huir", "sufren", "perseguidos", "atacados", "atacadas",
        "insultados", "discriminados", "asesinados", "victimas", "vluchten", "lijden", "vervolgd", "doelwit",
        "aangevallen", "gediscrimineerd", "vermoord", "slachtoffers", "flyr", "forfoljda", "lider", "attackerade",
        "diskriminerade", "fugen", "pateixen",
        // 2026-12-01 (fifteenth session): the impersonal Spanish verb ("¿Por qué se discrimina tanto a los
        // gitanos?" 0.68).
        "discrimina", "discriminan", "persigue", "persiguen", "ataca", "atacan",
    ]

    /// Praise or a wish for more before a group: "I adore …", "ik ben dol op …" (0.83), "we need more … in
    /// positions of power" (0.58), "il nous faut plus de …" (0.62). Read by
    /// ``FeatureExtractor/affirmsGroup(_:language:)``.
    static let praiseBefore: [String] = [
        "i love", "i adore", "i really love", "we love", "me encantan", "adoro a", "amo a", "j adore", "jadore",
        "j aime", "ik ben dol op", "ik hou van", "ik houd van", "wij houden van", "jag alskar", "m encanten",
        "estimo els", "je kiffe", "je kiffe trop", "on kiffe",
        // A welcome offered (2026-12-01, sixteenth session: "I would happily welcome a Muslim into my house" 0.53,
        // "J'accueillerais volontiers un juif chez moi").
        "i would happily welcome", "id happily welcome", "i would gladly welcome", "id gladly welcome",
        "i would welcome", "id welcome", "happily welcome", "accueillerais volontiers", "accueillerais avec plaisir",
        "recibiria encantado a", "recibiria encantada a", "recibiria con gusto a", "acogeria encantado a",
        // The same with the article of one member, which the groups' bridges leave out.
        "i would happily welcome a", "i would happily welcome an", "id happily welcome a", "id happily welcome an",
        "i would gladly welcome a", "i would gladly welcome an", "i would welcome a", "i would welcome an",
        "happily welcome a", "happily welcome an", "accueillerais volontiers un", "accueillerais volontiers une",
        "accueillerais avec plaisir un", "accueillerais avec plaisir une", "recibiria encantado a un",
        "recibiria encantado a una", "recibiria encantada a un", "recibiria encantada a una",
        // Congratulations and credit to a group (the Rotterdam trial: "Wat knap van die vrouwen van de brandweer"
        // 0.99, "Gefeliciteerd aan alle vrouwen die vandaag zijn afgestudeerd" 0.62).
        "congratulations to", "congrats to", "well done to", "hats off to", "kudos to", "felicidades a",
        "enhorabuena a", "felicitations a", "felicitations aux", "bravo a", "bravo aux", "gefeliciteerd aan",
        "gefeliciteerd", "wat knap van", "hulde aan", "petje af voor", "chapeau voor", "grattis till", "bra jobbat av",
        "felicitats a",
        // 2026-12-01 (fourteenth session): respect and support declared ("I will always respect trans women as
        // women" 0.38).
        "i respect", "i will always respect", "i always respect", "i will always support", "i stand with",
        "we stand with", "je respecte", "ik respecteer", "ik sta achter",
        // 2026-12-01 (fifteenth session): "Je suis aux côtés des musulmans contre tout acte de haine" 0.62.
        "je suis aux cotes des", "nous sommes aux cotes des", "je suis aux cotes de", "estoy con", "estamos con",
        "ik sta naast", "wij staan naast", "we staan naast",
    ] + wantMore + cheers + thanks

    /// Thanks to a group (2026-12-01, tenth session: "dank aan de Marokkanen die vandaag hielpen" 0.73), part of
    /// ``praiseBefore``. Thanks *for* something is judged by what it is for ("Thanks to the immigrants for ruining
    /// this country"): with one of ``thanksForWords`` after the group the rule leaves the message alone.
    static let thanks: [String] = [
        "thanks to", "thank you to", "many thanks to", "gracias a", "muchas gracias a", "merci a", "merci aux",
        "dank aan", "bedankt aan", "tack till", "gracies a",
    ]

    /// "for", after thanks to a group.
    static let thanksForWords: [String] = ["for", "por", "pour", "avoir", "voor", "for", "per"]

    /// The wishes for more of ``praiseBefore``, which need a clause's end or one of ``praisedPlaces`` after the
    /// group.
    static let wantMore: [String] = [
        "we need more", "we want more", "we should have more", "need more", "necesitamos mas", "queremos mas",
        "hacen falta mas", "il nous faut plus de", "il faut plus de", "nous avons besoin de plus de",
        "on a besoin de plus de", "we hebben meer", "we willen meer", "vi behover fler", "vi behover mer",
        "necessitem mes", "je veux plus", "quiero mas", "ik wil meer", "i want more",
    ]

    /// Places a wish for more of a group may name (after ``praiseBefore``'s "need more"): "… in positions of
    /// power", "… en política", "… au pouvoir". Anything else but the clause's end is not read as praise ("we need
    /// more women in the kitchen").
    static let praisedPlaces: [String] = [
        "in positions of", "in power", "in politics", "in leadership", "in science", "in tech", "in government",
        "in parliament", "on boards", "in our schools", "as teachers", "as leaders", "en politica", "en el poder",
        "en la ciencia", "en puestos de", "au pouvoir", "en politique", "dans la science", "aux postes de",
        "in de politiek", "in de wetenschap", "aan de top", "in het bestuur", "i politiken", "i ledningen",
        "en politica", "al poder", "in my team", "in our team", "en mi equipo", "en nuestro equipo",
        "dans mon equipe", "dans notre equipe", "in mijn team", "in ons team", "i mitt lag",
    ]

    /// Things two groups do together, after "‹group› and ‹group›": "Muslims and Jews gathered together for peace",
    /// "Muslimer och judar samlades tillsammans …", "Cristianos y musulmanes rezaron juntos", "Juifs et musulmans
    /// ont marché ensemble" — together or for peace, never a bare "gathered" ("… gathered to destroy …"). Read by
    /// ``FeatureExtractor/affirmsGroup(_:language:)``.
    static let jointActions: [String] = [
        "gathered together", "gathered for peace", "stood together", "marched together", "prayed together",
        "celebrated together", "held a joint", "hold a joint", "rezaron juntos", "marcharon juntos",
        "celebraron juntos", "se reunieron por la paz", "ont prie ensemble", "ont marche ensemble",
        "prient ensemble", "celebrent ensemble", "se sont rassembles pour la paix", "baden samen", "liepen samen",
        "vierden samen", "kwamen samen voor vrede", "samlades tillsammans", "samlas tillsammans",
        "samlades for fred", "bad tillsammans", "gick tillsammans", "firade tillsammans", "van pregar junts",
        // 2026-12-01 (tenth session): what two groups share ("Los árabes y los judíos comparten muchas
        // tradiciones" 0.50).
        "share many", "share a", "share the same", "comparten muchas", "comparten una", "comparten las mismas",
        "partagent beaucoup", "partagent une", "partagent les memes", "delen veel", "delen een", "delen dezelfde",
        "delar manga", "delar en", "comparteixen moltes",
    ]

    /// Prepositions of a short phrase that places a group before its copula: "Les femmes *de* mon équipe sont …",
    /// "the refugees *in* our street are …", "los gitanos *del* barrio son …", "de vluchtelingen *in* ons dorp zijn
    /// …". Read by ``FeatureExtractor/affirmsGroup(_:language:)`` before a praising predicate only.
    static let groupModifierPrepositions: [String] = [
        "in", "of", "from", "at", "on", "de", "del", "en", "dans", "du", "van", "uit", "op", "i", "pa", "fran",
        "a", "al",
    ]

    /// Verbs of praise after a group that opens its clause: "… enrich our society", "… verrijken onze samenleving"
    /// (0.98), "los refugiados enriquecen …" (0.52), "les réfugiés enrichissent …".
    static let praiseAfter: [String] = [
        "enrich", "enriches", "enriched", "built this country", "make this city better", "make our city better",
        "enriquecen", "enriquece", "enrichissent", "enrichit", "verrijken", "verrijkt", "berikar", "enriqueixen",
        // Celebrating: "Moslims vieren vandaag het Offerfeest" (0.94: "offer" is a sacrifice).
        "celebrate", "celebrates", "celebrated", "celebran", "celebra", "celebraron", "celebrent", "fetent", "vieren",
        "viert", "vierden", "firar", "firade", "celebren",
        // Belonging, mattering, making the city better: "Muslims belong here" (0.88), "Moslims horen hier" (1.00),
        // "Trans lives matter" (0.83). "… horen hier niet" is denied after the affirmation, and a trope.
        "belong here", "belong in this country", "belong in this city", "belong in our city", "belong in our country",
        "lives matter", "matter", "matters", "matter too", "pertenecen aqui", "pertenecen a esta ciudad",
        "pertenecen a este pais", "ont leur place ici",
        "ont toute leur place ici", "ont leur place dans", "ont toute leur place dans", "ont toute leur place",
        "tienen su lugar", "tienen su sitio", "hebben hun plek", "horen hier", "horen hier thuis", "horen erbij",
        "hor hemma har", "hor hit", "make this city a better place", "make our city a better place",
        "hacen de esta ciudad un lugar mejor", "rendent cette ville meilleure", "maken deze stad beter",
        "are the heart of", "son el corazon de", "sont le coeur de", "zijn het hart van",
        // Contribution and example (2026-12-01, tenth session): "Los judíos han aportado muchísimo a la cultura
        // europea" 0.62, "Les personnes handicapées sont un exemple pour tous" 0.55.
        "have contributed", "contribute so much", "han aportado", "aportan mucho", "ont apporte", "apportent beaucoup",
        "hebben bijgedragen", "are an example", "are a role model", "are an inspiration", "son un ejemplo",
        "son una inspiracion", "sont un exemple", "sont une inspiration", "zijn een voorbeeld",
        "zijn een inspiratie",
        // Shaping, giving, building (2026-12-01, twelfth session): "Black people have shaped every part of American
        // music" 0.40, "Jewish scholars have given the world so much" 0.51.
        // Making a place stronger, and deserving better (2026-12-01, sixteenth session): "En mi opinión los
        // musulmanes hacen este país más fuerte" 0.91, "Volgens mij maken moslims dit land sterker" 0.88 (the Dutch
        // verb before the group, so its tail follows it), "Honestly, Muslims deserve far better than this" 0.46,
        // "Franchement, les juifs méritent bien mieux que ça" 0.61.
        "make this country stronger", "make our country stronger", "make this city stronger",
        "make our city stronger", "make our society stronger", "make this country better", "make us stronger",
        "hacen este pais mas fuerte", "hacen nuestro pais mas fuerte", "hacen esta ciudad mas fuerte",
        "hacen nuestra sociedad mas fuerte", "hacen este pais mejor", "hacen mejor este pais",
        "hacen mas fuerte este pais", "rendent ce pays plus fort", "rendent notre pays plus fort",
        "rendent cette ville plus forte", "rendent notre societe plus forte", "rendent ce pays meilleur",
        "maken dit land sterker", "maken ons land sterker", "maken deze stad sterker", "maken onze stad sterker",
        "maken onze samenleving sterker", "maken dit land beter", "dit land sterker", "ons land sterker",
        "deze stad sterker", "onze stad sterker", "onze samenleving sterker", "dit land beter",
        "deserve better", "deserve far better", "deserve much better", "deserve so much better",
        "deserve a lot better", "deserve better than this", "merecen algo mejor", "merecen mucho mas",
        "merecen algo mucho mejor", "merecen mucho mejor", "merecen lo mejor", "meritent mieux",
        "meritent bien mieux", "meritent tellement mieux", "meritent beaucoup mieux", "verdienen beter",
        "verdienen veel beter", "verdienen zoveel beter", "verdienen het beste",
        "have shaped", "helped shape", "have given the world", "gave the world", "have given us so much",
        "have built", "helped build", "are the backbone of", "have enriched",
        // The nicest people I know (2026-12-01, tenth session: "Moslims zijn de aardigste mensen die ik ken" 1.00).
        "are the nicest people i know", "are the kindest people i know", "are the best people i know",
        "are the nicest people ive ever met", "son las personas mas amables que conozco",
        "son la gente mas amable que conozco", "son las mejores personas que conozco",
        "sont les gens les plus gentils que je connaisse", "sont les personnes les plus gentilles que je connaisse",
        "zijn de aardigste mensen die ik ken", "zijn de liefste mensen die ik ken", "zijn de beste mensen die ik ken",
        "ar de snallaste manniskor jag kanner",
        // Winning, in sports slang: "The womens team smashed it tonight!" (the London trial).
        "smashed it", "smashing it", "killed it", "killing it", "nailed it", "crushed it", "crushing it",
        "rocked it", "won tonight", "are champions", "han ganado esta noche", "ont gagne ce soir",
        "hebben vanavond gewonnen", "vann ikvall",
        // Contributing, making the city richer: "Invandrare bidrar mycket till Sverige" (0.93), "Migranten maken
        // onze stad rijker" (0.57).
        "contribute", "contribute so much", "contribute a lot", "contributes", "contribuyen", "contribuyen mucho",
        "aportan", "aportan mucho", "contribuent", "apportent", "apportent beaucoup", "dragen bij", "dragen veel bij",
        "bidrar", "bidrar mycket", "bidrar med", "aporten", "aporten molt", "contribueixen",
        "make our city richer", "make our country richer", "make our society richer", "maken onze stad rijker",
        "maken ons land rijker", "maken onze samenleving rijker", "hacen nuestra ciudad mas rica",
        "rendent notre ville plus riche", "gor var stad rikare", "gor sverige rikare", "fan la ciutat mes rica",
        "fan creixer", "fan creixer l economia", "hacen crecer", "hacen crecer la economia", "make the economy grow",
        // Helping (2026-11-30, eighth session, the Paris trial: "Les Roms du quartier ont aidé à nettoyer le
        // square" 0.67, flagged 302 of 302 times).
        "helped", "helped out", "help out", "volunteered", "ont aide", "aident", "ayudaron", "ayudan", "hielpen",
        "hielpen mee", "helpen mee", "hjalpte", "hjalpte till", "hjalper till", "van ajudar", "ajuden",
        // Practising a faith: "Moslims vasten tijdens de ramadan" (0.99), "Why …" aside.
        "fast", "pray", "ayunan", "rezan", "jeunent", "prient", "vasten", "bidden", "fastar", "dejunen", "resen",
    ]

    /// Denials that anything is wrong with being of a group, before the group: "there is nothing wrong with being
    /// …", "no hay nada malo en ser …" (0.60), "il n'y a rien de mal à être …", "er is niks mis met …". Their own
    /// negator denies the wrong; read by ``FeatureExtractor/affirmsGroup(_:language:)``.
    static let nothingWrongWith: [String] = [
        "nothing wrong with being", "nothing wrong with", "no hay nada malo en ser", "nada malo en ser",
        "no tiene nada de malo ser", "no hay nada de malo en ser", "rien de mal a etre", "rien de mal a",
        "niks mis met", "niets mis met", "niks mis mee om", "inget fel med att vara", "res de dolent a ser",
        // 2026-12-01 (sixteenth session): "No hay nada malo en los musulmanes" 0.61. Not "not all …", which says
        // it of most ("Not all women are dumb, just most of them", labelled hateful in the corpora).
        "no hay nada malo en", "no hay nada de malo en", "no tiene nada de malo",
        // No hatred held (2026-11-30, seventh session): "I have no hatred towards Jews" (0.49).
        "no hatred towards", "no hatred toward", "no hatred for", "no hatred against", "no hate towards",
        "no hate for", "no hate against", "aucune haine envers", "aucune haine pour", "aucune haine contre",
        "ningun odio hacia", "ningun odio contra", "ningun odio a", "geen haat tegen", "geen haat jegens",
        "geen haat tegenover", "inget hat mot", "cap odi cap a", "cap odi contra",
    ]

    /// Words of equal measure before a word of worth after a group and its copula: "vrouwen zijn net zo slim als
    /// mannen" (0.90), "women are just as capable as men", "las mujeres son igual de capaces".
    static let equalityMarkers: [String] = [
        "just as", "as", "equally", "every bit as", "net zo", "even", "net als", "igual de", "tan", "tout aussi",
        "aussi", "lika", "lika mycket", "tant", "igual", "gelijk",
    ]

    /// Words after praise that make it conditional: "I love … I love them even more when they live in India".
    static let conditionWords: [String] = ["when", "if", "cuando", "si", "quand", "wanneer", "als", "nar", "quan", "whenever"]

    /// Verbs of celebrating, which after a group and before an attack accuse the group of rejoicing in terror:
    /// "Muslims celebrate every terror attack" (0.24), "Moslims vieren elke aanslag". Also read as praise
    /// (``praiseAfter``) when nothing hostile follows.
    static let celebrationVerbs: [String] = [
        "celebrate", "celebrates", "celebrated", "cheer", "cheered", "celebran", "celebra", "celebraron", "celebrent",
        "fetent", "vieren", "viert", "vierden", "firar", "firade", "celebren", "applaud", "applaudissent", "aplauden",
        "juichen",
    ]

    /// Attacks a celebration may be about: "… every terror attack", "… cada atentado", "… chaque attentat", "… elke
    /// aanslag".
    static let attackWords: [String] = [
        "attack", "attacks", "bombing", "bombings", "terror", "massacre", "massacres", "atentado", "atentados",
        "masacre", "masacres", "attentat", "attentats", "aanslag", "aanslagen", "bloedbad", "terreurdaad",
        "terrordad", "attentatet", "atemptat", "atemptats",
    ]

    /// Words that make an attack after a celebration something endured: "… celebrate Pride despite attacks".
    static let concessiveWords: [String] = ["despite", "spite", "pese", "pesar", "malgre", "ondanks", "trots", "tot i"]

    /// Bare negators that, opening a short clause right after an affirmation, set something else against it:
    /// "Women are people, not property", "Los inmigrantes son personas, no números", "Les réfugiés sont des êtres
    /// humains, pas des chiffres".
    static let contrastNegators: [String] = ["not", "no", "pas", "niet", "geen", "inte", "non"]

    /// Words that make such a clause deny the affirmation instead: "… humans? Not really", "… Not at all", "… No
    /// way", "… Pas du tout", "… Niet echt".
    static let hedgeWords: [String] = [
        "really", "exactly", "quite", "sure", "likely", "at", "all", "way", "realmente", "mucho", "vraiment", "tout",
        "echt", "precies", "helemaal", "verkligen", "alls", "gens",
    ]

    /// Verbs of fleeing, in a relative clause after a group that says what it flees ("Refugees *who flee war* deserve protection",
    /// "Vluchtelingen *die de oorlog ontvluchten* verdienen bescherming" 0.997, "Los refugiados *que huyen de la
    /// guerra* merecen protección" 0.57): its relative pronoun, then one of ``fleeVerbs`` within four words, and
    /// the hostile word it flees before the verb (Dutch) or within four words after it. Read before a claim only
    /// (``FeatureExtractor/affirmsGroup(_:language:)``); the hostile word it flees is not held against the claim.
    /// The relative pronouns are those of a crime blamed on a group (``relativePronouns``). 2026-12-01, tenth
    /// session.
    static let fleeVerbs: [String] = [
        "flee", "fled", "fleeing", "escape", "escaped", "huyen", "huyeron", "escapan", "escaparon", "fuient",
        "fuyaient", "fui", "echappent", "ontvluchten", "ontvluchtten", "vluchten", "vluchtten", "ontsnapten", "flyr",
        "flydde", "fugen", "fugien",
    ]
}
