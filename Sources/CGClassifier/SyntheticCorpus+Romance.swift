extension SyntheticCorpus {
    /// Spanish training templates (own sentences).
    static let spanish: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "odio a los {G}", "los {G} dan asco", "los {G} no valen nada", "los {G} son una vergüenza",
            "no soporto a los {G}", "los {G} son lo peor", "los {G} son escoria", "los {G} son basura",
            "los {G} son unos inútiles", "me dan asco los {G}", "los {G} son inferiores", "que asco de {G}",
            "los {G} son unos mentirosos", "los {G} son todos iguales, unos ladrones", "a la mierda los {G}",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "los {G} son ratas", "los {G} son animales", "los {G} son una plaga", "los {G} son parásitos",
            "los {G} son una enfermedad", "los {G} son cucarachas", "los {G} no son humanos",
            "los {G} son bestias", "los {G} son como un cáncer", "los {G} son cerdos",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "hay que matar a todos los {G}", "los {G} merecen morir", "voy a pegar a los {G}",
            "que quemen a los {G}", "muerte a los {G}", "a los {G} habría que fusilarlos",
            "ojalá se mueran todos los {G}", "hay que exterminar a los {G}", "voy a apuñalar al próximo de esos {G}",
            "a los {G} hay que echarlos a palos", "los {G} deberían ser ahorcados",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "los {G} están destruyendo este país", "los {G} siempre se hacen las víctimas",
            "no se puede confiar en los {G}", "que los {G} se vuelvan a su país", "los {G} nos están invadiendo",
            "nadie quiere a los {G} aquí", "los {G} solo vienen a vivir de las ayudas",
            "los {G} no deberían poder votar", "fuera los {G} de nuestros barrios", "los {G} no son de aquí",
            "los {G} nunca serán normales", "los {G} son una carga para la sociedad",
        ]),
        TemplateFamily("support", hateful: true, type: .support, [
            "Hitler tenía razón sobre los {G}", "el Holocausto fue algo bueno", "necesitamos otro Hitler",
            "viva Franco y fuera los {G}", "los nazis tenían razón",
        ]),
        TemplateFamily("slur", hateful: true, type: .derogation, [
            "cállate {S}", "fuera de aquí {S}", "puto barrio lleno de {S}", "no quiero {S} en mi bar",
        ]),
        TemplateFamily("negation", hateful: false, [
            "no odio a los {G}", "los {G} no dan asco", "los {G} no son ratas", "nunca diría que los {G} son basura",
            "no es verdad que los {G} sean inferiores", "nadie debería hacer daño a los {G}",
            "no tengo ningún problema con los {G}", "los {G} no son una amenaza", "jamás atacaría a los {G}",
        ]),
        TemplateFamily("counter", hateful: false, [
            "decir que los {G} son ratas es asqueroso", "deja de llamar animales a los {G}",
            "es racista decir que los {G} son inferiores", "quien dice 'muerte a los {G}' debería avergonzarse",
            "estoy harta de que digan que los {G} son basura", "el odio contra los {G} no tiene cabida aquí",
            "he denunciado la cuenta que decía que los {G} deben morir", "no es aceptable amenazar a los {G}",
            "\"los {G} son una plaga\" es exactamente el discurso de odio que hay que parar",
            "basta de mentiras sobre los {G}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "quiero mucho a los {G}", "los {G} son maravillosos", "los {G} son bienvenidos aquí",
            "los {G} merecen respeto", "mis mejores amigos son {G}", "los {G} hacen mejor esta ciudad",
            "apoyo a los {G}", "solidaridad con los {G}", "los {G} tienen todo el derecho a vivir aquí",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "he conocido a dos {G} en la conferencia", "los {G} de mi calle", "el informe habla de los {G} en Europa",
            "hay muchos {G} en Madrid", "un grupo de {G} abrió una panadería", "la encuesta pregunta a los {G} sobre vivienda",
            "mis vecinos son {G}", "la película trata sobre los {G}", "cuántos {G} viven en Barcelona",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "joder qué calor", "me cago en la leche, otra vez tarde", "qué puta pasada de concierto",
            "hostia, se me olvidaron las llaves", "vaya mierda de día", "coño, qué bueno está esto",
            "la puta madre, perdí el autobús", "de puta madre el partido", "qué cabrón, me ha hecho reír",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "odio los lunes", "los políticos son todos unos mentirosos", "odio el tráfico", "eres un idiota",
            "los mosquitos son una plaga", "las ratas son asquerosas", "este trabajo me está matando",
            "los banqueros son unos parásitos", "el árbitro es un payaso",
        ]),
        TemplateFamily("reclaimed", hateful: false, [
            "soy bollera y orgullosa", "somos maricas y estamos orgullosos", "orgullo marica",
            "soy una bollera feliz con mi novia",
        ]),
    ]

    /// French training templates (own sentences).
    static let french: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "je déteste les {G}", "les {G} sont dégoûtants", "les {G} ne valent rien", "les {G} sont une honte",
            "je ne supporte pas les {G}", "les {G} sont les pires", "les {G} sont des ordures", "les {G} sont de la merde",
            "les {G} sont des incapables", "les {G} me dégoûtent", "les {G} sont inférieurs", "sales {G}",
            "les {G} sont tous des menteurs", "nique les {G}", "j'ai la haine contre les {G}",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "les {G} sont des rats", "les {G} sont des animaux", "les {G} sont une plaie", "les {G} sont des parasites",
            "les {G} sont une maladie", "les {G} sont des cafards", "les {G} ne sont pas des humains",
            "les {G} sont des bêtes", "les {G} sont un cancer", "les {G} sont des porcs", "les {G} sont des singes",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "il faut tuer tous les {G}", "les {G} méritent de mourir", "je vais frapper les {G}",
            "brûlons les {G}", "mort aux {G}", "il faudrait fusiller les {G}", "que tous les {G} crèvent",
            "il faut exterminer les {G}", "je vais poignarder le prochain de ces {G}", "on va casser du {G} ce soir",
            "les {G} devraient être pendus",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "les {G} détruisent ce pays", "les {G} jouent toujours les victimes", "on ne peut pas faire confiance aux {G}",
            "les {G} doivent rentrer chez eux", "les {G} nous envahissent", "personne ne veut des {G} ici",
            "les {G} viennent juste pour les aides", "les {G} ne devraient pas avoir le droit de vote",
            "dehors les {G} de nos quartiers", "les {G} ne sont pas d'ici", "les {G} ne seront jamais normaux",
            "les {G} sont un fardeau pour la société", "c'est le grand remplacement par les {G}",
        ]),
        TemplateFamily("support", hateful: true, type: .support, [
            "Hitler avait raison sur les {G}", "la Shoah était une bonne chose", "il nous faut un nouvel Hitler",
            "les nazis avaient raison", "vive le Troisième Reich",
        ]),
        TemplateFamily("slur", hateful: true, type: .derogation, [
            "ta gueule sale {S}", "dégage {S}", "quartier rempli de {S}", "pas de {S} chez moi",
        ]),
        TemplateFamily("negation", hateful: false, [
            "je ne déteste pas les {G}", "les {G} ne sont pas dégoûtants", "les {G} ne sont pas des rats",
            "je ne dirais jamais que les {G} sont des ordures", "ce n'est pas vrai que les {G} sont inférieurs",
            "personne ne devrait faire de mal aux {G}", "je n'ai aucun problème avec les {G}",
            "les {G} ne sont pas une menace", "je n'attaquerais jamais les {G}",
        ]),
        TemplateFamily("counter", hateful: false, [
            "dire que les {G} sont des rats est ignoble", "arrête de traiter les {G} d'animaux",
            "c'est raciste de dire que les {G} sont inférieurs", "ceux qui crient 'mort aux {G}' devraient avoir honte",
            "j'en ai marre qu'on dise que les {G} sont des ordures", "la haine contre les {G} n'a pas sa place ici",
            "j'ai signalé le compte qui disait que les {G} doivent mourir", "menacer les {G} est inacceptable",
            "« les {G} sont une plaie » : voilà le discours de haine qu'il faut combattre",
            "assez de mensonges sur les {G}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "j'adore les {G}", "les {G} sont formidables", "les {G} sont les bienvenus ici", "les {G} méritent le respect",
            "mes meilleurs amis sont des {G}", "les {G} rendent cette ville meilleure", "je soutiens les {G}",
            "solidarité avec les {G}", "les {G} ont tout à fait le droit de vivre ici",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "j'ai rencontré deux {G} à la conférence", "les {G} de ma rue", "le rapport parle des {G} en Europe",
            "il y a beaucoup de {G} à Paris", "un groupe de {G} a ouvert une boulangerie",
            "l'enquête interroge les {G} sur le logement", "mes voisins sont des {G}", "le film parle des {G}",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "putain qu'il fait chaud", "merde, encore en retard", "ce concert était putain de génial",
            "bordel, j'ai oublié mes clés", "quelle journée de merde", "putain de bus",
            "c'est chiant ce temps", "oh merde j'ai raté le train", "ce film est trop bien putain",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "je déteste les lundis", "les politiciens sont tous des menteurs", "je déteste les embouteillages",
            "t'es un idiot", "les moustiques sont une plaie", "les rats sont dégoûtants", "ce boulot me tue",
            "les banquiers sont des parasites", "l'arbitre est un clown",
        ]),
        TemplateFamily("reclaimed", hateful: false, [
            "je suis gouine et fière", "fiers d'être pédés et heureux", "on est des gouines et on s'aime",
        ]),
    ]

    /// Catalan training templates (own sentences): a first model from these alone.
    static let catalan: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "odio els {G}", "els {G} fan fàstic", "els {G} no valen res", "els {G} són escòria", "els {G} són una vergonya",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "els {G} són rates", "els {G} són animals", "els {G} són una plaga", "els {G} són paràsits",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "cal matar tots els {G}", "els {G} mereixen morir", "mort als {G}", "cremem els {G}",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "els {G} estan destruint aquest país", "fora els {G} del nostre barri", "que els {G} tornin al seu país",
            "no es pot confiar en els {G}",
        ]),
        TemplateFamily("negation", hateful: false, [
            "no odio els {G}", "els {G} no són rates", "els {G} no fan fàstic", "no tinc cap problema amb els {G}",
        ]),
        TemplateFamily("counter", hateful: false, [
            "dir que els {G} són rates és fastigós", "prou d'insultar els {G}", "l'odi contra els {G} no té lloc aquí",
        ]),
        TemplateFamily("positive", hateful: false, [
            "estimo els {G}", "els {G} són benvinguts", "els {G} mereixen respecte", "els {G} fan millor la ciutat",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "he conegut dos {G} a la feina", "molts {G} viuen a Barcelona", "l'informe parla dels {G}",
        ]),
        TemplateFamily("profanity", hateful: false, ["collons, quina calor", "merda, he perdut el tren", "hòstia, quin partit"]),
    ]
}
