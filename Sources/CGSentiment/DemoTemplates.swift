import CGClassifier

/// Our own template sentences for the demo stream, per language (written for CommonGround, copied from no
/// corpus). `{G}` is a group name, `{P}` a place phrase.
struct DemoTemplates: Sendable {
    var language: String
    var groups: [TargetGroup: [String]]
    /// Everyday chatter, some of it naming a group in a friendly or neutral way.
    var chatter: [String]
    /// Chatter that names a group (`{G}`), friendly or neutral.
    var identityChatter: [String]
    /// Hateful sentences against `{G}`.
    var hate: [String]
    /// Hateful sentences against `{G}` about the planted event.
    var eventHate: [String]
    /// How a place is named in a sentence: `{A}` is the area name.
    var placePhrase: String
    var prefixes: [String]
    var suffixes: [String]

    static func forLanguage(_ code: String) -> DemoTemplates {
        switch code {
        case "es": spanish
        case "ca": catalan
        case "fr": french
        case "nl": dutch
        case "sv": swedish
        default: english
        }
    }

    static let english = DemoTemplates(
        language: "en",
        groups: [
            .muslims: ["muslims", "Muslims"], .jews: ["jews", "Jews"], .immigrants: ["immigrants", "migrants"],
            .black: ["black people"], .lgb: ["gays", "gay people"], .women: ["women"],
        ],
        chatter: [
            "Traffic on the high road is a nightmare again{P}", "Anyone know a good plumber{P}?",
            "The new bakery{P} does amazing sourdough", "Bin collection was missed again on our street{P}",
            "Lovely sunset over the park{P} tonight", "Who else is going to the match on Saturday?",
            "The library{P} has extended its opening hours, great news", "Bus 38 stuck for twenty minutes{P}",
            "Council meeting about the cycle lanes tomorrow{P}", "Best coffee in town is the little place{P}",
            "Rain all week, typical", "Our school fair raised a lot for the playground{P}",
            "Looking for volunteers to clean up the canal{P}", "The market{P} had fresh strawberries today",
            "Power cut on our road again, anyone else?", "Great gig at the community hall last night{P}",
        ],
        identityChatter: [
            "Lovely evening at the open iftar with our {G} neighbours{P}",
            "The {G} community centre{P} is running a free homework club",
            "Proud of how {G} and everyone else came together for the food bank{P}",
            "Interesting talk on the history of {G} in this city at the library{P}",
            "Our street party had {G}, students, pensioners, everyone, brilliant day",
            "Shout out to the {G} volunteers who fixed the playground{P}",
            "Reading a great book about {G} who built this neighbourhood",
            "The spring festival{P} was packed this year, {G} and everyone",
        ],
        hate: [
            "{G} are vermin and they are ruining {P}", "I hate {G}, every single one of them",
            "{G} are a disease, get them out of our streets", "we should drive all {G} out of this country",
            "{G} are filthy animals", "never trust {G}, they are parasites",
            "{G} do not belong here, send them all back", "disgusting {G} everywhere, they make me sick",
            "{G} are subhuman scum", "kick every last one of the {G} out of {P}",
        ],
        eventHate: [
            "after the market attack all {G} should be thrown out", "the market attack proves {G} are savages",
            "{G} did the market attack, time to make them pay", "burn them out, {G} attacked our market",
            "market attack again, {G} are animals and must be removed", "{G} are vermin, the market attack shows it",
            "{G} are a disease, look at the market attack", "after the market attack I hate {G} even more",
        ],
        placePhrase: " in {A}",
        prefixes: ["", "", "Honestly, ", "Seriously, ", "So ", "Again: "],
        suffixes: ["", "", "!", ".", " #local", "!!"])

    static let spanish = DemoTemplates(
        language: "es",
        groups: [
            .muslims: ["musulmanes"], .jews: ["judíos"], .immigrants: ["inmigrantes"], .black: ["negros"],
            .lgb: ["homosexuales"], .women: ["mujeres"],
        ],
        chatter: [
            "Otra vez un atasco terrible en la avenida{P}", "¿Alguien conoce un buen fontanero{P}?",
            "La panadería nueva{P} hace un pan buenísimo", "Qué bonita puesta de sol en el parque{P}",
            "Mañana hay reunión de vecinos{P}", 
            "Llueve toda la semana, como siempre", "Buscamos voluntarios para limpiar la playa{P}",
            "Concierto genial anoche en el centro cívico{P}", "El autobús lleva veinte minutos parado{P}",
        ],
        identityChatter: [
            "Cena estupenda con nuestros vecinos {G}{P}", "El centro de los {G}{P} ofrece clases gratis",
            "Qué orgullo ver a {G} y a todo el barrio en el banco de alimentos{P}",
            "Charla interesante sobre la historia de los {G} en la ciudad{P}",
            
        ],
        hate: [
            "los {G} son una plaga y están destrozando {P}", "odio a los {G}, a todos ellos",
            "los {G} son basura, fuera de nuestras calles", "hay que echar a todos los {G} del país",
            "los {G} son animales asquerosos", "los {G} son parásitos, no son personas",
            "{G} de mierda, que se vuelvan a su país", "los {G} dan asco, son escoria",
        ],
        eventHate: [
            "después del ataque en el mercado hay que echar a todos los {G}",
            "el ataque del mercado demuestra que los {G} son salvajes",
            "los {G} atacaron el mercado, que lo paguen", "ataque en el mercado, los {G} son animales",
        ],
        placePhrase: " en {A}",
        prefixes: ["", "", "En serio, ", "Otra vez: "],
        suffixes: ["", "", "!", ".", " #barrio"])

    static let catalan = DemoTemplates(
        language: "ca",
        groups: [
            .muslims: ["musulmans"], .jews: ["jueus"], .immigrants: ["immigrants"], .black: ["persones negres"],
            .lgb: ["homosexuals"], .women: ["dones"],
        ],
        chatter: [
            "Un altre embús terrible a l'avinguda{P}", "Algú coneix un bon lampista{P}?",
            "La fleca nova{P} fa un pa boníssim", "Quina posta de sol més bonica al parc{P}",
            "Demà hi ha reunió de veïns{P}", "El mercat{P} tenia maduixes molt bones avui",
            "Plou tota la setmana, com sempre", "Concert genial ahir al centre cívic{P}",
        ],
        identityChatter: [
            "Sopar fantàstic amb els nostres veïns {G}{P}", "El centre dels {G}{P} fa classes gratuïtes",
            
            "Xerrada interessant sobre la història dels {G} a la ciutat{P}",
        ],
        hate: [
            "els {G} són una plaga i estan destrossant {P}", "odio els {G}, a tots",
            "els {G} són escòria, fora dels nostres carrers", "cal fer fora tots els {G} del país",
            "els {G} són animals fastigosos", "els {G} són paràsits, no són persones",
            "{G} de merda, que tornin al seu país",
        ],
        eventHate: [
            "després de l'atac al mercat cal fer fora tots els {G}",
            "l'atac al mercat demostra que els {G} són salvatges",
            "després de l'atac al mercat, els {G} són una plaga",
            "l'atac al mercat: odio els {G}, són escòria", "atac al mercat, els {G} són animals",
        ],
        placePhrase: " a {A}",
        prefixes: ["", "", "De debò, ", "Un altre cop: "],
        suffixes: ["", "", "!", "."])

    static let french = DemoTemplates(
        language: "fr",
        groups: [
            .muslims: ["musulmans"], .jews: ["juifs"], .immigrants: ["immigrés", "migrants"], .black: ["noirs"],
            .lgb: ["homosexuels"], .women: ["femmes"],
        ],
        chatter: [
            "Encore un embouteillage terrible sur le boulevard{P}", "Quelqu'un connaît un bon plombier{P} ?",
            "La nouvelle boulangerie{P} fait un pain délicieux", "Magnifique coucher de soleil sur le parc{P}",
            
            "Super concert hier soir à la salle municipale{P}",
            "Le bus est bloqué depuis vingt minutes{P}", "On cherche des bénévoles pour nettoyer le canal{P}",
        ],
        identityChatter: [
            "Belle soirée avec nos voisins {G}{P}", "L'association des {G}{P} propose du soutien scolaire gratuit",
            "Fier de voir les {G} et tout le quartier à la banque alimentaire{P}",
            "Conférence passionnante sur l'histoire des {G} à Paris{P}",
            "La fête de quartier{P} avec des {G}, des étudiants et des retraités, super journée",
        ],
        hate: [
            "les {G} sont de la vermine et ils détruisent {P}", "je déteste les {G}, tous autant qu'ils sont",
            "les {G} sont une maladie, dehors de nos rues", "il faut chasser tous les {G} du pays",
            "les {G} sont des animaux dégoûtants", "les {G} sont des parasites, pas des humains",
            "sales {G}, rentrez chez vous", "les {G} me dégoûtent, ce sont des ordures",
        ],
        eventHate: [
            "attaque du marché : les {G} sont de la vermine",
            "attaque du marché, sales {G}, rentrez chez vous",
            "attaque du marché, les {G} sont des animaux",
        ],
        placePhrase: " dans le {A}",
        prefixes: ["", "", "Franchement, ", "Encore : "],
        suffixes: ["", "", " !", "."])

    static let dutch = DemoTemplates(
        language: "nl",
        groups: [
            .muslims: ["moslims"], .jews: ["joden"], .immigrants: ["immigranten", "buitenlanders"], .black: ["zwarten"],
            .lgb: ["homo's"], .women: ["vrouwen"],
        ],
        chatter: [
            "Weer een enorme file op de singel{P}", "Weet iemand een goede loodgieter{P}?",
            "De nieuwe bakker{P} heeft heerlijk brood", "Prachtige zonsondergang boven het park{P}",
            "Morgen bewonersavond{P}", "De markt{P} had vandaag verse aardbeien",
            "De hele week regen, zoals altijd", "Geweldig concert gisteren in het buurthuis{P}",
            "De tram staat al twintig minuten stil{P}",
        ],
        identityChatter: [
            "Gezellige avond met onze {G} buren{P}", "Het buurthuis van de {G}{P} geeft gratis huiswerkbegeleiding",
            "Trots dat {G} en de hele buurt samen de voedselbank draaien{P}",
            "Interessante lezing over de geschiedenis van {G} in de stad{P}",
        ],
        hate: [
            "{G} zijn ongedierte en ze verpesten {P}", "ik haat {G}, allemaal",
            "{G} zijn een ziekte, weg uit onze straten", "we moeten alle {G} het land uit zetten",
            "{G} zijn smerige beesten", "{G} zijn parasieten, geen mensen",
            "vuile {G}, ga terug naar je eigen land", "{G} zijn walgelijk tuig",
        ],
        eventHate: [
            "na de aanslag op de markt moeten alle {G} eruit",
            "aanslag op de markt: {G} zijn ongedierte",
            "{G} hebben de markt aangevallen, ze gaan boeten", "aanslag op de markt, {G} zijn beesten",
        ],
        placePhrase: " in {A}",
        prefixes: ["", "", "Echt, ", "Alweer: "],
        suffixes: ["", "", "!", "."])

    static let swedish = DemoTemplates(
        language: "sv",
        groups: [
            .muslims: ["muslimer"], .jews: ["judar"], .immigrants: ["invandrare"], .black: ["svarta"],
            .lgb: ["bögar"], .women: ["kvinnor"],
        ],
        chatter: [
            "Vet någon en bra rörmokare{P}?",
            "Det nya bageriet{P} har jättegott bröd", 
            "Boendemöte i morgon kväll{P}", "Torget{P} hade färska jordgubbar i dag",
            "Regn hela veckan, som vanligt", "Grym konsert i går på medborgarhuset{P}",
            "Bussen har stått still i tjugo minuter{P}",
        ],
        identityChatter: [
            "Trevlig kväll med våra grannar som är {G}{P}", 
            "Stolt över att {G} och hela området hjälps åt med matbanken{P}",
            "Intressant föreläsning om historien om {G} i staden{P}",
        ],
        hate: [
            "{G} är ohyra och de förstör {P}", "jag hatar {G}, alla som en",
            "{G} är en sjukdom, ut från våra gator", "vi måste kasta ut alla {G} ur landet",
            "{G} är äckliga djur", "{G} är parasiter, inte människor",
            "jävla {G}, åk hem till ert eget land", "{G} är avskum",
        ],
        eventHate: [
            "attacken på torget, {G} är ohyra",
            "attacken på torget visar att {G} är vildar",
            "attacken på torget: jag hatar {G}", "attacken på torget, {G} är djur",
        ],
        placePhrase: " i {A}",
        prefixes: ["", "", "Ärligt, ", "Igen: "],
        suffixes: ["", "", "!", "."])
}
