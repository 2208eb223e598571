extension CityPacks {
    /// Paris: its twenty arrondissements, coded by their INSEE codes 75101…75120. Ordinal forms ("18e",
    /// "18ème arrondissement", "XVIIIe", "Paris 18", "Paris 18ème", "Paris XVIIIe", the postcode "75018") and the
    /// official names are aliases.
    public static let paris = CityPack(
        id: "paris", name: "Paris", englishName: "Paris", countryCode: "FR", languages: ["fr"],
        timeZone: "Europe/Paris", areaKind: "arrondissement",
        bounds: BoundingBox(minLatitude: 48.805, minLongitude: 2.214, maxLatitude: 48.912, maxLongitude: 2.480),
        gridColumns: 5, gridRows: 5,
        areas: [
            arrondissement(
                1, "Louvre", 48.863, 2.336, tile: (1, 2), neighbours: [2, 3, 4, 6, 7, 8, 9],
                places: ["Les Halles", "Châtelet", "Palais-Royal", "Tuileries"]),
            arrondissement(
                2, "Bourse", 48.868, 2.343, tile: (2, 2), neighbours: [1, 3, 9, 10],
                places: ["Sentier", "Montorgueil"]),
            arrondissement(
                3, "Temple", 48.863, 2.360, tile: (3, 2), neighbours: [1, 2, 4, 10, 11],
                places: ["Haut-Marais", "Arts-et-Métiers"]),
            arrondissement(
                4, "Hôtel-de-Ville", 48.854, 2.358, tile: (3, 3), neighbours: [1, 3, 5, 11, 12],
                places: ["Île Saint-Louis", "Beaubourg"]),
            arrondissement(
                5, "Panthéon", 48.844, 2.351, tile: (2, 3), neighbours: [4, 6, 12, 13, 14],
                places: ["Quartier latin", "Latin Quarter", "Mouffetard", "Jussieu"]),
            arrondissement(
                6, "Luxembourg", 48.849, 2.333, tile: (1, 3), neighbours: [1, 5, 7, 14, 15],
                places: ["Jardin du Luxembourg", "Saint-Germain-des-Prés", "Odéon", "Saint-Sulpice"]),
            arrondissement(
                7, "Palais-Bourbon", 48.856, 2.312, tile: (0, 2), neighbours: [1, 6, 8, 15, 16],
                places: ["Tour Eiffel", "Eiffel Tower", "Invalides", "Gros-Caillou"]),
            arrondissement(
                8, "Élysée", 48.873, 2.313, tile: (1, 1), neighbours: [1, 7, 9, 16, 17],
                places: ["Champs-Élysées", "Madeleine", "Saint-Lazare", "Monceau"]),
            arrondissement(
                9, "Opéra", 48.877, 2.337, tile: (2, 1), neighbours: [1, 2, 8, 10, 18],
                places: ["Chaussée-d'Antin", "Faubourg-Montmartre"]),
            arrondissement(
                10, "Entrepôt", 48.876, 2.361, tile: (3, 1), neighbours: [2, 3, 9, 11, 18, 19],
                places: ["Gare du Nord", "Gare de l'Est", "Canal Saint-Martin", "Château-d'Eau"]),
            arrondissement(
                11, "Popincourt", 48.859, 2.380, tile: (4, 2), neighbours: [3, 4, 10, 12, 20],
                places: ["Oberkampf", "Folie-Méricourt", "Roquette"]),
            arrondissement(
                12, "Reuilly", 48.835, 2.421, tile: (4, 3), neighbours: [4, 5, 11, 13, 20],
                places: ["Bercy", "Gare de Lyon", "Bois de Vincennes", "Picpus"]),
            arrondissement(
                13, "Gobelins", 48.828, 2.362, tile: (2, 4), neighbours: [5, 12, 14],
                places: ["Butte-aux-Cailles", "Place d'Italie", "Paris Rive Gauche"]),
            arrondissement(
                14, "Observatoire", 48.829, 2.327, tile: (1, 4), neighbours: [5, 6, 13, 15],
                places: ["Denfert-Rochereau", "Alésia", "Plaisance"]),
            arrondissement(
                15, "Vaugirard", 48.840, 2.293, tile: (0, 3), neighbours: [6, 7, 14, 16],
                places: ["Grenelle", "Javel", "Beaugrenelle"]),
            arrondissement(
                16, "Passy", 48.860, 2.262, tile: (0, 1), neighbours: [7, 8, 15, 17],
                places: ["Auteuil", "Trocadéro", "Bois de Boulogne", "Seizième"]),
            arrondissement(
                17, "Batignolles-Monceau", 48.887, 2.307, tile: (1, 0), neighbours: [8, 16, 18],
                places: ["Batignolles", "Épinettes"]),
            arrondissement(
                18, "Buttes-Montmartre", 48.893, 2.348, tile: (2, 0), neighbours: [9, 10, 17, 19],
                places: ["Montmartre", "Goutte d'Or", "Barbès", "Sacré-Cœur"]),
            arrondissement(
                19, "Buttes-Chaumont", 48.887, 2.385, tile: (3, 0), neighbours: [10, 18, 20],
                places: ["La Villette", "Parc des Buttes-Chaumont"]),
            arrondissement(
                20, "Ménilmontant", 48.863, 2.401, tile: (4, 1), neighbours: [11, 12, 19],
                places: ["Père-Lachaise", "Gambetta", "Saint-Fargeau"]),
        ])

    /// One arrondissement: INSEE code 751nn, names and the ordinal aliases built from its number.
    private static func arrondissement(
        _ number: Int, _ officialName: String, _ latitude: Double, _ longitude: Double, tile: (Int, Int),
        neighbours: [Int], places: [String]
    ) -> Area {
        let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                     "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"][number - 1]
        let twoDigits = number < 10 ? "0\(number)" : "\(number)"
        let french = number == 1 ? "1er" : "\(number)e"
        let frenchLong = number == 1 ? "1er" : "\(number)ème"
        let romanOrdinal = number == 1 ? "Ier" : "\(roman)e"
        let englishSuffix = switch number {
        case 1: "st"
        case 2: "nd"
        case 3: "rd"
        default: "th"
        }
        let aliases = [
            officialName, french, frenchLong, romanOrdinal,
            "\(frenchLong) arrondissement", "\(romanOrdinal) arrondissement", "\(frenchLong) Ardt",
            "Paris \(number)", "Paris \(french)", "Paris \(twoDigits)", "750\(twoDigits)",
            "\(french) – \(officialName)",
            "Paris \(romanOrdinal)",
        ] + (number == 1 ? ["1e", "1ère", "1re", "1e arrondissement", "1ère arrondissement"] : [])  // as people write the first
            // "Paris 16ème" as surely as "Paris 16e" (the first's long form is "1er", listed above).
            + (number == 1 ? [] : ["Paris \(frenchLong)"])
        return Area(
            code: "751\(twoDigits)", localName: "\(french) arrondissement",
            englishName: "\(number)\(englishSuffix) arrondissement",
            centroid: GeoPoint(latitude: latitude, longitude: longitude),
            tile: TilePosition(column: tile.0, row: tile.1),
            neighbours: neighbours.map { $0 < 10 ? "7510\($0)" : "751\($0)" },
            aliases: aliases + places)
    }
}
