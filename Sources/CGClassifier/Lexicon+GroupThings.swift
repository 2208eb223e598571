extension Lexicon {
    // Words of ``FeatureExtractor/speaksOfGroupThing(_:)``: a group's word as the adjective of a thing — its
    // cooking, music, shops — and not of its people ("De Marokkaanse keuken is heerlijk", "La cocina marroquí es
    // deliciosa"). Written normalised (lower case, no diacritics).

    /// Things a people's adjective names without naming its people: food and cooking, music and arts, shops and
    /// restaurants, feasts, languages' works. Not culture, religion, values or customs: what is said of those is
    /// often said of the people ("De islamitische cultuur is achterlijk"). No word that is another word in one of
    /// our languages: French "thé" is English "the", Spanish "té" French "te", Dutch "eten" also "to eat" ("Die
    /// Chinezen eten honden").
    static let groupThingNouns: [String] = [
        // en
        "food", "cuisine", "cooking", "dishes", "dish", "recipes", "recipe", "restaurant", "restaurants", "shop",
        "shops", "supermarket", "bakery", "music", "songs", "film", "films", "cinema", "literature", "poetry",
        "architecture", "festival", "tea", "coffee", "bread", "market", "takeaway", "novel", "novels",
        // es
        "comida", "cocina", "platos", "plato", "recetas", "receta", "restaurante", "restaurantes", "tienda",
        "tiendas", "supermercado", "panaderia", "musica", "canciones", "cine", "peliculas", "pelicula", "literatura",
        "poesia", "arquitectura", "arte", "mercado", "novela", "novelas",
        // fr
        "nourriture", "cuisine", "plats", "recettes", "recette", "boutique", "boutiques", "epicerie",
        "boulangerie", "musique", "chansons", "litterature", "poesie", "marche",
        // nl
        "keuken", "gerechten", "gerecht", "recepten", "recept", "restaurant", "winkel", "winkels",
        "supermarkt", "bakkerij", "muziek", "liedjes", "film", "films", "literatuur", "poezie", "architectuur",
        "kunst", "koffie", "brood", "markt", "afhaalrestaurant", "toko",
        // Weddings (2026-12-01, fifteenth session, with the Dutch adjectives of origin: "We waren op een Turkse
        // bruiloft" 0.66).
        "bruiloft", "bruiloften", "wedding", "weddings", "boda", "bodas",
        // ca, sv
        "menjar", "cuina", "botiga", "musica", "koket", "restaurangen", "butik", "musiken", "affar",
    ]

    /// The tables of ``FeatureExtractor/speaksOfGroupThing(_:)``, built once.
    struct GroupThingTables: Sendable {
        let nouns = WordSet(Lexicon.groupThingNouns)
    }

    static let groupThings = GroupThingTables()
}
