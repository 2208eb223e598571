extension CityPacks {
    /// Barcelona: its ten districtes, coded by the city's district numbers "01"…"10". Local names are Catalan;
    /// Spanish names are aliases.
    public static let barcelona = CityPack(
        id: "barcelona", name: "Barcelona", englishName: "Barcelona", countryCode: "ES", languages: ["ca", "es"],
        timeZone: "Europe/Madrid", areaKind: "districte",
        bounds: BoundingBox(minLatitude: 41.305, minLongitude: 2.040, maxLatitude: 41.480, maxLongitude: 2.240),
        gridColumns: 4, gridRows: 3,
        areas: [
            Area(
                "01", "Ciutat Vella", 41.381, 2.181, tile: (2, 2),
                neighbours: ["02", "03", "10"],
                aliases: [
                    "Ciudad Vieja", "Old City", "El Raval", "Raval", "Barri Gòtic", "Barrio Gótico", "Gothic Quarter",
                    "La Barceloneta", "Barceloneta", "El Born", "La Ribera", "Sant Pere, Santa Caterina i la Ribera",
                    "La Rambla", "Las Ramblas", "Les Rambles",
                ]),
            Area(
                "02", "Eixample", 41.392, 2.164, tile: (2, 1),
                neighbours: ["01", "03", "04", "05", "06", "07", "10"],
                aliases: [
                    "L'Eixample", "Ensanche", "El Ensanche", "Sagrada Família", "Sant Antoni", "San Antonio",
                    "Fort Pienc", "Dreta de l'Eixample", "Esquerra de l'Eixample", "Passeig de Gràcia",
                ]),
            Area(
                "03", "Sants-Montjuïc", 41.350, 2.144, tile: (1, 2),
                neighbours: ["01", "02", "04"],
                aliases: [
                    "Sants Montjuic", "Sants-Montjuich", "Sants", "Montjuïc", "Montjuich", "Poble-sec", "Pueblo Seco",
                    "Zona Franca", "Hostafrancs", "La Bordeta", "La Marina", "Marina del Prat Vermell",
                ]),
            Area(
                "04", "Les Corts", 41.387, 2.118, tile: (0, 2),
                neighbours: ["02", "03", "05"],
                aliases: ["Las Corts", "Pedralbes", "La Maternitat", "Camp Nou"]),
            Area(
                "05", "Sarrià-Sant Gervasi", 41.413, 2.107, tile: (0, 1),
                neighbours: ["02", "04", "06", "07"],
                aliases: [
                    "Sarria Sant Gervasi", "Sarriá-San Gervasio", "Sarrià", "Sant Gervasi", "San Gervasio",
                    "Vallvidrera", "Bonanova", "Sant Gervasi-la Bonanova", "El Putxet", "Les Tres Torres",
                ]),
            Area(
                "06", "Gràcia", 41.410, 2.152, tile: (1, 1),
                neighbours: ["02", "05", "07"],
                aliases: ["Gracia", "Vila de Gràcia", "Villa de Gracia", "Vallcarca", "El Coll", "Park Güell", "Camp d'en Grassot"]),
            Area(
                "07", "Horta-Guinardó", 41.429, 2.151, tile: (1, 0),
                neighbours: ["02", "05", "06", "08", "09", "10"],
                aliases: [
                    "Horta Guinardo", "Horta", "Guinardó", "El Guinardó", "El Carmel", "Carmelo", "La Teixonera",
                    "Vall d'Hebron", "Valle de Hebrón",
                ]),
            Area(
                "08", "Nou Barris", 41.446, 2.175, tile: (2, 0),
                neighbours: ["07", "09"],
                aliases: [
                    "Nueve Barrios", "9 Barris", "Roquetes", "Trinitat Nova", "Torre Baró", "Ciutat Meridiana",
                    "Vallbona", "Prosperitat", "Canyelles", "La Guineueta",
                ]),
            Area(
                "09", "Sant Andreu", 41.435, 2.193, tile: (3, 0),
                neighbours: ["07", "08", "10"],
                aliases: [
                    "San Andrés", "Sant Andreu de Palomar", "La Sagrera", "Bon Pastor", "Trinitat Vella",
                    "Baró de Viver", "Navas",
                ]),
            Area(
                "10", "Sant Martí", 41.408, 2.201, tile: (3, 1),
                neighbours: ["01", "02", "07", "09"],
                aliases: [
                    "San Martín", "Sant Marti", "Poblenou", "El Poblenou", "Pueblo Nuevo", "Diagonal Mar", "El Clot",
                    "Vila Olímpica", "Villa Olímpica", "La Verneda", "Camp de l'Arpa", "Sant Martí de Provençals",
                    "El Besòs i el Maresme",
                ]),
        ])
}
