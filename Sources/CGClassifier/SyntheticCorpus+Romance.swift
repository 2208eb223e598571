extension SyntheticCorpus {
    /// Spanish training templates (own sentences).
    static let spanish: [TemplateFamily] = [
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "odio a {A}", "{A} dan asco", "{A} no valen nada", "{A} son una vergüenza",
            "no soporto a {A}", "{A} son lo peor", "{A} son escoria", "{A} son basura",
            "{A} son unos inútiles", "me dan asco {A}", "{A} son inferiores", "que asco de {G}",
            "{A} son unos mentirosos", "{A} son todos iguales, unos ladrones", "a la mierda {A}", "nada me da más asco que {A}",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{A} son ratas", "{A} son animales", "{A} son una plaga", "{A} son parásitos",
            "{A} son una enfermedad", "{A} son cucarachas", "{A} no son humanos",
            "{A} son bestias", "{A} son como un cáncer", "{A} son cerdos",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "hay que matar a todos {A}", "{A} merecen morir", "voy a pegar a {A}",
            "que quemen a {A}", "muerte a {A}", "a {A} habría que fusilarlos",
            "ojalá se mueran todos {A}", "hay que exterminar a {A}", "voy a apuñalar al próximo de esos {G}",
            "a {A} hay que echarlos a palos", "{A} deberían ser ahorcados",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{A} están destruyendo este país", "{A} siempre se hacen las víctimas",
            "no se puede confiar en {A}", "que {A} se vuelvan a su país", "{A} nos están invadiendo",
            "nadie quiere a {A} aquí", "{A} solo vienen a vivir de las ayudas",
            "{A} no deberían poder votar", "fuera {A} de nuestros barrios", "{A} no son de aquí",
            "{A} nunca serán normales", "{A} son una carga para la sociedad",
        ]),
        TemplateFamily("support", hateful: true, type: .support, [
            "Hitler tenía razón sobre {A}", "el Holocausto fue algo bueno", "necesitamos otro Hitler",
            "viva Franco y fuera {A}", "los nazis tenían razón",
        ]),
        TemplateFamily("slur", hateful: true, type: .derogation, [
            "cállate {S}", "fuera de aquí {S}", "puto barrio lleno de {S}", "no quiero {S} en mi bar",
        ]),
        TemplateFamily("negation", hateful: false, [
            "no odio a {A}", "{A} no dan asco", "{A} no son ratas", "nunca diría que {A} son basura",
            "no es verdad que {A} sean inferiores", "nadie debería hacer daño a {A}",
            "no tengo ningún problema con {A}", "{A} no son una amenaza", "jamás atacaría a {A}",
            "{A} no son criminales", "no creo que {A} sean violentos", "{A} no son peores que nadie",
        ]),
        TemplateFamily("counter", hateful: false, [
            "decir que {A} son ratas es asqueroso", "deja de llamar animales a {A}",
            "es racista decir que {A} son inferiores", "quien dice 'muerte a {A}' debería avergonzarse",
            "estoy harta de que digan que {A} son basura", "el odio contra {A} no tiene cabida aquí",
            "he denunciado la cuenta que decía que {A} deben morir", "no es aceptable amenazar a {A}",
            "\"{A} son una plaga\" es exactamente el discurso de odio que hay que parar",
            "basta de mentiras sobre {A}", "es xenófobo llamar amenaza a {A}",
            "los racistas dicen que {A} son delincuentes y es falso", "vergüenza para quien escribió que {A} deben morir",
            "es lamentable que se insulte a {A}", "insultar a {A} es de cobardes", "no se puede llamar bestias a {A}",
            "quien compara a {A} con animales es un racista", "publicar odio contra {A} es delito",
            "los mensajes que dicen que {A} son basura son inaceptables",
            "denuncio los comentarios que llaman ratas a {A}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "quiero mucho a {A}", "{A} son maravillosos", "{A} son bienvenidos aquí",
            "{A} merecen respeto", "mis mejores amigos son {G}", "{A} hacen mejor esta ciudad",
            "apoyo a {A}", "solidaridad con {A}", "{A} tienen todo el derecho a vivir aquí",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "he conocido a dos {G} en la conferencia", "{A} de mi calle", "el informe habla de {A} en Europa",
            "hay muchos {G} en Madrid", "un grupo de {G} abrió una panadería", "la encuesta pregunta a {A} sobre vivienda",
            "mis vecinos son {G}", "la película trata sobre {A}", "cuántos {G} viven en Barcelona",
            "el censo cuenta a {A} por separado", "leí un artículo sobre {A}", "{A} votaron en las elecciones",
            "una asociación de {G} busca voluntarios", "el alcalde habló con {A} sobre el parque",
            "la biblioteca organiza un taller para {A}", "un reportaje sobre {A} en Valencia",
            "{A} participaron en la manifestación del domingo", "una encuesta del barrio incluye a {A}",
            "la radio entrevistó a {A} del barrio", "el gobierno presentó un informe sobre {A}",
            "clases de idiomas para {A} en el centro cívico", "mañana hay una charla sobre {A} y la vivienda",
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
            "les {G} sont tous des menteurs", "nique les {G}", "j'ai la haine contre les {G}", "rien n'est pire que les {G}", "les {G} ne sont bons qu'à rien",
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
            "les {G} ne sont pas des criminels", "je ne crois pas que les {G} soient violents",
        ]),
        TemplateFamily("counter", hateful: false, [
            "dire que les {G} sont des rats est ignoble", "arrête de traiter les {G} d'animaux",
            "c'est raciste de dire que les {G} sont inférieurs", "ceux qui crient 'mort aux {G}' devraient avoir honte",
            "j'en ai marre qu'on dise que les {G} sont des ordures", "la haine contre les {G} n'a pas sa place ici",
            "j'ai signalé le compte qui disait que les {G} doivent mourir", "menacer les {G} est inacceptable",
            "« les {G} sont une plaie » : voilà le discours de haine qu'il faut combattre",
            "assez de mensonges sur les {G}", "c'est xénophobe de traiter les {G} de menace",
            "les racistes disent que les {G} sont des délinquants et c'est faux",
            "insulter les {G}, c'est lâche", "on ne peut pas traiter les {G} de bêtes",
            "celui qui compare les {G} à des animaux est raciste", "publier de la haine contre les {G} est un délit",
            "les messages qui disent que les {G} sont des ordures sont inacceptables",
            "je signale les commentaires qui traitent les {G} de rats",
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
            "le recensement compte les {G} à part", "j'ai lu un article sur les {G}", "les {G} ont voté aux élections",
            "une association de {G} cherche des bénévoles", "le maire a parlé avec les {G} du nouveau parc",
            "la bibliothèque organise un atelier pour les {G}", "un reportage sur les {G} à Lyon",
            "les {G} ont participé à la manifestation de dimanche", "la radio a interviewé des {G} du quartier",
            "le gouvernement a présenté un rapport sur les {G}", "des cours de langue pour les {G} au centre social",
            "demain il y a un débat sur les {G} et le logement", "une exposition sur l'histoire des {G}",
            "les {G} se sont réunis hier soir", "j'ai déjeuné avec des {G} aujourd'hui",
            "le journal publie une enquête sur les {G}", "les chiffres sur l'emploi des {G} sortent demain",
            "la préfecture a reçu des {G} ce matin", "les {G} ont ouvert un café près de la gare",
            "une conférence sur les {G} aura lieu mardi", "le conseil de quartier a écouté les {G}",
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
            "odio {A}", "{A} fan fàstic", "{A} no valen res", "{A} són escòria", "{A} són una vergonya",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{A} són rates", "{A} són animals", "{A} són una plaga", "{A} són paràsits",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "cal matar tots {A}", "{A} mereixen morir", "mort a {A}", "cremem {A}",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{A} estan destruint aquest país", "fora {A} del nostre barri", "que {A} tornin al seu país",
            "no es pot confiar en {A}",
        ]),
        TemplateFamily("negation", hateful: false, [
            "no odio {A}", "{A} no són rates", "{A} no fan fàstic", "no tinc cap problema amb {A}",
        ]),
        TemplateFamily("counter", hateful: false, [
            "dir que {A} són rates és fastigós", "prou d'insultar {A}", "l'odi contra {A} no té lloc aquí",
        ]),
        TemplateFamily("positive", hateful: false, [
            "estimo {A}", "{A} són benvinguts", "{A} mereixen respecte", "{A} fan millor la ciutat",
        ]),
        TemplateFamily("neutral", hateful: false, [
            "he conegut dos {G} a la feina", "molts {G} viuen a Barcelona", "l'informe parla de {A}",
        ]),
        TemplateFamily("profanity", hateful: false, ["collons, quina calor", "merda, he perdut el tren", "hòstia, quin partit"]),
    ]
}
