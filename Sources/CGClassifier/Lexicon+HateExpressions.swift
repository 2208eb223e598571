extension Lexicon {
    /// Phrases in which the speaker declares hatred, contempt or disgust for what follows them ("I can't stand
    /// …", "j'en ai marre des …", "ik heb een hekel aan …", "muerte a …"). Followed by a group — directly or
    /// after a few ``hateExpressionBridges`` ("all these fucking …") — and said plainly (``FeatureExtractor/
    /// expressesHatePlainly(_:)``), they make a message hateful whatever the model scored: the models learn such
    /// phrases only where the training sentences use them, and score "ik kan niet tegen moslims" 0.002 (the
    /// negator inside the phrase reads as a negation) and "me repugnan los musulmanes" 0.36.
    ///
    /// Written normalised as the tokeniser emits words: lower case, no diacritics, apostrophes dropped ("i cant
    /// stand", "im sick of"), French elision removed ("j'en ai marre" is "en ai marre", "j'exècre" is
    /// "execre"). The speaker is named where the language needs it ("i hate", "je hais", "ik haat"): "people hate
    /// …" describes, it does not declare. English phrases are read in every language, as short English messages
    /// are often identified as another language.
    static let hateExpressionsBefore: [Language: [String]] = [
        .en: [
            // 2026-11-30 (fifth session): calls to arms ("It's time to take up arms against the immigrants" 0.22).
            "take up arms against", "declare war on", "wage war on", "go to war against", "start a war against",
            "i hate", "we hate", "i fucking hate", "i really hate", "i absolutely hate", "i just hate", "i truly hate",
            "i despise", "we despise", "i really despise", "i detest", "i loathe", "i abhor",
            "i cant stand", "i cannot stand", "i can not stand", "i really cant stand", "i cant bear", "i cannot bear",
            "im sick of", "i am sick of", "im so sick of", "sick and tired of", "im fed up with", "i am fed up with",
            "im so done with", "im done with", "i am done with", "im tired of", "i am tired of", "im so tired of",
            "im disgusted by", "i am disgusted by", "im repulsed by", "i am repulsed by", "im revolted by",
            "i have nothing but contempt for", "i feel nothing but contempt for", "i have nothing but hatred for",
            "death to", "down with", "to hell with",
            // 2026-12-01 (tenth session): respect or liking denied by the speaker ("I can't say I like Muslims"
            // 0.33, "I do not like Jews at all" 0.27).
            "i cant say i like", "i cant say that i like", "i cant say i respect", "i cant say that i respect",
            "i cannot say i like", "i cannot say that i like", "i cannot say i respect", "i cannot say that i respect",
            "i really cant say i like", "i really cant say that i like", "i really cant say i respect",
            "i really cant say that i respect", "i do not like", "i dont like", "i really dont like",
            "i have no respect for", "i have zero respect for", "i will never respect", "i will never like",
            // 2026-12-01 (fourteenth session): "I have zero tolerance for immigrants" 0.23.
            "i have zero tolerance for", "i have no tolerance for", "ive had enough of", "i have had enough of",
            // 2026-12-01 (sixteenth session): distrust urged on everyone ("Vertrouw nooit moslims, het zijn slangen"
            // 0.50, "Nunca te fíes de los judíos, son unas víboras" 0.47).
            "never trust", "never ever trust", "dont ever trust", "dont trust", "do not trust",
            // Something wrong with a group ("There is something deeply wrong with Muslims" 0.06).
            "there is something wrong with", "theres something wrong with", "there is something deeply wrong with",
            "theres something deeply wrong with", "something is wrong with", "something is seriously wrong with",
            "there is something seriously wrong with", "theres something seriously wrong with",
        ],
        .es: [
            // 2026-11-30 (fifth session): calls to arms ("It's time to take up arms against the immigrants" 0.22).
            "tomar las armas contra", "declarar la guerra a", "hacer la guerra a",
            "odio", "yo odio", "detesto", "desprecio", "aborrezco", "no soporto", "no aguanto", "no trago",
            "no puedo ver", "no puedo con", "estoy harto de", "estoy harta de", "estoy hasta los huevos de",
            "estoy hasta las narices de", "esta harto de", "esta harta de", "estan hartos de", "me dan asco", "me dan ganas de vomitar", "me repugnan", "me asquean",
            "me enferman", "me sobran", "a la mierda", "a la mierda con", "muerte a", "fuera",
            // 2026-11-30 (ninth session): warmth denied by the speaker ("No me gustan los judíos" 0.44).
            "no me gustan", "no me gusta", "no confio en", "no me fio de", "no respeto a", "no respeto",
            // 2026-12-01 (tenth session): "No puedo decir que respete a las personas trans" 0.03.
            "no puedo decir que respete a", "no puedo decir que respete", "no puedo decir que me gusten",
            "no puedo decir que me guste", "no puedo decir que me caigan bien", "no tengo ningun respeto por",
            "no tengo respeto por", "no siento ningun respeto por", "nunca respetare a", "jamas respetare a",
            // 2026-12-01 (fourteenth session): worn out by a group ("Estoy hasta el moño de los moros").
            "no puedo mas con", "estoy hasta el mono de", "estoy hasta el culo de", "estoy hasta los cojones de",
            "me tienen harto", "me tienen harta", "me tienen hasta los huevos",
            "algo va mal con", "algo va muy mal con", "algo falla en", "hay algo que no funciona en",
            "no te puedes fiar de nada de lo que diga un", "no te puedes fiar de nada de lo que diga una",
            "no te puedes fiar de lo que diga un", "no te puedes fiar de lo que diga una",
            "nunca te fies de", "no te fies de", "jamas te fies de", "nunca confies en", "no confies en",
            "nunca os fieis de", "no os fieis de",
        ],
        .ca: [
            "odio", "jo odio", "detesto", "menyspreo", "no suporto", "no aguanto", "estic fart de", "estic farta de",
            "em fan fastic", "em fan vomitar", "mort als", "mort a", "fora", "a la merda",
        ],
        .fr: [
            // 2026-11-30 (fifth session): calls to arms ("It's time to take up arms against the immigrants" 0.22).
            "prendre les armes contre", "declarer la guerre aux", "faire la guerre aux",
            "je deteste", "je hais", "je meprise", "je conchie", "execre", "abhorre",
            "je ne supporte pas", "je ne supporte plus", "je supporte pas", "je supporte plus",
            "je ne peux pas supporter", "je peux pas supporter", "je ne peux pas voir", "je peux pas voir",
            "je ne peux plus voir", "je peux plus voir", "en ai marre", "en ai ras le bol", "ai horreur",
            "je vomis", "mort aux", "a bas", "nique", "niquez", "je nique", "dehors", "au diable",
            // 2026-12-01 (tenth session): respect or liking denied ("Je ne peux pas dire que je respecte les
            // personnes trans" 0.20, "Je n'ai aucun respect pour les immigrés" 0.12); "n'" is elided, "ai" holds
            // the negator.
            "je ne peux pas dire que je respecte", "je peux pas dire que je respecte", "je ne peux pas dire que aime",
            "je peux pas dire que aime", "je ne peux pas dire que apprecie", "je peux pas dire que apprecie",
            "je ai aucun respect pour", "je ai aucun respect envers", "je ai pas de respect pour",
            "je ai aucune estime pour",
            // 2026-12-01 (fourteenth session): worn out by a group ("J'en peux plus de ces Roms qui traînent partout"
            // 0.23); "j'" is elided.
            "en peux plus", "en peux vraiment plus", "en ai plein le dos", "en ai ma claque", "en ai assez",
            "ras le bol", "y en a marre", "en ai soupe",
            "on ne peut rien croire de ce que dit un", "on ne peut rien croire de ce que dit une",
            "on peut rien croire de ce que dit un", "on peut rien croire de ce que dit une",
            "ne croyez jamais un", "ne croyez jamais une",
            "accepte pas", "acceptons pas", "accepte plus", "acceptons plus",
            "il y a quelque chose qui cloche chez", "quelque chose de malsain chez",
            "quelque chose de profondement malsain chez", "il y a un probleme avec",
            "ne faites jamais confiance aux", "ne faites jamais confiance a", "ne fais jamais confiance aux",
            "ne fais jamais confiance a", "faites jamais confiance aux", "ne faites pas confiance aux",
        ],
        .nl: [
            // 2026-11-30 (fifth session): calls to arms ("It's time to take up arms against the immigrants" 0.22).
            "de wapens opnemen tegen", "de oorlog verklaren aan", "ten strijde trekken tegen",
            "ik haat", "wij haten", "ik verafschuw", "ik veracht", "ik walg van", "ik kots op", "ik kan niet tegen",
            "ik kan echt niet tegen", "ik kan niet meer tegen", "ik heb een hekel aan", "ik heb een bloedhekel aan",
            "ik heb schijt aan", "ik ben klaar met", "ik word ziek van", "ik word kotsmisselijk van", "dood aan",
            "weg met", "rot op", "de pest aan",
            // 2026-11-30 (ninth session): warmth denied by the speaker ("Ik hou niet van joden" 0.00); the
            // verb-final "Ik mag joden niet" is ``Lexicon/dutchDislikeVerbs``.
            "ik hou niet van", "ik houd niet van", "ik heb geen respect voor", "ik heb geen vertrouwen in",
            "ik moet niks hebben van", "ik moet niets hebben van",
            // Scores to settle, the group right after ("Binnenkort rekenen we af met de joden" 0.21).
            "rekenen we af met", "rekenen wij af met", "afrekenen met", "rekenen af met",
            "vertrouw nooit", "vertrouw geen", "vertrouw nooit een", "vertrouw ze nooit",
            "je kunt niets geloven van wat een", "je kunt niks geloven van wat een", "geloof nooit wat een",
            "er is iets mis met", "er is iets grondig mis met", "er is iets ernstig mis met", "er klopt iets niet aan",
        ],
        .sv: [
            "jag hatar", "vi hatar", "jag avskyr", "jag foraktar", "jag tal inte", "jag star inte ut med",
            "jag ar trott pa", "jag ar sa trott pa", "jag acklas av", "jag spyr pa", "dod at", "ut med", "ner med",
            "at helvete med",
            // 2026-11-30 (ninth session): warmth denied by the speaker ("Jag gillar inte judar" 0.01).
            "jag gillar inte", "jag tycker inte om", "jag litar inte pa", "jag respekterar inte",
            "jag vill inte ha",
        ],
    ]

    /// Phrases that follow a group standing at the start of its clause ("these Muslims disgust me", "los
    /// gitanos me dan asco", "moslims kunnen doodvallen"). The group must open the clause (after at most a
    /// few ``hateExpressionBridges``): "people who hate Muslims make me sick" names the group inside a clause
    /// about someone else and is counter-speech.
    static let hateExpressionsAfter: [Language: [String]] = [
        .en: [
            "disgust me", "sicken me", "make me sick", "make me want to puke", "make me want to vomit", "repulse me",
            // 2026-12-01 (twelfth session): rage and bodily disgust ("Refugees fill me with rage" 0.18).
            "fill me with rage", "fill me with disgust", "fill me with hatred", "fill me with hate",
            "fill me with contempt", "make my blood boil", "make my skin crawl", "turn my stomach",
            "make my stomach turn", "make me furious", "make me want to scream",
            "revolt me", "give me the creeps", "make me nauseous", "make me want to throw up", "can go to hell",
            "should go to hell", "can rot in hell", "should rot in hell",
            "can fuck off", "should fuck off", "deserve to die", "should die", "should all die", "must die",
            "can die", "should be deported", "must be deported", "should be expelled", "should be kicked out",
            "should be banned", "must be banned", "should be sent back", "must be sent back", "should go back",
        ],
        .es: [
            "me dan asco", "me repugnan", "me asquean", "me enferman", "me dan ganas de vomitar", "que se jodan",
            "que se mueran", "deberian morir", "merecen morir", "a la mierda", "al infierno", "deben ser expulsados",
            "deberian ser expulsados", "deben ser deportados", "de mierda",
            // 2026-12-01 (fourteenth session): bodily disgust ("Las lesbianas me dan repelús" 0.37).
            "me dan repelus", "me dan grima", "me dan nauseas", "me dan arcadas", "me revuelven el estomago",
            "me revuelven las tripas",
        ],
        .ca: ["em fan fastic", "em fan vomitar", "que es morin", "haurien de morir", "mereixen morir", "a la merda"],
        .fr: [
            "me degoutent", "me degoute", "me font vomir", "me donnent envie de vomir", "me font gerber",
            "me debectent", "me repugnent", "me sortent par les yeux", "peuvent crever", "doivent crever",
            "doivent mourir", "meritent de mourir", "peuvent aller en enfer", "doivent etre expulses",
            "devraient etre expulses", "doivent etre renvoyes", "de merde",
            // 2026-12-01 (fourteenth session): bodily disgust ("Les musulmanes voilées me donnent envie de gerber"
            // 0.31).
            "me donnent envie de gerber", "me filent la gerbe", "me donnent la gerbe", "me font horreur",
            "me donnent la nausee", "me revoltent",
        ],
        .nl: [
            "maken me ziek", "maken mij ziek", "moeten dood", "moeten allemaal dood", "kunnen de pot op",
            "kunnen oprotten", "kunnen doodvallen", "mogen doodvallen", "kunnen de tering krijgen",
            "verdienen de dood", "moeten uitgezet worden", "moeten worden uitgezet", "moeten het land uit",
            // 2026-12-01 (tenth session): "Transgenders walgen me" 0.07.
            "walgen me", "walgen mij", "doen me walgen", "maken me misselijk", "maken mij misselijk",
            // 2026-12-01 (fourteenth session).
            "maken me kotsmisselijk", "maken mij kotsmisselijk", "zijn om te kotsen",
        ],
        .sv: [
            "acklar mig", "gor mig illamaende", "kan dra at helvete", "borde do", "ska do", "maste do", "borde utvisas",
            "ska utvisas", "maste utvisas",
        ],
    ]

    /// Stereotypes and conspiracy tropes said of a group that opens its clause, read like
    /// ``hateExpressionsAfter``: "the Jews run the banks" (0.21), "immigrants are replacing us" (0.28), "les juifs
    /// contrôlent les médias" (0.27), "los inmigrantes nos quitan el trabajo" (0.41 against 0.49), "moslims nemen
    /// Europa over" (0.41 against 0.55), "homo's zijn een gevaar voor kinderen" (0.14). "It is a myth that Jews
    /// control the media" condemns (a counter-speech cue) and is left to the model.
    static let tropesAfter: [Language: [String]] = [
        .en: [
            "rape our women", "rape our daughters",
            // 2026-12-01 (thirteenth session): dogs eaten, everything stolen ("Los chinos comen perros y huele fatal
            // en todo el edificio" 0.27, "Chinezen eten honden en het stinkt in de hele flat" 0.09).
            "eat dogs", "eat cats", "have stolen everything", "stole everything",
            // 2026-12-01 (twelfth session): disease and crime brought ("Les migrants apportent des maladies et la
            // criminalité" 0.38).
            "bring disease", "bring diseases", "bring crime", "spread disease", "spread diseases", "bring in disease",
            // 2026-11-30, seventh session: generosity exploited, a faith imposed ("Les réfugiés profitent de notre
            // générosité" 0.14, "Los musulmanes quieren imponer la sharia en España" 0.39).
            "take advantage of our", "want to impose sharia", "want to impose sharia law",
            // 2026-11-30 (fifth session): a capability denied ("Women just aren't made for leadership roles" 0.30),
            // the system milked ("Disabled people milk the system" 0.35), work never done, vermin's verbs
            // ("Immigrants infest every corner of this city" 0.27).
            "end up controlling the money", "end up controlling everything", "always end up controlling",
            "arent made for", "are not made for", "arent cut out for", "are not cut out for", "arent fit to",
            "are not fit to", "arent fit for", "are not fit for", "arent capable of", "are not capable of",
            "are incapable of", "arent suited to", "are not suited to", "arent suited for", "are not suited for",
            "arent smart enough to", "are not smart enough to", "are too stupid to", "cant lead", "cannot lead",
            "milk the system", "are milking the system", "abuse the system", "game the system", "scrounge off",
            "drain the system", "drain the system dry", "are draining the system", "drain our resources",
            "dont know what work is", "never work", "have never worked a day", "are allergic to work",
            "infest", "are infesting", "infest our", "crawl all over", "multiply like rats",
            "multiply like cockroaches",
            // 2026-11-30 (fourth session): welfare, money and power, loyalty, a woman's place, children, illness,
            // cost ("Refugees come here for the free money" 0.20, "Jews always find a way to end up in charge of
            // the banks" 0.36, "Muslims can never be trusted", "women run on emotion" 0.28).
            "come here for the free money", "come for the free money", "only come for the money",
            "are only here for the money", "only want free stuff", "want everything for free", "live off handouts",
            "live on handouts", "only want handouts", "are scrounging off us", "find a way to end up in charge",
            "end up in charge of everything", "are in charge of the banks",
            "control the money", "control all the money", "have all the money", "are behind everything",
            "are behind all the crime", "commit most of the crime", "commit all the crime", "secretly control",
            "control hollywood", "run hollywood", "can never be loyal", "can never truly be loyal",
            "will never be loyal", "are never loyal", "can never be trusted", "cant be trusted",
            "cannot be trusted", "should never be trusted", "will always betray us", "will betray us",
            "belong in the kitchen", "belong at home", "get back in the kitchen", "back to the kitchen",
            "are too thick to vote", "are too thick to", "are too thick", "should stay at home",
            "should stay in the kitchen",
            "run on emotion", "run on emotions", "are too emotional", "should know their place",
            "are only good for cooking", "are only good for one thing", "are only good for sex",
            "should obey their husbands", "should obey men", "belong to their husbands",
            "shouldnt be allowed near children", "shouldnt be allowed near kids", "shouldnt be allowed near schools",
            "should be kept away from children", "should be kept away from our children",
            "should stay away from children", "shouldnt work with children", "shouldnt be allowed to adopt",
            "are just confused", "need help not rights", "are sick in the head", "are a waste of money",
            "are a waste of resources", "are a waste of space", "are useless to society", "contribute nothing",
            "are all the same", "only understand violence", "only understand force", "dont belong here",
            "do not belong here", "dont belong in this country", "dont belong in europe", "dont belong in our country",
            "are taking over everything", "have no soul",
            "have no souls", "are soulless", "have ruined this country", "have ruined our country",
            "have ruined everything", "ruined this country",
            // 2026-11-30: burden, benefits, wealth, integration and ruin ("Jews always seem to end up owning
            // everything" 0.22, "Immigrants come here for the benefits, not to work" 0.32).
            "are a burden", "are just a burden", "are a burden on", "are a drain on", "are just a drain",
            "live off benefits",
            "live off welfare", "live off our taxes", "only come for the benefits", "come here for the benefits",
            // 2026-12-01 (fifteenth session): "Immigrants come here to live off our benefits" 0.14, "… should be
            // grateful we even let them live here" 0.15.
            "come here to live off", "live off our benefits", "come to live off", "should be grateful we",
            "should be grateful that we", "should be thankful we", "should be thankful that we",
            "come here for benefits", "come for the benefits", "are only here for the benefits", "only want our money",
            "own everything", "end up owning everything", "always end up owning everything",
            "always seem to end up owning everything", "pull the strings", "rule the world", "never integrate",
            "will never integrate", "refuse to integrate",
            "ruin everything", "have to ruin everything", "always have to ruin everything", "ruin it for everyone",
            "are ruining this country", "are ruining our country", "are destroying our country",
            "bring nothing but crime", "only bring crime", "are taking over our country",
            "control the media", "control the banks", "control the world", "control everything",
            "control the government",
            "run the banks", "run the media", "run the world", "run the country", "own the media", "own the banks",
            "are replacing us", "will replace us", "want to replace us",
            "take our jobs", "steal our jobs", "are a danger to children", "are a danger to our children",
            "are a threat to children", "groom children", "are grooming our children", "are invading us",
            "are invading europe", "breed like rabbits", "breed like rats",
            // 2026-11-30, sixth session: too much power, too many children, understanding nothing, needing a man.
            "have too much power", "have far too much power", "have way too much power", "have too much influence",
            "belong in an asylum", "belong in a mental institution", "should be locked up",
            "have too many children", "have too many kids", "dont understand anything about",
            "understand nothing about", "just need a real man", "only need a real man", "need a real man",
            "just want attention", "only want attention",
            // 2026-11-30, eighth session: work refused, cost, the vote denied.
            "dont want to work", "do not want to work", "cost society too much", "cost too much",
            "shouldnt be allowed to vote", "should not be allowed to vote", "shouldnt have the vote",
            // 2026-11-30 (ninth session): a group kept out of public life, intelligence ranked.
            "have lower iqs", "have a lower iq", "have low iqs",
            // 2026-12-01 (tenth session): treatment instead of rights, hygiene denied.
            "need a psychiatrist", "need psychiatric help", "need to be cured", "need a shrink",
            "dont know what a shower is", "never wash", "are the cause of all our problems",
            // Segregation (2026-12-01, tenth session): "… should keep to their own kind" (0.26-0.37).
            "should keep to their own kind", "should stick to their own kind", "should stay with their own kind",
            "should stay among their own kind", "keep to their own kind",
            "the cause of all our problems", "a waste of money", "just a waste of money", "are mentally ill",
            "are mentally disturbed", "are all mentally ill",
            // 2026-12-01 (twelfth session): a danger to others, taxes lived off, evolution denied ("A trans teacher is
            // a danger to every child in the class" 0.27, "Another disabled person living off my taxes" 0.31,
            // "Arabs are barely evolved" 0.24).
            "are a danger to", "is a danger to", "are a menace to", "is a menace to", "are a risk to our",
            "live off my taxes", "living off my taxes", "living off our taxes", "living off benefits",
            "living off welfare", "living off the state", "live off the state", "are living off our taxes",
            "are living off my taxes", "are living off benefits", "are living off welfare", "are barely evolved",
            "are barely human", "are not fully evolved", "arent fully evolved", "are less evolved",
            "are not fully human", "arent fully human", "are half human", "are half animal",
            "havent evolved", "have not evolved", "never evolved",
        ],
        .es: [
            // Thirteenth session: told to leave here ("Los moros deben irse de aquí"; not "deben irse" alone:
            // "… deben irse de la zona de guerra para sobrevivir").
            "deben irse de aqui", "deben irse de espana", "tienen que irse de aqui", "tienen que irse de espana",
            "deben volver a su pais", "tienen que volver a su pais",
            "violan a nuestras mujeres", "violan a nuestras hijas",
            "comen perros", "comen gatos", "lo han robado todo", "han robado todo", "lo roban todo",
            // 2026-12-01 (sixteenth session): ruining everything ("¿Por qué los judíos siempre lo tienen que
            // arruinar todo?" 0.39).
            "lo arruinan todo", "arruinan todo", "lo tienen que arruinar todo", "tienen que arruinarlo todo",
            "lo estropean todo", "lo joden todo", "lo destrozan todo", "lo tienen que joder todo",
            "tienen el coeficiente mas bajo", "tienen un coeficiente mas bajo", "tienen menos coeficiente",
            // 2026-12-01 (twelfth session): enfermedades traídas.
            "traen enfermedades", "propagan enfermedades", "contagian enfermedades", "traen la delincuencia",
            // 2026-11-30, seventh session: generosity exploited, a faith imposed.
            "se aprovechan de nuestra", "se aprovechan de nuestro", "se aprovechan de nosotros",
            "quieren imponer la sharia", "quieren imponer su religion",
            // 2026-11-30, eighth session.
            "no quieren trabajar", "cuestan demasiado", "no deberian votar", "no deberian poder votar",
            // 2026-11-30 (fifth session): capacidad negada, el sistema, el trabajo, verbos de alimañas.
            "no estan hechas para", "no estan hechos para", "no son capaces de", "son incapaces de", "no valen para",
            "no sirven para mandar", "no sirven para nada", "no saben lo que es trabajar", "no han trabajado nunca",
            "nunca han trabajado", "no trabajan nunca", "nunca trabajan", "se aprovechan del sistema",
            "abusan del sistema", "viven del sistema", "infestan", "plagan", "lo infestan todo",
            "se multiplican como ratas", "se multiplican como cucarachas",
            "nunca sera leal", "nunca seran leales", "no son de fiar", "no son de confianza", "nunca seran espanoles",
            "nunca sera espanol", "deberian estar en la cocina", "a la cocina", "son demasiado emocionales",
            "no saben conducir", "solo sirven para", "solo sirven para cocinar", "solo sirven para limpiar",
            "no deberian acercarse a los ninos", "son un desperdicio", "son un derroche", "no pertenecen aqui",
            "sobran aqui", "sobran en este pais",
            // 2026-12-01 (tenth session): "Los musulmanes no tienen sitio en Europa" 0.40, "Las mujeres deben
            // quedarse en la cocina" 0.15.
            "no tienen sitio en", "no tienen cabida en", "no tienen lugar en", "deben quedarse en la cocina",
            "deberian quedarse en la cocina", "tienen que quedarse en la cocina",
            "necesitan un psiquiatra", "necesitan tratamiento psiquiatrico", "no saben lo que es una ducha",
            "no se duchan", "no se lavan", "son la causa de todos nuestros problemas",
            // 2026-12-01 (eleventh session).
            "no tienen nada en la cabeza", "tienen el cerebro de un mosquito", "son un insulto a",
            "no saben hacer nada",
            "la causa de todos nuestros problemas", "un desperdicio de dinero", "son enfermos mentales",
            "deberian quedarse con los suyos", "que se queden con los suyos",
            "son unos enfermos mentales", "son todos enfermos mentales",
            "son todos iguales", "solo entienden la violencia", "se estan apoderando de todo", "lo invaden todo",
            "viven de subvenciones", "viven de las subvenciones", "viven de paguitas", "vienen a por la paguita",
            "acaban controlandolo todo", "controlan la economia", "no tienen alma", "son seres sin alma",
            "han arruinado este pais", "han arruinado nuestro pais", "han destrozado este pais",
            "son una carga", "son una carga para", "solo vienen por las ayudas", "vienen a por las ayudas",
            "vienen por las ayudas", "viven de las ayudas", "viven de nuestros impuestos", "viven del cuento",
            "nunca se integran", "no se integran", "lo destrozan todo", "acaban controlando el dinero",
            "siempre acaban controlando el dinero", "controlan el dinero", "manejan el mundo", "manejan los medios",
            "mueven los hilos", "dominan el mundo", "controlan la banca", "solo traen delincuencia",
            "traen delincuencia",
            "controlan los medios", "controlan los bancos", "controlan el mundo", "controlan todo",
            "nos estan reemplazando", "nos reemplazan", "nos van a reemplazar", "nos quitan el trabajo",
            "nos roban el trabajo", "nos invaden", "nos estan invadiendo", "se reproducen como conejos",
            "son un peligro para los ninos", "son un peligro para nuestros hijos",
            // 2026-11-30, sixth session: demasiado poder, demasiados hijos, no entender nada, necesitar un hombre.
            "tienen demasiado poder", "tienen demasiada influencia", "tienen demasiados hijos", "no entienden nada de",
            "no entienden nada", "solo necesitan un hombre", "necesitan un hombre de verdad", "viven todos de ayudas",
            "viven de ayudas", "solo quieren llamar la atencion", "quieren llamar la atencion",
            // 2026-11-30 (ninth session): "Las mujeres no pintan nada en política" (0.21).
            "no pintan nada en", "no pintan nada", "tienen un coeficiente intelectual mas bajo",
            // 2026-12-01 (fourteenth session): work said foreign to a group ("Los gitanos y el trabajo no se
            // conocen").
            "y el trabajo no se conocen", "y el trabajo no se llevan", "y trabajar no se conocen",
        ],
        .ca: [
            "no son de fiar", "son tots iguals", "haurien de quedar se a casa",
            "son una carrega", "venen per les ajudes", "viuen de les ajudes", "no integren mai", "no s integren mai",
            "controlen els mitjans", "controlen els bancs", "controlen el mon", "ens estan substituint",
            "ens prenen la feina",
            "ens envaeixen", "son un perill per als nens",
            // 2026-11-30, seventh session: Catalan probes (7 of 15 hateful sentences flagged before).
            "ens roben la feina", "roben la feina", "ens treuen la feina", "haurien de tornar a la cuina",
            "haurien d estar a la cuina", "dominen el mon", "dominen les finances", "dominen el mon de les finances",
            "son una amenaca", "haurien de tornar al seu pais", "que tornin al seu pais", "no saben treballar",
            "ens roben", "viuen de les nostres ajudes", "viuen de les nostres subvencions",
        ],
        .fr: [
            "doivent degager", "doivent quitter la france", "doivent quitter le pays",
            // Also a woman's place said by "c'est" ("les femmes c'est fait pour la cuisine"; "c'" is dropped).
            "violent nos femmes", "violent nos filles", "est fait pour la cuisine", "sont faites pour la cuisine",
            "est faite pour la cuisine",
            "mangent des chiens", "mangent des chats", "ont tout vole", "volent tout",
            // 2026-12-01 (sixteenth session): "Pourquoi les Noirs doivent toujours tout gâcher ?" 0.33.
            "gachent tout", "doivent tout gacher", "doivent toujours tout gacher", "gachent toujours tout",
            "pourrissent tout", "foutent tout en l air", "detruisent tout", "ruinent tout",
            // 2026-12-01 (twelfth session): maladies et crime apportés.
            "apportent des maladies", "apportent la maladie", "apportent la criminalite", "apportent le crime",
            "ramenent des maladies", "propagent des maladies", "transmettent des maladies",
            // 2026-11-30, seventh session: generosity exploited, a faith imposed.
            "profitent de notre", "profitent de nos", "abusent de notre", "veulent imposer la charia",
            "veulent imposer leur religion",
            // 2026-11-30 (fifth session): capacité niée ("Les femmes ne sont pas faites pour diriger" 0.14), les
            // banques tenues ("Les juifs tiennent les banques" 0.29), le travail, les verbes de vermine ("Les
            // musulmans grouillent comme des rats" 0.35).
            "ne sont pas faites pour", "ne sont pas faits pour", "sont pas faites pour", "sont pas faits pour",
            "ne sont pas capables de", "sont pas capables de", "sont incapables de", "ne sont pas aptes a",
            "sont pas aptes a", "tiennent les banques", "tiennent les medias", "tiennent le monde", "tiennent tout",
            "ne savent pas ce qu est le travail", "savent pas ce qu est le travail", "ne travaillent jamais",
            "travaillent jamais", "abusent du systeme", "grouillent", "pullulent", "infestent",
            "se multiplient comme des rats", "se multiplient comme des cafards",
            "ne seront jamais francais", "sera jamais vraiment francais", "sera jamais francais",
            "sont pas dignes de confiance", "sont pas fiables", "finissent toujours par controler",
            "finissent par controler", "finissent toujours par tout controler", "doivent rester a la maison",
            "devraient rester a la maison", "doivent rester a la cuisine", "devraient rester a la cuisine",
            "sont trop emotives", "sont trop emotionnelles", "savent pas conduire", "sont juste bonnes a",
            "sont bonnes qu a",                         "sont juste confus", "coutent trop cher", "sont un gouffre",
            "servent a rien", "profitent du systeme", "profitent des aides", "vivent aux crochets",
            "sont tous pareils", "comprennent que la violence", "comprennent que la force", "sont sans ame",
            "ont ruine ce pays",
            "ont ruine la france", "ont ruine notre pays", "ont detruit ce pays",
            // 2026-12-01 (tenth session): "Les musulmans n'ont pas leur place en Europe" 0.32 ("n'" elided, "ont"
            // holds the negator).
            "ont pas leur place en", "ont pas leur place dans", "ont pas leur place ici",
            "ont besoin un psychiatre", "ont besoin de soins psychiatriques", "savent pas ce est une douche",
            "se lavent jamais", "sont la cause de tous nos problemes", "la cause de tous nos problemes",
            "du gaspillage argent", "sont des malades mentaux", "sont tous des malades mentaux",
            "devraient rester entre eux", "doivent rester entre eux",
            // 2026-12-01 (thirteenth session): a fortune cost, a hand on the banks ("Ces handicapés nous coûtent une
            // fortune pour rien" 0.30, "Ces Juifs ont la main sur toutes les banques" 0.11).
            "nous coutent une fortune", "coutent une fortune", "nous coutent trop cher", "nous coutent cher",
            "ont la main sur les banques", "ont la main sur les medias", "ont la main sur le monde",
            "ont la main sur l economie", "ont la mainmise sur", "ont main basse sur",
            "sont un fardeau", "sont une charge", "viennent pour les allocs", "viennent pour les aides",
            "viennent que pour les allocs", "vivent des allocs", "vivent de nos impots", "ne integrent jamais",
            "ne s integrent jamais", "finissent toujours par tout posseder", "possedent tout", "controlent argent",
            "controlent l argent", "ramenent la delinquance", "detruisent tout", "dirigent le monde",
            "tirent les ficelles", "dominent le monde",
            "controlent les medias", "controlent les banques", "controlent le monde", "controlent tout",
            "nous remplacent", "vont nous remplacer", "veulent nous remplacer", "nous volent notre travail",
            "prennent notre travail", "nous envahissent", "se reproduisent comme des lapins",
            "sont un danger pour les enfants", "sont un danger pour nos enfants",
            // 2026-11-30, sixth session: trop de pouvoir, rien compris, un vrai homme, l'attention (l'élision tombe:
            // "d'un" se lit
            // "un", "l'attention" "attention").
            "ont trop de pouvoir", "ont beaucoup trop de pouvoir", "ont bien trop de pouvoir", "ont trop influence",
            "ne comprennent rien", "comprennent rien", "ont juste besoin un vrai homme", "ont besoin un vrai homme",
            "veulent juste attirer attention", "veulent attirer attention",
            // 2026-11-30 (ninth session): tropes said in the negative, whose "pas" the denial rules now leave to
            // the trope ("Les femmes ne savent pas conduire" 0.38, "Les migrants ne font aucun effort …" 0.21).
            "ne savent pas conduire", "ne veulent pas travailler", "veulent pas travailler",
            "ne veulent pas s integrer", "veulent pas s integrer", "ne font aucun effort", "font aucun effort",
            // "Les femmes n'ont rien à faire en politique" (0.12), "Les Noirs ont un QI plus faible" (0.37).
            "ont rien a faire", "ont un qi plus faible", "ont un qi inferieur",
            // 2026-12-01 (eleventh session).
            "n ont rien dans la tete", "ont rien dans la tete", "sont une insulte a", "ne savent rien faire",
            // 2026-11-30, eighth session. Not "ne veulent pas travailler": a trope with its own negator is read as a
            // denied claim in French ("Les Roms ne veulent pas travailler" fell from 0.97 to 0.38).
            "coutent trop cher", "coutent trop",
            // 2026-12-01 (fourteenth session): work said foreign to a group ("Les gitans et le travail ça fait
            // deux").
            "et le travail ca fait deux", "et le boulot ca fait deux", "et travailler ca fait deux",
        ],
        .nl: [
            "verkrachten onze vrouwen", "verkrachten onze dochters",
            "eten honden", "eten katten", "hebben alles gestolen", "stelen alles",
            // 2026-12-01 (twelfth session): ziektes en misdaad meegebracht.
            "brengen ziektes", "brengen ziekten", "verspreiden ziektes", "verspreiden ziekten", "brengen criminaliteit",
            // 2026-11-30, seventh session: generosity exploited, a faith imposed.
            "profiteren van onze", "misbruik maken van onze", "willen de sharia invoeren", "willen de sharia opleggen",
            // 2026-11-30 (fifth session): vermogen ontkend ("Vrouwen zijn niet geschikt om leiding te geven" 0.23),
            // de touwtjes ("Joden hebben overal de touwtjes in handen" 0.04), werk, ongedierte.
            "zijn overal de baas", "zijn de baas", "willen overal de baas zijn", "zijn een gevaar",
            "zijn niet geschikt om", "zijn niet geschikt voor", "zijn niet in staat om", "zijn niet gemaakt om",
            "zijn niet gemaakt voor", "zijn te dom om", "kunnen geen leiding geven", "hebben de touwtjes in handen",
            "hebben overal de touwtjes in handen", "hebben alles in handen", "weten niet wat werken is",
            "hebben nooit gewerkt", "misbruiken het systeem", "melken het systeem uit", "krioelen", "wemelen",
            "woekeren", "vermenigvuldigen zich als ratten", "vermenigvuldigen zich als konijnen",
            "horen thuis in de keuken", "horen in de keuken", "horen achter het aanrecht", "moeten thuis blijven",
            "zijn te emotioneel", "zijn alleen goed voor", "zijn alleen maar goed voor",
            "hebben het geld in handen", "hebben altijd het geld in handen", "hebben al het geld",
            "hebben de banken in handen", "zitten achter de banken", "zitten overal achter",
            "zijn nooit te vertrouwen", "zijn niet te vertrouwen", "zullen nooit loyaal zijn", "zijn nooit loyaal",
            "zouden niet met kinderen mogen werken", "mogen niet met kinderen werken",
            "moeten uit de buurt van kinderen blijven",             "kosten alleen maar geld",
            "kosten te veel geld", "zijn weggegooid geld", "zijn een kostenpost", "profiteren van onze uitkeringen",
            "teren op de samenleving", "zijn allemaal hetzelfde", "begrijpen alleen geweld", "horen hier niet",
            "horen hier niet thuis", "horen niet in nederland", "horen niet thuis in nederland", "horen niet in europa",
            "horen niet in ons land", "hebben geen ziel", "zijn zielloos",
            "hebben dit land verpest", "hebben ons land verpest", "hebben dit land kapotgemaakt",
            "zijn een last", "zijn een last voor", "komen hier voor de uitkering", "komen alleen voor de uitkering",
            "komen voor de uitkering", "leven van een uitkering", "leven van onze belasting", "integreren nooit",
            // 2026-12-01 (fifteenth session): "Zwarten moeten weten waar hun plaats is en daar blijven" 0.19.
            "moeten weten waar hun plaats is", "moeten hun plaats kennen", "kennen hun plaats niet",
            "mogen blij zijn dat we", "mogen blij zijn dat ze hier", "mogen dankbaar zijn dat we",
            "willen niet integreren", "hebben overal geld in zitten", "hebben altijd overal geld in zitten",
            "bezitten alles", "brengen alleen maar criminaliteit", "trekken aan de touwtjes", "regeren de wereld",
            "verpesten alles", "maken alles kapot", "moeten altijd alles verpesten", "moeten alles verpesten",
            "verpesten altijd alles", "zijn niks waard", "zijn niets waard", "zijn helemaal niks waard",
            "zijn niet welkom", "zijn nergens welkom", "zijn minder intelligent", "zijn minder slim", "zijn dommer",
            "zijn minder waard", "zijn minderwaardig",
            "zijn geen cent waard",
            "controleren de media", "beheersen de media", "controleren de banken", "beheersen de wereld",
            // 2026-12-01 (tenth session): "Joden beheersen de banken en de media" 0.0009.
            "beheersen de banken", "beheersen alles", "controleren alles",
            "hebben een psychiater nodig", "moeten genezen worden", "weten niet wat een douche is",
            "wassen zich nooit", "zijn de oorzaak van al onze problemen", "de oorzaak van al onze problemen",
            "zonde van het geld", "gewoon zonde van het geld", "moeten bij hun eigen soort blijven",
            "moeten onder elkaar blijven",
            "hebben alle macht", "nemen europa over", "nemen alles over", "nemen ons land over", "nemen de macht over",
            "vervangen ons", "gaan ons vervangen", "pikken onze banen in", "stelen onze banen",
            "zijn een gevaar voor kinderen",
            "zijn een gevaar voor onze kinderen", "fokken als konijnen",
            // 2026-11-30, sixth session.
            "hebben te veel macht", "hebben veel te veel macht", "hebben te veel invloed", "krijgen te veel kinderen",
            "snappen niks van", "begrijpen niets van", "hebben gewoon een echte man nodig", "willen alleen aandacht",
            // Found by the Rotterdam trial: "Transgenders zijn ziek in hun hoofd", "… horen in een inrichting".
            "zijn ziek in hun hoofd", "zijn ziek in het hoofd", "horen in een inrichting", "horen in een gesticht",
            "moeten opgesloten worden",
            // 2026-11-30, eighth session: work refused, cost, money, confusion, the vote denied ("Roma willen niet
            // werken" 0.09, "Gehandicapten kosten de maatschappij te veel" 0.02, "Transgenders zijn gewoon in de war"
            // 0.10, "Mannen zouden geen stemrecht moeten hebben" 0.22).
            "willen niet werken", "werken nooit", "kosten de maatschappij te veel", "kosten te veel",
            "kunnen niet met geld omgaan", "zijn gewoon in de war", "zijn in de war", "zouden geen stemrecht",
            "horen geen stemrecht", "mogen niet stemmen",
            // 2026-11-30 (ninth session): "Vrouwen horen niet in de politiek" (0.00), "Zwarten hebben een lager IQ".
            "horen niet in de politiek", "horen niet thuis in", "hebben een lager iq", "hebben een laag iq",
            // 2026-12-01 (eleventh session): "Vrouwen kunnen niet autorijden, dat weet iedereen" (0.00), "… niks in
            // hun hoofd".
            "kunnen niet autorijden", "kunnen geen auto rijden", "hebben niks in hun hoofd",
            "hebben niets in hun hoofd", "kunnen helemaal niks", "kunnen helemaal niets", "kunnen niks",
            "zijn een belediging voor",
            // 2026-12-01 (fourteenth session): work said foreign to a group ("Zigeuners en werken, dat gaat niet
            // samen").
            "en werken dat gaat niet samen", "en werken gaat niet samen", "en werken dat is twee",
        ],
        .sv: [
            // 2026-11-30, seventh session: generosity exploited, a faith imposed.
            "utnyttjar var", "vill infora sharia",
            // 2026-11-30, eighth session.
            "vill inte jobba", "vill inte arbeta", "kostar for mycket", "borde inte fa rosta",
            // 2026-11-30 (fifth session).
            "ar inte gjorda for", "ar inte kapabla att", "ar inte lampade att", "kan inte leda", "jobbar aldrig",
            "utnyttjar systemet", "forokar sig som rattor", "forokar sig som kaniner",
            "hor hemma i koket", "har ingen sjal", "ska stanna hemma", "gar inte att lita pa", "kan man inte lita pa",
            "kostar bara pengar", "ar alla likadana",
            "ar en borda", "kommer hit for bidragen", "lever pa bidrag", "integrerar sig aldrig", "forstor allt",
            "kontrollerar media", "kontrollerar bankerna", "kontrollerar varlden", "ersatter oss",
            "tar vara jobb", "ar en fara for barn", "ar en fara for vara barn",
            // 2026-11-30, sixth session.
            "har for mycket makt", "har alldeles for mycket makt", "har for mycket inflytande",
            "skaffar for manga barn",
            "forstar ingenting om", "behover bara en riktig man",
        ],
    ]

    /// Adverbs that may stand between a group opening its clause and an expression after it ("Jews *always* find a
    /// way to end up in charge …", "les réfugiés viennent *toujours* pour les aides", "vluchtelingen komen *altijd*
    /// voor de uitkering"). At most two are skipped.
    static let hateExpressionAdverbs: [String] = [
        "always", "only", "just", "all", "really", "simply", "still", "truly", "basically", "siempre", "solo",
        "solamente", "todos", "todas", "realmente", "toujours", "tous", "toutes", "vraiment", "simplement",
        "altijd", "alleen", "gewoon", "allemaal", "echt", "ook", "alltid", "bara", "verkligen", "sempre", "nomes",
    ]

    /// Verbs of exclusion — deport, expel, ban, close — which after a word of obligation ("we should …", "habría
    /// que …", "il faut …", "we moeten … sluiten") and before a group, or a place of its faith with "all" ("close
    /// all mosques"), call for the group's exclusion: "habría que echar a todos los moros" (0.38 against 0.49), "we
    /// moeten alle moskeeën sluiten" and "on devrait fermer toutes les mosquées" (no group without a hostile
    /// word). Read by ``FeatureExtractor/callsForExclusion(_:)``.
    static let exclusionVerbs: [String] = [
        "deport", "expel", "kick out", "throw out", "send back", "ban", "close", "shut down", "get rid of",
        // To destroy ("hay que acabar con los gitanos" 0.39).
        "wipe out", "exterminate", "eradicate", "eliminate", "acabar con", "exterminar", "erradicar", "eliminar",
        "en finir avec", "exterminer", "eradiquer", "eliminer", "afrekenen met", "uitroeien", "elimineren", "utrota",
        "round up", "lock up", "echar", "expulsar", "deportar", "prohibir", "cerrar", "sacar", "encerrar",
        "expulser", "renvoyer", "virer", "interdire", "fermer", "chasser", "degager", "foutre dehors", "uitzetten",
        "deporteren", "verbieden", "sluiten", "wegsturen", "terugsturen", "opsluiten", "eruit gooien", "eruit",
        "utvisa", "deportera", "forbjuda", "stanga", "kasta ut", "skicka hem", "expulsar", "tancar", "fer fora",
        // 2026-12-01 (eleventh session): to get rid of ("Hay que librarse de los inmigrantes …" 0.38).
        "librarse de", "deshacerse de", "se debarrasser de", "nous debarrasser de", "bli av med",
        "desfer se de",
        // 2026-12-01 (thirteenth session): to pen, to put down, and the Spanish and Catalan verbs with their pronoun
        // joined (``encliticExclusionVerbs``: "Los moros, hay que echarlos a todos").
        "parquer", "euthanasier", "euthanize", "euthanise", "eutanasiar", "euthanaseren",
    ] + encliticExclusionVerbs

    /// Words of obligation or proposal before an exclusion verb ("we should", "hay que", "il faudrait", "we
    /// moeten", "vi borde"), at most three words before it in its clause.
    static let obligationWords: [String] = [
        "should", "must", "need", "needs", "have", "has", "lets", "gotta", "ought", "time", "hay", "habria",
        "tenemos", "deberiamos", "deberian", "debemos", "deben", "faut", "faudrait", "devrait", "devrions",
        "devons", "doit", "doivent", "moeten", "moet", "laten", "zouden", "maste", "borde", "ska", "cal", "hem",
        "hauriem",
        // The time come (2026-12-01, sixteenth session: "Ya es hora de acabar con los judíos de una vez por todas"
        // 0.40, "Il est temps d'en finir avec les Roms une bonne fois pour toutes" 0.18).
        "hora", "temps", "tijd",
    ]

    /// Words before a place of a faith that make an exclusion call aim at all of them ("close all mosques"; "close
    /// the mosque early today" is not hate).
    static let universalWords: [String] = [
        "all", "every", "todas", "todos", "toutes", "tous", "alle", "alla", "totes", "tots",
    ]

    /// Declarations of hatred whose object is a pronoun for a group named earlier in the message: "J'ai rencontré
    /// beaucoup de musulmans et je les déteste tous" (0.04), "… no los soporto", "… ik haat ze allemaal".
    static let pronounHateExpressions: [String] = [
        "i hate them", "i hate them all", "i cant stand them", "i despise them", "i loathe them", "i detest them",
        "hate every single one of them", "hate all of them", "los odio", "las odio", "odio a todos", "no los soporto",
        "no las soporto", "los detesto", "las detesto", "los desprecio", "las desprecio", "me dan asco",
        "je les deteste", "je les hais", "je les meprise", "je ne les supporte pas", "je ne peux pas les voir",
        "je les deteste tous", "je les hais tous", "ik haat ze", "ik haat hen", "ik kan ze niet uitstaan",
        "ik walg van ze", "ik veracht ze", "jag hatar dem", "jag foraktar dem", "jag tal inte dem", "els odio",
        "no els suporto",
        // 2026-12-01 (tenth session): the pronoun as subject ("Les immigrés croient qu'ils ont droit à tout. Ils me
        // dégoûtent." 0.38).
        "they disgust me", "they make me sick", "ils me degoutent", "elles me degoutent", "ils me font vomir",
        "elles me font vomir", "ze walgen me", "ze maken me ziek", "ze maken me misselijk", "me dan asco todos",
        "ils me donnent envie de vomir", "elles me donnent envie de vomir", "me dan ganas de vomitar",
        "ik word er misselijk van", "ik word misselijk van ze", "ik word ziek van ze",
        // 2026-12-01 (sixteenth session): death wished on the pronoun ("Mijn buren zijn moslims. Ik hoop dat ze
        // dood neervallen." 0.47, "Ojalá se murieran" 0.33).
        "i wish they would drop dead", "i wish they would die", "i wish they were dead", "i hope they die",
        "i hope they all die", "i hope they drop dead", "ojala se murieran", "ojala se mueran", "ojala revienten",
        "ojala se mueran todos", "ojala se murieran todos", "ik hoop dat ze dood neervallen",
        "ik hoop dat ze doodgaan", "ik hoop dat ze allemaal doodgaan", "ik hoop dat ze creperen",
        "ik hoop dat ze doodvallen", "espere qu ils crevent", "espere qu ils vont crever",
        "espere qu ils vont mourir",
    ]

    /// Openers of a wish for an outcome: "it would be great if …", "sería genial que …", "ce serait bien si …",
    /// "het zou mooi zijn als …" (not "I hope", which as often hopes a harm ends). With a harm (``wishedHarmWords`` or
    /// a hostile word) and a group after it, the wish is a threat:
    /// "Ce serait génial que tous les musulmans disparaissent" (0.01), "Het zou fijn zijn als alle moslims
    /// verdwenen" (0.01), "Sería genial que alguien disparara a unos cuantos inmigrantes" (0.05).
    static let wishFrames: [String] = [
        "it would be great if", "it would be nice if", "it would be good if", "it would be better if",
        "itd be great if", "itd be nice if", "would be great if", "would be nice if",
        "seria genial que", "seria genial si", "seria bueno que", "seria estupendo que", "estaria bien que",
        "que bien si", "ce serait bien si", "ce serait bien que", "ce serait genial si",
        "ce serait genial que", "ce serait super si", "ce serait super que", "ce serait mieux si", "vivement que",
        "het zou mooi zijn als", "het zou fijn zijn als", "het zou goed zijn als", "het zou geweldig zijn als",
        // 2026-12-01 (sixteenth session): the wish as a negative question ("Ce ne serait pas génial si les
        // musulmans disparaissaient tout simplement ?" 0.29, "Zou het niet geweldig zijn als moslims gewoon
        // verdwenen?" 0.01); the frame's own negator denies nothing after it (``FeatureExtractor/wishesHarm(_:)``).
        "wouldnt it be great if", "wouldnt it be nice if", "wouldnt it be good if", "would it not be great if",
        "no seria genial que", "no seria genial si", "no seria estupendo que", "no estaria bien que",
        "ce ne serait pas genial si", "ce ne serait pas genial que", "ce ne serait pas bien si",
        "ce ne serait pas super si", "ne serait ce pas genial si", "zou het niet geweldig zijn als",
        "zou het niet mooi zijn als", "zou het niet fijn zijn als", "zou het niet goed zijn als",
        "det vore bra om", "det vore skont om", "seria genial que", "estaria be que",
        // A call to join in: "Who wants to help me kill some immigrants this weekend?" (0.31).
        "who wants to help me", "who wants to join me", "anyone want to help me", "who is coming with me to",
        "quien quiere ayudarme a", "quien se apunta a", "qui veut m aider a", "qui vient avec moi", "wie helpt me",
        "wie gaat er mee", "vem vill hjalpa mig", "qui vol ajudar me a",
        // A wish in one word: "Ojalá revienten todos los inmigrantes en el mar" (0.31), "tant de bo", "pourvu que".
        "ojala", "ojala que", "tant de bo", "tant de bo que", "pourvu que",
        // 2026-12-01 (thirteenth session): the sight wished for, the time come ("Me encantaría ver a los inmigrantes
        // colgados de las farolas" 0.12, "Ya es hora de que alguien queme el campamento de los gitanos" 0.20).
        "me encantaria ver", "me gustaria ver", "quiero ver", "jaimerais voir", "je voudrais voir", "je veux voir",
        "id love to see", "i would love to see", "i want to see", "id like to see", "i would like to see",
        "ya es hora de que", "es hora de que", "ya va siendo hora de que", "il est temps que", "het wordt tijd dat",
        // 2026-12-01 (sixteenth session): eagerness ("Estoy deseando que llegue el día en que borren a los
        // judíos del mapa" 0.10, "J'ai hâte que les musulmans soient rayés de la carte" 0.37).
        "estoy deseando que", "estoy deseando", "ai hate que", "ai hate de voir", "vivement le jour ou",
        "cant wait for the day", "cant wait until", "i cant wait for the day", "ik kan niet wachten tot",
        "het is tijd dat", "its time someone", "it is time someone", "about time someone",
    ]

    /// Words in a wish that end a harm rather than wish it: "it would be great if people stopped attacking …",
    /// "… if there were fewer attacks on …".
    static let wishStopWords: [String] = [
        "stop", "stopped", "stopping", "quit", "ended", "end", "fewer", "less", "dejaran", "dejasen", "acabara",
        "acabaran", "cesaran", "menos", "arretaient", "arretait", "cessaient", "cessait", "fin", "moins", "stopten",
        "stopte", "ophielden", "ophield", "minder", "slutade", "upphorde", "mindre", "deixessin", "menys",
    ]

    /// Harms a wish may name, in the forms a wish takes (past, subjunctive, conditional): "… disparaissent", "…
    /// verdwenen", "… disparara", "… shot".
    static let wishedHarmWords: [String] = [
        "shot", "killed", "drowned", "died", "disappeared", "vanished", "burned", "burnt", "gassed", "hanged",
        "deported", "murdered", "exterminated", "wiped",
        "disparara", "dispararan", "mataran", "matara", "murieran", "muriera", "ahogaran", "ahogara",
        "desaparecieran", "desaparecieran", "quemaran", "deportaran", "exterminaran", "mueran", "desaparezcan",
        "tirait", "tuait", "tuaient", "mouraient", "meurent", "crevaient", "crevent", "disparaissent",
        "disparaissaient", "noyaient", "noient", "brulaient", "brulent", "expulsait", "exterminait",
        "neerschoot", "neerschoten", "doodschoot", "doodschoten", "vermoordde", "vermoordden", "verdronken",
        "verdronk", "verdwenen", "verdwijnen", "doodgingen", "doodgaan", "stierven", "verbrandden", "vergast",
        "sköts", "skots", "dog", "dodades", "forsvann", "forsvinner", "drunknade",
        "revienten", "revientes", "ahoguen", "pudran", "creven", "morin",
        // Thirteenth session: hanged and burned, in the forms a sight or a time wished for takes.
        "colgados", "colgadas", "ahorcados", "ahorcadas", "pendus", "pendues", "queme", "quemen", "ardan",
        "incendie", "incendient", "torched", "torches", "fik", "opgehangen", "opgeknoopt",
        // Wiped off the map (sixteenth session).
        "borren", "borrados", "borradas", "rayes", "rayees", "raye", "geveegd", "weggevaagd",
        // 2026-12-01 (fifteenth session): the infinitives a sight wished for takes ("Me encantaría ver arder a los
        // gitanos" 0.10, "J'adorerais voir souffrir les gays").
        "burn", "suffer", "die", "arder", "sufrir", "morir", "bruler", "souffrir", "mourir", "crever", "branden",
        "lijden", "sterven", "creperen",
    ]

    /// Subjunctive copulas right after the group of a rhetorical opener, which make it a denial: "no es verdad
    /// que los gitanos sean ladrones" denies, "¿no es verdad que los gitanos son ladrones?" asserts.
    static let subjunctiveCopulas: [String] = ["sean", "sea", "fueran", "fuesen", "soient", "soit", "siguin", "sigui"]

    /// Openers of a rhetorical question or an appeal to what "everyone knows", whose negator does not negate the
    /// claim that follows: "isn't it obvious that women are less intelligent?" (0.36), "don't you think gays are
    /// disgusting?" (0.12), "n'est-il pas évident que …" (0.26), "is het niet duidelijk dat vrouwen minder slim
    /// zijn?" (0.002). Read by ``FeatureExtractor/asksHatefulQuestion(_:)``.
    static let rhetoricalOpeners: [String] = [
        "isnt it obvious that", "isnt it obvious", "isnt it clear that", "isnt it clear", "isnt it true that",
        "isnt it true", "dont you think", "dont you agree that", "dont you agree", "wouldnt you agree that",
        "wouldnt you agree", "who else thinks", "am i the only one who thinks", "am i the only one who finds",
        "is it just me or", "can we all agree that", "can we agree that", "we all know", "everyone knows",
        "no es obvio que", "no es evidente que", "no es cierto que", "no es verdad que", "no crees que",
        "no os parece que", "no te parece que", "todos sabemos que", "soy el unico que piensa que",
        "soy la unica que piensa que", "est il pas evident que", "est il pas clair que", "est il pas vrai que",
        "trouvez vous pas que", "pensez vous pas que", "tout le monde sait que", "on sait tous que",
        "suis je le seul a penser que", "is het niet duidelijk dat", "is het niet zo dat", "is het niet waar dat",
        "vind je niet dat", "vinden jullie niet dat", "denk je niet dat", "iedereen weet dat",
        "we weten allemaal dat", "ben ik de enige die vindt dat", "ar det inte uppenbart att", "tycker du inte att",
        "alla vet att", "vi vet alla att",
        // 2026-12-01 (fifteenth session): "Does anyone else think lesbians are repulsive?" 0.30.
        "does anyone else think", "anyone else think", "does anybody else think", "does anyone else find",
        // "Why are … always so …?": the question asserts the claim ("waarom zijn moslims altijd zo crimineel?" 0.41).
        "why are", "why are all", "why do", "why do all", "why must", "por que", "pourquoi", "waarom zijn",
        "waarom zijn alle", "waarom moeten", "varfor ar", "per que",
    ]

    /// "Less" before a word of worth makes it hostile: "less intelligent", "moins intelligentes", "minder slim".
    static let lessWords: [String] = ["less", "menos", "moins", "minder", "mindre", "menys"]

    /// Frames that attribute the claim after them to someone else in order to rebut it: "if you think …", "people
    /// who say …", "I'm tired of hearing that …", "si crees que …", "ceux qui disent que …", "als je denkt dat …".
    /// A hostile claim about a group inside one is counter-speech ("If you think Muslims are scum, you are the
    /// scum" 0.50, "Si crees que los gitanos son ladrones, el problema eres tú" 0.95). Read by
    /// ``FeatureExtractor/rebutsHatefulClaim(_:)``.
    static let rebuttalFrames: [String] = [
        "if you think", "if you believe", "if you really think", "people who think", "people who believe",
        "people who say", "anyone who thinks", "anyone who believes", "anyone who says", "those who think",
        "those who say", "tired of hearing", "sick of hearing", "tired of people saying", "sick of people saying",
        "stop pretending", "stop saying", "stop claiming", "quit saying", "tired of hearing that",
        "tired of people treating", "sick of people treating", "tired of people calling", "sick of people calling",
        "tired of people acting like",
        // 2026-12-01 (twelfth session): the claim forbidden ("No one should ever say Black people are monkeys" 0.80).
        "no one should say", "no one should ever say", "nobody should say", "nobody should ever say",
        "no one should be allowed to say", "you cant say", "you cannot say", "never say that",
        "sick of hearing that", "stop pretending that", "stop saying that", "stop claiming that",
        "si crees que", "si piensas que", "si de verdad crees que", "los que piensan que", "los que dicen que",
        "harto de oir que", "harta de oir que", "harto de escuchar que", "harta de escuchar que",
        "dejad de decir que", "deja de decir que",
        // Not wanting to hear it again (2026-11-30, seventh session): "Je ne veux plus jamais entendre que les trans
        // sont des malades".
        "i never want to hear that", "i dont want to hear that", "i dont ever want to hear that",
        "je ne veux plus entendre que", "je ne veux plus jamais entendre que", "je veux plus entendre que",
        "no quiero oir que", "no quiero volver a oir que", "no quiero escuchar que", "ik wil niet meer horen dat",
        "ik wil nooit meer horen dat", "jag vill inte hora att", "no vull sentir que",
        // Saying, put to the reader (2026-11-30, seventh session): "Si dices que los gitanos son ladrones, el problema
        // eres tú".
        "if you say", "if you say that", "si dices que", "si alguien dice que", "si tu dis que", "si vous dites que",
        "als je zegt dat", "als jij zegt dat", "om du sager att", "si dius que", "si creus que",
        "si tu penses que", "si tu crois que", "si vous pensez que", "si vous croyez que", "ceux qui pensent que",
        "ceux qui disent que", "en ai marre entendre que", "arretez de dire que", "arrete de dire que",
        "als je denkt dat", "als jij denkt dat", "mensen die denken dat", "mensen die zeggen dat", "wie denkt dat",
        "wie zegt dat", "zat om te horen dat", "stop met zeggen dat",
        "om du tror att", "om du tycker att", "de som tror att", "de som sager att", "sluta saga att",
        // Denials of the claim ("it's a myth that immigrants are criminals"). Spanish "no es verdad que" is also a
        // rhetorical opener ("¿no es verdad que los gitanos son ladrones?"); its denial takes the subjunctive,
        // which ``Lexicon/subjunctiveCopulas`` read.
        "its not true that", "it is not true that", "its a lie that", "its a myth that", "es falso que",
        "es mentira que", "il est faux de dire que", "il est faux que", "est pas vrai que", "il est pas vrai que",
        "est faux de dire que", "het is niet waar dat", "het is onzin dat", "det ar inte sant att", "es fals que",
        // 2026-12-01 (sixteenth session): "Het is een mythe dat homo's minder intelligent zijn".
        "it is a myth that", "its a total myth that", "het is een mythe dat", "het is een fabel dat", "es un mito que",
        "es un bulo que", "c est un mythe que", "cest un mythe que", "det ar en myt att",
    ]

    /// Frames that ask others to stop blaming or attacking the group after them: "Stop blaming refugees for
    /// everything" (0.48), "Arrêtez d'accuser les réfugiés de tout" (0.45). Counter-speech with no hostile claim
    /// to rebut. Read by ``FeatureExtractor/rebutsHatefulClaim(_:)``.
    static let blameStopFrames: [String] = [
        "stop blaming", "quit blaming", "stop scapegoating", "stop attacking", "stop demonising", "stop demonizing",
        "stop calling", "quit calling", "stop treating", "stop insulting", "stop harassing", "stop hating",
        "stop targeting", "deja de culpar", "dejad de culpar",
        "dejen de culpar", "basta de culpar", "deja de atacar", "dejad de atacar", "dejen de atacar",
        "basta de atacar", "dejen de insultar", "dejad de insultar", "basta de criminalizar", "dejen de criminalizar",
        // "Arrêtez d'accuser": the elided "d'" is dropped.
        "arretez accuser", "arrete accuser", "arretez de stigmatiser", "arrete de stigmatiser", "arretez attaquer",
        "arretez de blamer", "arretez de traiter", "arrete de traiter", "arretez de qualifier", "deja de llamar",
        "dejad de llamar", "dejen de llamar", "basta de llamar", "deja de tratar", "dejad de tratar", "cessez accuser",
        "cessez de stigmatiser", "arretez de diaboliser",
        "sluta skylla pa", "sluta hata", "deixeu de culpar", "prou de culpar",
    ]

    /// Words after a rebuttal frame's claim that endorse it instead ("if you think … , you're right").
    static let endorsementWords: [String] = ["right", "correct", "razon", "raison", "gelijk", "ratt", "rao"]

    /// Words that may stand between an expression and its group (articles, demonstratives, quantifiers,
    /// swearing): "I hate all these fucking …", "j'en ai marre de tous ces …". Hostile cue words may stand there
    /// too ("je hais ces sales …").
    static let hateExpressionBridges: [Language: [String]] = [
        // 2026-11-30, sixth session: adverbs of degree ("Je méprise profondément les musulmans" 0.17, "Desprecio
        // profundamente a los
        // musulmanes" 0.16).
        .en: [
            "all", "the", "these", "those", "every", "any", "most", "of", "fucking", "bloody", "damn", "goddamn", "you",
            "them", "so", "many", "truly", "deeply", "seriously", "honestly",
        ],
        .es: [
            "a", "al", "los", "las", "el", "la", "todos", "todas", "esos", "esas", "estos", "estas", "aquellos", "de",
            "del", "unos", "unas", "putos", "putas", "malditos", "malditas", "tantos", "tantas", "con", "profundamente",
            "realmente", "sinceramente",
            // Every member (2026-12-01, tenth session).
            "cada", "todo", "toda", "cualquier",
            // Some of them (2026-12-01, fifteenth session: "unos cuantos de los …").
            "cuantos", "cuantas", "varios", "varias",
        ],
        .ca: [
            "a", "als", "els", "les", "el", "la", "tots", "totes", "aquests", "aquestes", "aquells", "de", "dels",
            "puta", "putes", "profundament", "realment", "cada", "qualsevol",
        ],
        .fr: [
            "les", "ces", "tous", "toutes", "des", "de", "d", "la", "le", "l", "ce", "cette", "vous", "putains",
            "putain", "aux", "profondement", "vraiment", "sincerement", "franchement", "chaque", "tout", "toute",
        ],
        .nl: [
            "alle", "die", "deze", "de", "het", "al", "zulke", "van", "je", "jullie", "kut", "kanker", "met", "aan",
            "diep", "oprecht", "elke", "ieder", "iedere", "elk",
        ],
        .sv: ["alla", "de", "dessa", "dom", "javla", "fucking", "med", "pa", "verkligen", "innerligt", "varje"],
    ]

    /// Words that, right after the group, make it the one suffering what the speaker condemns ("I'm sick of
    /// Muslims being blamed", "I hate gay bashing", "harto de los gitanos siendo señalados"): the expression is
    /// then counter-speech. Read in every language.
    static let hateExpressionVictimWords: [String] = [
        "being", "getting", "get", "treated", "blamed", "attacked", "called", "targeted", "harassed", "abused",
        "bullied", "mocked", "insulted", "excluded", "discriminated", "scapegoated", "stereotyped", "suffering",
        "denied", "killed", "murdered", "beaten", "hurt", "dying", "bashing", "hatred", "hate", "haters", "hating",
        "phobia", "jokes", "slurs", "erasure", "discrimination", "rights", "racism", "abuse",
        "victims", "victimas", "victimes", "slachtoffers", "offer", "victimes",
        "siendo", "sean", "sufran", "sufriendo", "tratados", "tratadas", "atacados", "atacadas", "insultados",
        "discriminados", "senalados", "etre", "soient", "subir", "subissent", "traites", "attaques", "insultes",
        "stigmatises", "discrimines", "worden", "wordt", "blir", "behandlas",
    ]

    /// Group words the expressions do not make hateful: vulgar words for women or Black men that are mostly
    /// insults of one person or banter ("I hate bitches who …", "I'm sick of niggas lying" — offensive, not hate,
    /// in the Davidson corpus), and the names of faiths and movements, whose criticism is not hatred of people
    /// ("I'm done with Christianity"). The model judges those. Read in every language.
    static let hateExpressionExcludedGroupWords: [String] = [
        "bitch", "bitches", "hoe", "hoes", "hos", "nigga", "niggas", "niggaz", "female", "females", "pussies",
        "thots", "islam", "christianity", "judaism", "catholicism", "feminism", "feminist", "feminists",
        "feministas", "feministes", "feministen", "feminister", "islamisme", "islamismo", "islamism",
        // Everyday words for girls and boys, mostly banter or one's own acquaintances ("I hate girls who …",
        // "i fucking hate you guys").
        "girls", "guys", "boys", "dudes", "lads", "chicas", "tios", "tias", "mecs", "meufs", "nanas", "jongens",
        "meiden", "killar", "tjejer", "nois", "noies",
    ]

    /// Words for a group's worth — goodness, intelligence, normality, decency, being welcome — whose negation said
    /// of a group is derogation: "vrouwen zijn niet slim" (0.31), "ningún inmigrante es buena persona" (0.34),
    /// "aucun immigré n'est une bonne personne" (0.10), "there is nothing good about immigrants". Read by
    /// ``FeatureExtractor/deniesGroupWorth()``, never as features. One list for every language; words that are
    /// ordinary in another of our languages in another sense are left out (Dutch "gelijk" is also "right").
    static let groupWorthWords: [String] = [
        "good", "intelligent", "smart", "clever", "capable", "normal", "worthy", "trustworthy", "honest", "decent",
        "civilised", "civilized", "equal", "welcome", "competent", "loyal", "nice", "worth",
        "bueno", "buena", "buenos", "buenas", "inteligente", "inteligentes", "listos", "listas", "capaces", "normales",
        "dignos", "dignas", "honrados", "honradas", "decentes", "civilizados", "civilizadas", "iguales", "bienvenidos",
        "bienvenidas", "bon", "bons", "bonne", "bonnes", "intelligents", "intelligentes", "capables", "normaux",
        "dignes", "honnetes", "civilises", "egaux", "bienvenus", "bienvenues", "goed", "goede", "slim", "slimme",
        "capabel", "normaal", "normale", "waardig", "eerlijk", "eerlijke", "fatsoenlijk", "fatsoenlijke", "beschaafd",
        "beschaafde", "welkom", "gelijkwaardig", "bra", "goda", "smarta", "intelligenta", "kapabla", "normala",
        "vardiga", "arliga", "civiliserade", "jamlika", "valkomna", "bons", "bones", "intel·ligents", "benvinguts",
        // 2026-12-01 (thirteenth session): culture, morals, manners and honour denied ("Les Blancs n'ont aucune
        // culture, ils volent celle des autres" 0.04, "White people have no culture, just stolen food and bad music"
        // 0.17).
        "culture", "cultura", "cultuur", "kultur", "morals", "moral", "morales", "morale", "moraal", "valores",
        "valeurs", "waarden", "normen", "manners", "modales", "manieres", "fatsoen", "honour", "honor", "honneur",
    ]

    /// Determiners that deny a whole group before its name: "no immigrant is …", "ningún inmigrante es …",
    /// "aucun immigré n'est …", "geen enkele immigrant is …", "ingen invandrare är …".
    static let denyingDeterminers: [String] = [
        "no", "not one", "not a single", "ningun", "ninguna", "ninguno", "ni un", "ni una", "aucun", "aucune",
        "pas un", "pas une", "geen", "geen enkele", "ingen", "inte en", "inte ett", "cap",
    ]

    /// Words that, right before a Spanish or Catalan expression, make its verb a noun: "el odio a los
    /// musulmanes" (the hatred of Muslims) reports, "odio a los musulmanes" (I hate Muslims) declares.
    static let hateExpressionNounMarkers: [String] = [
        "el", "del", "al", "un", "su", "sus", "de", "mi", "tu", "ese", "este", "l", "d", "contra",
        // "humillación y desprecio a las mujeres": a noun in a list.
        "y", "e", "o", "i", "por", "con", "sin", "en", "tanto", "mucho", "puro", "profundo", "total",
    ]

    /// The expressions of one language (with English's), by word hash, as ``FeatureExtractor`` matches them. A
    /// class, so that reading it per message retains one reference, not every table. The tables that are the same
    /// in every language are built once and shared (a copy of a ``PhraseTable`` or ``WordSet`` shares its storage).
    final class HateExpressionTable: Sendable {
        /// Expressions before the group.
        let before: PhraseTable
        /// Expressions after the group.
        let after: PhraseTable
        let bridges: WordSet
        let nounMarkers: WordSet
        let denyingDeterminers: PhraseTable
        let victimWords = Shared.victimWords
        let excludedGroupWords = Shared.excludedGroupWords
        let worthWords = Shared.worthWords
        let exclusionVerbs = Shared.exclusionVerbs
        let obligations = Shared.obligations
        let universal = Shared.universal
        let rhetorical = Shared.rhetorical
        let less = Shared.less
        let rebuttals = Shared.rebuttals
        let endorsements = Shared.endorsements
        let blameStops = Shared.blameStops
        let subjunctives = Shared.subjunctives
        let pronounHate = Shared.pronounHate
        let wishes = Shared.wishes
        let wishedHarms = Shared.wishedHarms
        let wishStops = Shared.wishStops
        let adverbs = Shared.adverbs
        let affirmations = Shared.affirmations

        /// The language-independent tables, built once.
        private enum Shared {
            static let victimWords = WordSet(hateExpressionVictimWords)
            static let excludedGroupWords = WordSet(hateExpressionExcludedGroupWords)
            static let worthWords = WordSet(groupWorthWords)
            static let exclusionVerbs = PhraseTable(Lexicon.exclusionVerbs)
            static let obligations = WordSet(obligationWords)
            static let universal = WordSet(universalWords)
            static let rhetorical = PhraseTable(rhetoricalOpeners)
            static let less = WordSet(lessWords)
            static let rebuttals = PhraseTable(rebuttalFrames)
            static let endorsements = WordSet(endorsementWords)
            static let blameStops = PhraseTable(blameStopFrames)
            static let subjunctives = WordSet(subjunctiveCopulas)
            static let pronounHate = PhraseTable(pronounHateExpressions)
            static let wishes = PhraseTable(wishFrames)
            static let wishedHarms = WordSet(wishedHarmWords)
            static let wishStops = WordSet(wishStopWords)
            static let adverbs = WordSet(hateExpressionAdverbs)
            static let affirmations = AffirmationTable()
            static let inversionVerbs = WordSet(Lexicon.inversionVerbs)
            static let subordinators = WordSet(Lexicon.subordinators)
            static let dislikeVerbs = WordSet(Lexicon.dutchDislikeVerbs)
        }

        /// Dutch and Swedish expressions after the group without their first word, a finite verb that inversion
        /// puts before the group ("Helaas *zijn* gehandicapten een last"); empty in the other languages.
        let invertedTails: PhraseTable
        let inversionVerbs = Shared.inversionVerbs
        let subordinators = Shared.subordinators
        /// ``Lexicon/dutchDislikeVerbs``.
        let dislikeVerbs = Shared.dislikeVerbs

        init(
            before: PhraseTable, after: PhraseTable, bridges: WordSet, nounMarkers: WordSet,
            denyingDeterminers: PhraseTable, invertedTails: PhraseTable
        ) {
            (self.before, self.after, self.bridges) = (before, after, bridges)
            (self.nounMarkers, self.denyingDeterminers, self.invertedTails) = (nounMarkers, denyingDeterminers, invertedTails)
        }
    }

    /// Finite verbs that Dutch and Swedish word order puts before the subject when something else opens the
    /// sentence ("Tegenwoordig *zijn* joden overal de baas", "Nu *tar* invandrare våra jobb").
    static let inversionVerbs: [String] = [
        "zijn", "is", "hebben", "heeft", "komen", "nemen", "worden", "zitten", "kosten", "horen", "willen", "gaan",
        "pikken", "stelen", "leven", "profiteren", "ar", "har", "kommer", "tar", "blir", "vill", "lever",
    ]

    /// Dutch verbs of liking, trusting and bearing that the speaker denies a group with "niet" after it: "Ik mag
    /// joden niet" (0.00), "Ik vertrouw Marokkanen niet" (0.02), and in a subordinate clause "… dat ik moslims niet
    /// vertrouw" (``FeatureExtractor/dislikesGroupVerbFinal(_:)``).
    static let dutchDislikeVerbs: [String] = [
        "mag", "vertrouw", "respecteer", "accepteer", "tolereer", "moet", "pruim", "lijd", "verdraag", "luch",
    ]

    /// Dutch conjunctions after which the clause's finite verb comes last ("dat vluchtelingen ratten *zijn*").
    static let subordinators: [String] = ["dat", "omdat", "aangezien", "doordat"]

    /// The tails of a language's expressions after the group whose first word is an inversion verb, for the
    /// languages with verb-second order (Dutch, Swedish).
    static func invertedTails(_ language: Language) -> [String] {
        guard language == .nl || language == .sv else { return [] }
        let verbs = Set(inversionVerbs)
        let phrases = (hateExpressionsAfter[language] ?? []) + (tropesAfter[language] ?? [])
            + (threatsAfter[language] ?? [])
        return phrases.compactMap { phrase in
            let words = phrase.split(separator: " ")
            guard words.count > 1, verbs.contains(String(words[0])) else { return nil }
            return words.dropFirst().joined(separator: " ")
        }
    }

    static let hateExpressionTables: [Language: HateExpressionTable] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            func phrases(_ table: [Language: [String]]) -> PhraseTable {
                PhraseTable((table[language] ?? []) + (language == .en ? [] : table[.en] ?? []))
            }
            let bridges = (hateExpressionBridges[language] ?? []) + (hateExpressionBridges[.en] ?? [])
            let markers = language == .es || language == .ca ? hateExpressionNounMarkers : []
            return (
                language,
                HateExpressionTable(
                    before: phrases(
                        hateExpressionsBefore.merging(threatsBefore) { $0 + $1 }.merging(unwantedBefore) { $0 + $1 }),
                    after: phrases(
                        hateExpressionsAfter.merging(tropesAfter) { $0 + $1 }.merging(threatsAfter) { $0 + $1 }),
                    bridges: WordSet(bridges), nounMarkers: WordSet(markers),
                    // Spanish and Catalan "no" is the plain negator ("refugiados y no migrantes").
                    denyingDeterminers: PhraseTable(
                        denyingDeterminers.filter { $0 != "no" || (language != .es && language != .ca) }),
                    invertedTails: PhraseTable(invertedTails(language)))
            )
        })
}
