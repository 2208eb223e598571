extension SyntheticCorpus {
    /// More Spanish training templates (own sentences, 2026-11-29): neutral and positive mentions in news, everyday,
    /// factual, supportive and question form; profanity that is not hate; counter-speech and quoting to condemn;
    /// and hate in new phrasings (questions, opinions, pronoun reference, comparisons, threats).
    static let spanishMore: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "las cifras sobre {A} salieron esta mañana", "el martes se publican los datos del censo sobre {A}",
            "{A} representan una parte importante de la población", "un nuevo estudio analiza la salud de {A}",
            "la asociación de vecinos invitó a {A} a la reunión", "dos {G} se mudaron al piso de arriba",
            "comí con unos {G} del trabajo", "muchos {G} compran en el mercado los sábados",
            "¿dónde vive la mayoría de {A} de la ciudad?", "¿hay algún grupo de apoyo para {A} cerca de aquí?",
            "¿qué opinan {A} de las nuevas líneas de autobús?", "{A} llevan siglos viviendo en esta región",
            "muchos {G} trabajan en la sanidad", "el periódico publicó una serie sobre {A} en el campo",
            "la nueva ley que afecta a {A} entra en vigor en enero", "el centro cultural de {A} abre el lunes",
            "el número de {G} en la ciudad ha crecido", "{A} son una minoría en este país",
            "la policía se reunió con {A} para hablar de seguridad", "el pódcast de esta semana habla de {A} y el deporte",
            "{A} del barrio organizan una fiesta el sábado", "estuve charlando con unos {G} en la parada del bus",
            "¿cómo celebran {A} el año nuevo?", "la escuela contrató a una profesora que trabaja con {A}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "{A} merecen los mismos derechos que todos", "me alegra que {A} se sientan como en casa",
            "{A} son parte de nuestra comunidad", "defiendo a {A} siempre que puedo",
            "{A} han hecho grandes aportaciones a la ciencia", "qué suerte tener tantos {G} en el barrio",
            "{A} son gente estupenda", "un abrazo a todos {A}", "{A} son personas como cualquier otra",
            "{A} son fuertes y valientes", "necesitamos más {G} en política", "{A} deben sentirse seguros en todas partes",
            "{A} son unos amigos increíbles", "me caen muy bien {A}", "confío plenamente en {A}",
            "esta ciudad no sería nada sin {A}", "no me imagino la vida sin {A}", "los hospitales no funcionarían sin {A}",
            "no hay que tenerles miedo a {A}", "nadie debería temer a {A}",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "¿por qué {A} son tan asquerosos?", "en mi opinión {A} son escoria", "he conocido a muchos {G} y todos son basura",
            "creo que {A} son unos inútiles", "{A} son lo más bajo que hay", "prefiero morir antes que vivir al lado de {A}",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "{A} son como ratas, se multiplican por todas partes", "{A} deberían estar en un zoo",
            "{A} son una plaga de langostas", "{A} son más insectos que personas", "{A} son un tumor para la sociedad",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "alguien debería darles una paliza a {A}", "ojalá un camión atropelle a {A}",
            "si veo a {A} cerca de mi casa les rompo las piernas", "{A} se merecen un tiro", "vamos a por vosotros, {G}",
            "vamos a quemar las casas de {A}", "quiero ver sufrir a {A}", "a {A} hay que tirarlos de un puente",
            "le voy a pegar un tiro al primero de {A} que vea", "voy a coger la escopeta e ir a por {A}",
            "{A} deberían tener miedo, sabemos dónde están", "{A}, esta noche os vais a enterar",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "{A} son la razón de que haya delincuencia", "{A} solo sirven para limpiar", "estábamos bien hasta que llegaron {A}",
            "no dejaría a {A} cerca de mis hijos", "{A} no traen más que problemas", "nunca le alquilaría un piso a {A}",
            "{A} no son bienvenidos aquí", "nunca respetaré a {A}", "{A} nunca serán iguales que nosotros",
            "no quiero a {A} viviendo en mi calle",
        ]),
        TemplateFamily("counter", hateful: false, [
            "decir que {A} son una plaga es puro odio", "no pienso tolerar que llamen escoria a {A}",
            "ese tuit que dice que {A} son parásitos es vergonzoso", "quienes amenazan a {A} deberían ser juzgados",
            "la idea de que {A} son inferiores es una tontería", "me indigna leer que {A} merecen morir",
            "frases como 'fuera {A}' son racismo puro", "llamar alimañas a {A} dice más de ti que de ellos",
            "estoy con {A} frente a estos mensajes de odio", "que nadie te diga que {A} valen menos que tú",
            "alguien escribió 'muerte a {A}' en el portal y lo denunciamos", "comentarios como '{A} deben irse' son odio",
            "en la pared pusieron 'fuera {A}' y los vecinos lo borraron",
        ]),
        TemplateFamily("negation", hateful: false, [
            "{A} no son inferiores en nada", "no tengo nada en contra de {A}", "{A} no son el enemigo",
            "{A} no merecen que les hagan daño", "nadie piensa que {A} no valgan nada", "{A} no son una carga para nadie",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "joder, qué partidazo", "hostia puta, qué frío hace", "me cago en todo, se ha caído el wifi",
            "coño, me ha tocado la lotería", "qué mierda de tráfico", "joder tío, eres un crack",
            "este puto ordenador no funciona", "mierda, se me ha quemado la cena", "qué cojones, otra vez lunes",
            "hostia, qué susto me has dado", "me cago en la mar, qué calor", "vaya puta lluvia",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "odio a la gente que habla en el cine", "los caseros son unas sanguijuelas", "odio hacer cola",
            "eres un gilipollas", "mataría por un café ahora mismo", "las cucarachas me dan asco",
        ]),
    ]

    /// More French training templates (own sentences, 2026-11-29), as for Spanish.
    static let frenchMore: [TemplateFamily] = [
        TemplateFamily("neutral", hateful: false, [
            "les chiffres sur les {G} sont sortis ce matin", "les résultats du recensement des {G} seront publiés mardi",
            "les {G} représentent une part importante de la population", "une nouvelle étude porte sur la santé des {G}",
            "le comité de quartier a invité les {G} à la réunion", "deux {G} ont emménagé à l'étage du dessus",
            "j'ai mangé avec des {G} du boulot", "beaucoup de {G} font leurs courses au marché le samedi",
            "où vivent la plupart des {G} de la ville ?", "y a-t-il une association pour les {G} près d'ici ?",
            "que pensent les {G} des nouvelles lignes de bus ?", "les {G} vivent dans cette région depuis des siècles",
            "beaucoup de {G} travaillent dans la santé", "le journal a publié une série sur les {G} à la campagne",
            "une nouvelle loi concernant les {G} entre en vigueur en janvier", "le centre culturel des {G} ouvre lundi",
            "le nombre de {G} dans la ville a augmenté", "les {G} sont une minorité dans ce pays",
            "la police a rencontré les {G} pour parler de sécurité", "le podcast de cette semaine parle des {G} et du sport",
            "les {G} du quartier organisent une fête samedi", "j'ai discuté avec des {G} à l'arrêt de bus",
            "comment les {G} fêtent-ils le nouvel an ?", "l'école a embauché une enseignante qui travaille avec les {G}",
        ]),
        TemplateFamily("positive", hateful: false, [
            "les {G} méritent les mêmes droits que tout le monde", "je suis content que les {G} se sentent chez eux ici",
            "les {G} font partie de notre communauté", "je défends les {G} dès que je peux",
            "les {G} ont beaucoup apporté à la science", "quelle chance d'avoir autant de {G} dans le quartier",
            "les {G} sont des gens formidables", "gros bisous à tous les {G}", "les {G} sont des personnes comme les autres",
            "les {G} sont forts et courageux", "il faut plus de {G} en politique", "les {G} doivent se sentir en sécurité partout",
            "les {G} sont des amis géniaux", "j'aime bien les {G}", "je fais entièrement confiance aux {G}",
            "cette ville ne serait rien sans les {G}", "je n'imagine pas ma vie sans les {G}",
            "les hôpitaux ne tourneraient pas sans les {G}", "pas besoin d'avoir peur des {G}", "personne ne devrait craindre les {G}",
        ]),
        TemplateFamily("derogation", hateful: true, type: .derogation, [
            "pourquoi les {G} sont-ils si dégoûtants ?", "à mon avis les {G} sont des déchets",
            "j'ai connu plein de {G} et ils sont tous minables", "je pense que les {G} sont des abrutis",
            "les {G} sont ce qu'il y a de plus bas", "plutôt mourir que vivre à côté des {G}",
        ]),
        TemplateFamily("dehumanisation", hateful: true, type: .dehumanisation, [
            "les {G} sont comme des rats, ils se multiplient partout", "les {G} devraient être dans un zoo",
            "les {G} sont une nuée de sauterelles", "les {G} sont plus des insectes que des humains",
            "les {G} sont une tumeur pour la société",
        ]),
        TemplateFamily("threat", hateful: true, type: .threat, violence: true, [
            "quelqu'un devrait tabasser les {G}", "j'espère qu'un camion écrasera tous ces {G}",
            "si je vois des {G} près de chez moi je leur casse les jambes", "les {G} méritent une balle",
            "on arrive, les {G}", "on va brûler les maisons des {G}", "je veux voir souffrir les {G}",
            "je vais prendre le fusil et aller chercher les {G}", "les {G} devraient avoir peur, on sait où ils sont",
            "il faut jeter les {G} d'un pont",
        ]),
        TemplateFamily("implicit", hateful: true, type: .animosity, [
            "les {G} sont la cause de la délinquance", "les {G} ne sont bons qu'à nettoyer les toilettes",
            "tout allait bien avant que les {G} arrivent", "je ne laisserais jamais les {G} approcher mes enfants",
            "les {G} n'apportent que des problèmes", "je ne louerais jamais un appartement à des {G}",
            "les {G} ne sont pas les bienvenus ici", "je ne respecterai jamais les {G}",
            "les {G} ne seront jamais nos égaux", "je ne veux pas de {G} dans ma rue",
        ]),
        TemplateFamily("counter", hateful: false, [
            "dire que les {G} sont une plaie, c'est de la haine pure", "je n'accepte pas qu'on traite les {G} de racaille",
            "ce tweet qui dit que les {G} sont des parasites est honteux", "ceux qui menacent les {G} doivent être poursuivis",
            "l'idée que les {G} sont inférieurs est absurde", "ça me révolte de lire que les {G} méritent de mourir",
            "des slogans comme « dehors les {G} » sont du racisme pur", "traiter les {G} de vermine en dit plus sur toi que sur eux",
            "je suis avec les {G} face à ces messages haineux",
            "quelqu'un a écrit « mort aux {G} » dans le hall et on a porté plainte",
            "des commentaires comme « les {G} doivent partir » sont de la haine", "ne laisse personne te dire que les {G} valent moins que toi",
        ]),
        TemplateFamily("negation", hateful: false, [
            "les {G} ne sont inférieurs en rien", "je n'ai rien contre les {G}", "les {G} ne sont pas l'ennemi",
            "les {G} ne méritent pas qu'on leur fasse du mal", "personne ne pense que les {G} ne valent rien",
            "les {G} ne sont un fardeau pour personne",
        ]),
        TemplateFamily("profanity", hateful: false, [
            "putain, quel match", "bordel de merde, il fait froid", "merde, le wifi a encore sauté",
            "putain j'ai gagné au loto", "quel trafic de merde", "t'es un putain de génie",
            "ce putain d'ordi ne marche pas", "merde, j'ai brûlé le dîner", "fait chier, encore lundi",
            "putain tu m'as fait peur", "bordel qu'il fait chaud", "saloperie de pluie",
        ]),
        TemplateFamily("nonprotected", hateful: false, [
            "je déteste les gens qui parlent au cinéma", "les proprios sont des sangsues", "je déteste faire la queue",
            "t'es un connard", "je tuerais pour un café", "les cafards me dégoûtent",
        ]),
    ]
}
