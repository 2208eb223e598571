extension Lexicon {
    /// Markers that present what follows as the expected thing: "of course the thief was …", "claro, el ladrón
    /// era …", "évidemment, le voleur était encore …", "natuurlijk was de dief weer …". With a word for an
    /// offender and a group they blame crime on the group (``FeatureExtractor/blamesCrimeOnGroup()``). Written
    /// normalised; one list for every language.
    static let expectationMarkers: [String] = [
        "of course", "obviously", "as always", "as usual", "typical", "surprise surprise", "once again", "again",
        "who would have guessed", "no surprise", "claro", "como siempre", "otra vez", "de nuevo", "como no",
        "tipico", "obviamente", "por supuesto", "evidemment", "encore", "encore une fois", "comme d habitude",
        "comme toujours", "bien sur", "forcement", "typique", "sans surprise", "natuurlijk", "weer", "alweer",
        "uiteraard", "zoals altijd", "typisch", "tuurlijk", "wat een verrassing", "sjalvklart", "saklart",
        "som vanligt", "igen", "typiskt", "es clar", "com sempre", "una altra vegada", "evidentment",
        // 2026-11-30, sixth session: mock surprise ("Encore un Arabe impliqué, comme par hasard" 0.16).
        "comme par hasard", "que casualidad", "vaya sorpresa", "what a surprise", "what a coincidence",
        "quelle surprise", "toevallig", "vilken overraskning", "quina casualitat",
    ]

    /// Words for an offender, in every language.
    static let offenderWords: [String] = [
        "thief", "thieves", "shoplifter", "shoplifters", "criminal", "criminals", "rapist", "rapists", "murderer",
        "murderers", "robber", "robbers", "mugger", "muggers", "dealer", "dealers", "pickpocket", "pickpockets",
        "terrorist", "terrorists", "attacker", "attackers", "killer", "killers", "stabber", "culprit", "culprits",
        "perpetrator", "perpetrators", "burglar", "burglars", "ladron", "ladrones", "delincuente", "delincuentes",
        "violador", "violadores", "asesino", "asesinos", "atracador", "atracadores", "carterista", "carteristas",
        "terrorista", "terroristas", "agresor", "agresores", "culpable", "culpables", "voleur", "voleurs",
        "delinquant", "delinquants", "violeur", "violeurs", "assassin", "assassins", "agresseur", "agresseurs",
        "terroriste", "terroristes", "criminel", "criminels", "casseur", "casseurs", "coupable", "coupables",
        "cambrioleur", "dief", "dieven", "crimineel", "criminelen", "verkrachter", "verkrachters", "moordenaar",
        "moordenaars", "overvaller", "overvallers", "zakkenroller", "zakkenrollers", "dader", "daders",
        "inbreker", "inbrekers", "tjuv", "tjuvar", "brottsling", "brottslingar", "valdtaktsman", "mordare",
        "ranare", "garningsman", "lladre", "lladres", "delinquent", "delinquents",
    ]

    /// Crimes named by a verb in a relative clause right after a group ("it was a Moroccan *who stole* the bike"
    /// 0.05, "le migrant qui a *volé*", "el gitano que *robó*"). Several are said of a victim elsewhere ("robbed",
    /// "volé": ``victimisationWords``); after a group and a relative pronoun they are the group's
    /// (``FeatureExtractor/blamesCrimeOnGroup()``).
    static let crimeVerbs: [String] = [
        "stole", "steals", "nicked", "shoplifted", "burgled", "looted", "robo", "roban", "robaron", "saqueo",
        "pillent", "pille", "stal", "stalen", "beroofde", "stak", "verkrachtte", "plunderde", "ranade", "snodde",
        "stolen", "robbed", "stabbed", "attacked", "raped", "killed", "murdered", "mugged", "vole", "poignarde",
        "agresse", "tue", "viole", "cambriole", "apunalo", "agredio", "mato", "violo", "atraco", "gestolen",
        "beroofd", "neergestoken", "aangevallen", "verkracht", "vermoord",
        // 2026-12-01 (eleventh session): present plurals ("Je connais des Roms qui volent").
        "steal", "volent", "roben", "stelen",
    ]

    /// Relative pronouns between a group and a crime verb.
    static let relativePronouns: [String] = ["who", "that", "que", "qui", "die", "dat", "som", "which"]

    /// Auxiliaries between a relative pronoun and a crime verb ("qui *a* volé", "who *has* stolen", "die *heeft*
    /// gestolen"), and the articles of the Spanish relative "el que" ("fue un gitano *el* que robó").
    static let relativeAuxiliaries: [String] = ["a", "ont", "has", "had", "have", "ha", "han", "heeft", "hebben", "har"]
    static let relativeArticles: [String] = ["el", "la", "los", "las", "celui", "celle"]


    /// A weapon carried or planted, which stands for the offender after an expectation marker ("Encore un musulman
    /// qui pose une bombe, quelle surprise" 0.27, "Weer een moslim met een bom, wat een verrassing" 0.26). Written
    /// normalised. 2026-12-01, eleventh session.
    static let weaponPhrases: [String] = [
        "with a bomb", "with a knife", "plants a bomb", "planted a bomb", "con una bomba", "con un cuchillo",
        "pone una bomba", "puso una bomba", "avec une bombe", "avec un couteau", "pose une bombe",
        "a pose une bombe", "met een bom", "met een mes", "plaatst een bom", "med en bomb", "med en kniv",
        "amb una bomba", "amb un ganivet",
    ]

    /// Words that set the group against someone else's violence ("again a bomb against Muslims"): the message
    /// reports an attack on the group, not the group's crime.
    static let againstWords: [String] = ["against", "contra", "contre", "tegen", "mot"]

    /// Words that make someone the victim ("once again a thief robbed an immigrant"): the message then reports a
    /// crime against the group. In every language.
    static let victimisationWords: [String] = [
        "attacked", "robbed", "assaulted", "stabbed", "killed", "beaten", "murdered", "raped", "mugged", "victim",
        "victims", "targeted", "harassed", "atacado", "atacada", "atacados", "robado", "robada", "agredido",
        "agredida", "apunalado", "asesinado", "asesinada", "victima", "victimas", "agresse", "agressee", "attaque",
        "attaquee", "vole", "volee", "poignarde", "tue", "tuee", "victime", "victimes", "aangevallen", "beroofd",
        "mishandeld", "neergestoken", "vermoord", "slachtoffer", "slachtoffers", "attackerad", "rånad", "ranad",
        "misshandlad", "knivhuggen", "dodad", "offer", "agredit", "robat",
        // 2026-12-01 (eleventh session): threatened ("Once again a man with a knife threatened a Jewish family").
        "threatened", "threatens", "amenazo", "amenazado", "amenazada", "amenazados", "menacee", "menaces",
        "bedreigde", "bedreigd", "hotade", "hotad", "amenacat",
    ]

    /// Refusals before a kind of contact: "I would never …", "I'd rather die than …", "me niego a …", "je refuse
    /// de …", "ik zou nooit …", "jag skulle aldrig …". With a word of contact (``contactWords``) and a group near
    /// it they refuse the group's company (``FeatureExtractor/refusesContactWithGroup()``). Written normalised.
    static let refusalFrames: [String] = [
        "i would never", "id never", "i will never", "i would never want to", "ill never", "i wont", "i refuse to",
        "id rather die than",
        "i would rather die than", "id sooner die than", "i dont want", "i do not want", "never in my life would i",
        "never would i", "never will i", "never could i",
        // Seeing no reason for a harm (2026-11-30, seventh session): "Je ne vois pas pourquoi on détesterait les
        // lesbiennes".
        "i dont see why", "i do not see why", "i see no reason to", "je ne vois pas pourquoi", "je vois pas pourquoi",
        "no veo por que", "no entiendo por que", "ik zie niet waarom", "jag ser inte varfor", "no veig per que",
        "over my dead body", "no way would i", "i would not", "i wouldnt", "nunca", "jamas", "me niego a",
        "antes muerto que", "antes muerta que", "nunca querria", "jamas querria", "no quiero", "no pienso", "jamais",
        "je refuse de", "je refuse",
        "plutot mourir que", "plutot crever que", "je ne veux pas", "je veux pas", "je ne laisserai jamais",
        "je ne laisserais jamais", "je laisserais jamais", "je ne voudrais jamais", "je ne ferais jamais",
        "ik zou nooit", "ik wil geen", "ik wil niet",
        "ik weiger", "nooit van mijn leven", "ik zal nooit", "ik zou nooit willen", "liever dood dan",
        "jag skulle aldrig",
        "jag vagrar", "jag vill inte", "aldrig i livet", "mai", "em nego a", "no vull",
        // Impersonal refusals (2026-11-30, sixth session): "Il ne faut pas haïr les juifs" (0.66), "Pas question de
        // rejeter les
        // migrants" (0.72).
        "il ne faut pas", "il ne faut jamais", "on ne doit pas", "on ne doit jamais", "on ne devrait pas",
        "on ne devrait jamais", "pas question de", "hors de question de", "we must not", "we must never",
        "we should not", "we should never", "you should never", "no hay que", "nunca hay que", "no se debe",
        "no debemos", "we mogen niet", "we moeten niet", "je mag niet", "je mag nooit", "men mag niet",
        "man ska inte", "man ska aldrig", "vi far inte", "no s ha de", "je ne supporterais pas",
        "je ne tolererais pas", "je ne laisserais pas",
        // Not letting it happen, and shame that it happens (2026-11-30, eighth session): "No voy a permitir que
        // insultes a los gitanos" (0.51), "Es una vergüenza que todavía se ataque a los judíos" (0.53); with a
        // kind of contact they refuse it ("Es una vergüenza que un gitano viva en mi edificio").
        "no voy a permitir que", "no vamos a permitir que", "no permitire que", "no permitiremos que",
        "je ne permettrai pas que", "nous ne permettrons pas que", "je ne laisserai pas", "i wont let",
        "i will not let",
        "we wont let", "we will not let", "i wont allow", "we will not allow", "ik laat niet toe dat",
        "ik sta niet toe dat", "we laten niet toe dat", "es una verguenza que", "es vergonzoso que",
        "es indignante que", "its a shame that", "it is a shame that", "its a disgrace that", "it is a disgrace that",
        "cest une honte que", "c est une honte que", "il est scandaleux que", "cest scandaleux que",
        "het is een schande dat", "het is schandalig dat", "det ar en skam att", "det ar skamligt att",
        "es una vergonya que",
        // 2026-12-01 (tenth session): death preferred, nobody sane ("Preferiría morir antes que tener un vecino
        // musulmán" 0.44, "Personne de sensé n'embaucherait un handicapé" 0.01).
        "preferiria morir antes que", "prefiero morir antes que", "preferiria morirme antes que",
        "je prefererais mourir plutot que", "je prefere mourir plutot que", "ik ga nog liever dood dan",
        "ik ga liever dood dan", "nadie en su sano juicio", "personne de sense", "no one in their right mind would",
        "nobody in their right mind would", "no sane person would", "niemand die goed bij zijn hoofd is",
        // Nobody wants to, no reason to (2026-12-01, tenth session): with a harm they refuse it.
        "nobody wants to", "no one wants to", "nobody here wants to", "nadie quiere", "aqui nadie quiere",
        "personne ne veut", "ici personne ne veut", "niemand wil", "hier wil niemand", "ingen vill",
        "theres no reason to", "there is no reason to", "no hay razon para", "il ny a aucune raison de",
        "er is geen reden om", "i never said", "i never said that", "nunca dije que", "je ai jamais dit que",
        "ik heb nooit gezegd dat",
    ]

    /// Kinds of contact a refusal may name: marrying, dating, hiring, renting to, sitting or living next to,
    /// touching, eating what someone cooked, shaking hands, being treated by. Every form we met, every language.
    static let contactWords: [String] = [
        "marry", "married", "date", "dating", "hire", "hiring", "employ", "rent", "renting", "sit", "sitting",
        "live", "living", "neighbour", "neighbours", "neighbor", "neighbors", "touch", "touched", "eat", "eating",
        "cooked", "shake", "hug", "kiss", "share", "befriend", "next", "near", "treated", "casara", "casarse",
        "casar", "case", "salir", "contratar", "contrataria", "alquilar", "alquilaria", "sentarme", "sentaria",
        "vivir", "viviria", "vecino", "vecinos", "tocar", "comer", "comeria", "compartir", "juntarme", "cerca",
        "lado", "epouser", "epouse", "sortir", "embaucher", "embaucherais", "louer", "louerais", "asseoir",
        "vivre", "voisin", "voisins", "toucher", "manger", "mangerais", "serrer", "partager", "approcher", "pres",
        "cote", "trouwen", "daten", "aannemen", "verhuren", "zitten", "wonen", "buren", "buurman", "aanraken",
        "eten", "delen", "naast", "gifta", "dejta", "anstalla", "hyra", "sitta", "bo", "grannar", "granne", "rora",
        "ata", "bredvid", "llogar", "viure", "menjar", "costat",
        // 2026-11-30 (fifth session): services and care ("I refuse to let a trans person cut my hair" 0.16).
        "cut", "hair", "haircut", "serve", "teach", "babysit", "nurse", "corte", "pelo", "cortar", "ensenar",
        "cuidar", "couper", "cheveux", "enseigner", "soigner", "knippen", "lesgeven", "verzorgen",
        "klippa", "undervisa", "embaucherait", "embaucherai", "contrata", "aan", "neemt",
        // 2026-12-01 (fourteenth session): coming near ("Jamás dejaré que un moro se acerque a mi familia" 0.25).
        "acerque", "acerquen", "acercarse", "acercara", "pise", "pisen", "approche", "approchent",
    ]

    /// Idioms of menace that need no violent word: "your days are numbered", "we know where you live", "you will
    /// pay for this". Said to or of a group they threaten it (``FeatureExtractor/threatensByIdiom()``:
    /// "Immigrants, your days are numbered" 0.23, "Immigrés, vos jours sont comptés" 0.27). Written normalised.
    static let threatIdioms: [String] = [
        "days are numbered", "days here are numbered", "days in this country are numbered",
        "days in europe are numbered", "days in our country are numbered", "we know where you live",
        "we know where they live", "will pay for this",
        "are going to pay", "will pay for what", "watch your back", "watch your backs", "better watch out",
        "get what is coming to them", "get whats coming to them", "their time will come", "will regret it",
        "will regret this", "are going to regret", "pay in blood", "will pay in blood", "se van a arrepentir",
        "lo van a lamentar", "pagaran con sangre", "vont le regretter", "vont regretter", "paieront de leur sang",
        "gaan spijt krijgen", "zullen spijt krijgen", "betalen met bloed",
        "dias contados", "sabemos donde vives", "sabemos donde viven", "lo vais a pagar", "lo van a pagar",
        "lo pagareis", "jours sont comptes", "on sait ou tu habites", "on sait ou vous habitez",
        "on sait ou ils habitent", "allez payer", "vont payer", "paierez", "reglera leur compte",
        "reglerons leur compte", "regler leur compte", "on aura leur peau", "faire la peau", "leur heure viendra",
        "se van a enterar", "su merecido", "les llegara su hora", "dagen zijn geteld",
        "we weten waar je woont", "we weten waar jullie wonen", "we weten waar ze wonen", "gaan hiervoor boeten",
        "zullen hiervoor boeten", "gaan boeten", "hun verdiende loon", "dagar ar raknade", "vi vet var du bor",
        "vi vet var ni bor",
        "kommer att fa betala", "dies comptats", "sabem on viviu",
        // Beatings promised: "Any lesbian in my street will get her teeth kicked in" (0.30).
        "teeth kicked in", "head kicked in", "heads kicked in", "skull kicked in", "kick their teeth in",
        "kick their heads in", "casser la gueule", "peter la gueule", "defoncer la gueule", "leur casser la gueule",
        "partir la cara", "partirles la cara", "romperles la cara", "de kop inslaan", "hun kop inslaan",
        // A life as the price: "Every Asian in this city will pay with their life" (0.12).
        "pay with their life", "pay with their lives", "pay with his life", "pagaran con su vida",
        "pagaran con sus vidas", "paieront de leur vie", "paieront de leurs vies", "betalen met hun leven",
        "betala med sina liv",
        // 2026-11-30, eighth session: Dutch threats the Dutch model missed ("We laten de joden met bloed betalen"
        // 0.07, "Elke Arabier in deze straat krijgt wat hij verdient" 0.13), and body bags in every language.
        "met bloed betalen", "met hun bloed betalen", "krijgt wat hij verdient", "krijgen wat ze verdienen",
        "krijgt wat ie verdient", "onder vuur nemen", "onder vuur neemt", "voer ze af", "voeren ze af",
        "in een lijkzak", "in lijkzakken", "in body bags", "in a body bag", "in bodybags", "dans des sacs mortuaires",
        "dans un sac mortuaire", "en bolsas para cadaveres", "en una bolsa para cadaveres", "i likpasar",
        "get whats coming", "get what is coming", "gets whats coming", "gets what is coming", "zuiveren van",
        // 2026-12-01 (tenth session): the hospital promised, a neighbourhood cleansed, a beating to correct, a
        // burning foretold ("Cualquier inmigrante que pise mi barrio acabará en el hospital" 0.07, "Een dezer dagen
        // zuiveren we de wijk van zwarten" 0.43, "Lesbiennes moet je met klappen corrigeren" 0.49, "Los judíos
        // arderán como en los viejos tiempos" 0.42). In the future only: "… end up in hospital after an attack" is
        // news of victims, and so are "à coups de poing" and "zullen branden" (candles).
        "will end up in hospital", "will end up in the hospital", "acabara en el hospital", "acabaran en el hospital",
        "terminara en el hospital", "finira a hopital", "finiront a hopital", "clean the streets of",
        "limpiar el barrio de", "limpiar las calles de", "nettoyer le quartier des", "nettoyer le quartier de",
        "nettoyer les rues des", "zuiveren we de wijk van", "de wijk zuiveren van", "corregirlas a hostias",
        "corregirlos a hostias", "corriger a coups de", "met klappen corrigeren", "arderan como", "bruleront comme",
        // 2026-12-01 (twelfth session): bodies broken, throats cut, a bullet put in ("I'm gonna break every bone in
        // that cripple's body" 0.36).
        "break every bone in", "break every bone of", "break all their bones", "slit their throats",
        "slit your throat", "slit her throat", "slit his throat", "cut their throats", "put a bullet in",
        "put a bullet through", "bullet in their heads", "bash their heads in", "smash their faces in",
        "smash their skulls in", "rip their heads off", "rip your head off",
        // 2026-12-01 (thirteenth session): menace with no violent word — enjoy it while you can, see what happens
        // to the next one, leave in an ambulance, a brick through the window, a slap deserved ("Christians, enjoy
        // your Sunday mass while you still can" 0.08, "Cualquier trans que entre aquí sale en una ambulancia" 0.10,
        // "Vrouwen die te veel praten verdienen een klap in hun gezicht" 0.05, "Como vea a otro moro en mi calle le
        // rajo la cara" 0.30).
        "while you still can", "while they still can", "mientras podais", "mientras puedan", "tant que vous le pouvez",
        "tant quils le peuvent", "zolang het nog kan", "watch what happens to", "ya veras lo que le pasa",
        "vous allez voir ce qui arrive", "sale en una ambulancia", "salen en ambulancia", "sale en ambulancia",
        "leaves in an ambulance", "leave in an ambulance", "leaves in a body bag", "repart en ambulance",
        "sort en ambulance", "in een ambulance", "brick through the window", "brick through their window",
        "ladrillo por la ventana", "une brique dans la vitre", "baksteen door de ruit", "verdienen een klap",
        "verdient een klap", "verdienen klappen", "verdienen een pak slaag", "verdient een pak slaag",
        "deserve a slap", "deserves a slap", "deserve a beating", "deserves a beating", "merecen una paliza",
        "merece una paliza", "merecen una hostia", "meritent une claque", "merite une claque", "meritent une raclee",
        "le rajo la cara", "rajarle la cara", "rajarles la cara", "les rajo la cara",
        // A bullet in the head, hospital tomorrow, fear told, coming for them one by one ("Quelqu'un devrait mettre
        // une balle dans la tête de chaque féministe" 0.38, "Elke Turk in deze stad moet bang zijn, want we komen
        // eraan" 0.08).
        "balle dans la tete", "un tiro en la cabeza", "kogel door de kop", "kogel door het hoofd",
        "bullet in the head", "bullet through the head", "morgen in het ziekenhuis", "moet bang zijn",
        "moeten bang zijn", "should be afraid", "should be scared", "deberian tener miedo", "deben tener miedo",
        "doivent avoir peur", "devraient avoir peur", "we komen eraan", "een voor een halen",
        "een voor een komen halen",
        // 2026-12-01 (fourteenth session): menace by innuendo, a lesson or a visit promised, mercy refused, the
        // threat left to the listener ("Esa mora va a aprender lo que es bueno" 0.49, "Faut donner une leçon aux
        // noirs du parc" 0.28, "Laat de Antillianen zich maar voorbereiden, deze keer geen genade" 0.00, "Que
        // quelqu'un s'occupe des roms, vous voyez ce que je veux dire" 0.27, "Tirez sur les migrants" 0.36).
        "va a aprender lo que es bueno", "van a aprender lo que es bueno", "vas a saber lo que es bueno",
        "van a saber lo que es bueno", "va a saber lo que es bueno", "apprendre ce qui est bon",
        "apprendront ce qui est bon", "gaat merken wat goed is", "gaan merken wat goed is", "zal merken wat goed is",
        "dar un escarmiento", "darles un escarmiento", "darle un escarmiento", "dar una leccion a",
        "darles una leccion", "donner une lecon aux", "leur donner une lecon", "faut leur donner une lecon",
        "een lesje leren", "een lesje gaan leren", "hacerles una visita", "hacerle una visita",
        "leur rendre une petite visite", "ff een bezoekje brengen", "een bezoekje brengen", "een bezoekje gaan brengen",
        "no habra piedad", "no tendremos piedad", "pas de pitie", "aucune pitie", "sans aucune pitie", "geen genade",
        "ya sabeis a que me refiero", "ya sabes a que me refiero", "ya me entendeis", "vous voyez ce que je veux dire",
        "tu vois ce que je veux dire", "je snapt wel wat ik bedoel", "jullie snappen wel wat ik bedoel",
        "se donde vive", "se donde viven", "sabemos donde vive", "tirez sur les", "tirez dans le tas", "disparadles a",
        "is hij er geweest", "is ze er geweest", "zijn ze er geweest", "onder een vrachtwagen komen",
        // Leaving alive denied, in the future only ("Les réfugiés sortiront pas vivants de ce village" 0.30; "no
        // salieron vivos del naufragio" is news).
        "no van a salir vivos", "no va a salir vivo", "no saldran vivos", "no saldra vivo", "no salen vivos de aqui",
        "sortiront pas vivants", "ne sortiront pas vivants", "sortira pas vivant", "ne sortira pas vivant",
        "komen hier niet levend weg", "komt hier niet levend weg", "niet levend weg", "gaan hier niet levend weg",
        // 2026-12-01 (fifteenth session): last days, time up, warned ("Musulmanes, vuestros días están contados",
        // "disfrutad de vuestros últimos días, inmigrantes" 0.30).
        "enjoy your last days", "we know where you sleep", "your time is up", "your time is coming",
        "sleep with one eye open", "youve been warned", "you have been warned", "count your days",
        "dias estan contados", "sabemos donde vivis", "disfrutad de vuestros ultimos dias",
        "disfruta de tus ultimos dias", "disfrutad vuestros ultimos dias", "estais avisados", "cuidaos las espaldas",
        "nous savons ou vous habitez", "profitez de vos derniers jours", "profitez bien de vos derniers jours",
        "vous etes prevenus", "surveillez vos arrieres", "geniet maar van jullie laatste dagen",
        "geniet van jullie laatste dagen", "jullie zijn gewaarschuwd",
    ]

    /// Words that make a simile: "like", "comme", "como", "als", "som", "com". With a group before it and vermin
    /// after it they compare the group to vermin (``FeatureExtractor/comparesGroupToVermin(_:)``).
    static let simileMarkers: [String] = ["like", "comme", "como", "als", "som", "com"]

    /// Animals and vermin a group is compared with to deny its humanity ("Les musulmans grouillent comme des rats"
    /// 0.35, "Refugees behave like animals"), in every language, plural mostly.
    static let verminWords: [String] = [
        "rats", "cockroaches", "vermin", "animals", "beasts", "rabbits", "parasites", "insects", "pigs", "apes",
        "monkeys", "dogs", "lice", "locusts", "leeches", "cattle", "roaches", "ratas", "cucarachas", "alimanas",
        "animales", "bestias", "conejos", "parasitos", "insectos", "cerdos", "monos", "perros", "piojos",
        "langostas", "sanguijuelas", "ganado", "cafards", "vermine", "animaux", "betes", "lapins", "insectes",
        "porcs", "cochons", "singes", "chiens", "poux", "sauterelles", "sangsues", "betail", "ratten",
        "kakkerlakken", "ongedierte", "beesten", "dieren", "konijnen", "parasieten", "insecten", "varkens", "apen",
        "honden", "luizen", "sprinkhanen", "bloedzuigers", "vee", "rattor", "kackerlackor", "ohyra", "djur",
        "kaniner", "parasiter", "insekter", "grisar", "apor", "hundar", "gräshoppor", "grashoppor", "rates",
        "paneroles", "conills", "gossos",
    ]

    /// Articles that may stand between a simile's marker and its animal ("comme *des* rats", "como *las*
    /// ratas").
    static let simileArticles: [String] = [
        "the", "a", "some", "wild", "los", "las", "unos", "unas", "des", "les", "de", "du", "een", "die", "els", "uns",
        "unes", "vilda",
    ]

    /// Words that make the group the one wronged in a simile — treated, hunted, forced, caged like animals — or
    /// that make the simile a compliment ("work like dogs"): "Refugees are treated like animals" is not
    /// dehumanising speech.
    static let simileVictimWords: [String] = [
        "treated", "treat", "treating", "herded", "hunted", "slaughtered", "killed", "shot", "butchered", "forced",
        "kept", "caged", "locked", "crammed", "packed", "penned", "sold", "dying", "died", "die", "work", "worked",
        "working", "tratados", "tratadas", "tratan", "trata", "tratar", "cazados", "masacrados", "obligados",
        "encerrados", "hacinados", "trabajan", "traites", "traitees", "traite", "traiter", "traitent", "chasses",
        "massacres", "abattus", "forces", "obliges", "enfermes", "entasses", "travaillent", "parque", "parquent",
        "parques", "entasse", "entassent", "behandeld",
        "behandelen", "behandelt", "opgejaagd", "afgeslacht", "gedwongen", "opgesloten", "werken", "behandlas",
        "behandlade", "jagade", "slaktade", "tvingas", "instangda", "arbetar",
    ]

    /// Words of quantity before a group that make it some of its people ("a group *of* men", "*two* women",
    /// "*algunos* inmigrantes"): a simile about them is not about the group.
    static let simileQuantifiers: [String] = [
        "of", "some", "few", "several", "two", "three", "four", "five", "unos", "unas", "algunos",
        "algunas", "dos", "tres", "varios", "varias", "quelques", "plusieurs", "deux", "trois", "enkele",
        "sommige", "twee", "drie", "paar", "nagra", "tva", "tre", "alguns", "algunes",
    ]

    /// The tables of the stereotype rules, built once.
    struct StereotypeTables: Sendable {
        let markers = PhraseTable(Lexicon.expectationMarkers)
        let offenders = WordSet(Lexicon.offenderWords)
        let victimisation = WordSet(Lexicon.victimisationWords)
        let weapons = PhraseTable(Lexicon.weaponPhrases)
        let against = WordSet(Lexicon.againstWords)
        let crimeVerbs = WordSet(Lexicon.crimeVerbs)
        let relatives = WordSet(Lexicon.relativePronouns)
        let relativeAuxiliaries = WordSet(Lexicon.relativeAuxiliaries)
        let relativeArticles = WordSet(Lexicon.relativeArticles)
        let refusals = PhraseTable(Lexicon.refusalFrames)
        let contact = WordSet(Lexicon.contactWords)
        let threatIdioms = PhraseTable(Lexicon.threatIdioms)
        let simileMarkers = WordSet(Lexicon.simileMarkers)
        let vermin = WordSet(Lexicon.verminWords)
        let simileArticles = WordSet(Lexicon.simileArticles)
        let simileVictims = WordSet(Lexicon.simileVictimWords)
        let simileQuantifiers = WordSet(Lexicon.simileQuantifiers)
        /// Words one of the five rules cannot do without — an offender, a kind of contact, the last word of an
        /// idiom (rarer than a first word such as "I" or "we"), an animal of a simile, a thing a group is ranked
        /// below — so that a message with none
        /// skips them all with one lookup per word.
        let triggers = WordSet(
            Lexicon.offenderWords + Lexicon.crimeVerbs + Lexicon.contactWords + Lexicon.verminWords
                + Lexicon.comparisonThings + Lexicon.threatIdioms.map { String($0.split(separator: " ").last!) }
                + Lexicon.weaponPhrases.map { String($0.split(separator: " ").last!) })
    }

    static let stereotypes = StereotypeTables()
}
