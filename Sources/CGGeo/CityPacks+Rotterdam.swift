extension CityPacks {
    /// Rotterdam: its fourteen residential gebieden, with two- or three-letter codes of our own (see docs/geo.md).
    ///
    /// The port and industrial units that CBS counts as separate wijken are not areas of their own: each is folded
    /// into the residential gebied it shares the longest boundary with (Botlek, Europoort and the Maasvlakte into
    /// Rozenburg, on the same bank), and its name is an alias of that gebied, so imports cover the whole city.
    public static let rotterdam = CityPack(
        id: "rotterdam", name: "Rotterdam", englishName: "Rotterdam", countryCode: "NL", languages: ["nl"],
        timeZone: "Europe/Amsterdam", areaKind: "gebied",
        bounds: BoundingBox(minLatitude: 51.830, minLongitude: 3.975, maxLatitude: 52.012, maxLongitude: 4.615),
        gridColumns: 6, gridRows: 3,
        areas: [
            Area(
                "CE", "Centrum", english: "City Centre", 51.916, 4.477, tile: (3, 1),
                neighbours: ["DH", "FN", "KC", "NO"],
                aliases: [
                    "Rotterdam Centrum", "Rotterdam-Centrum", "Stadscentrum", "Centrum Rotterdam", "Stadsdriehoek",
                    "Oude Westen", "Dijkzigt", "Nieuwe Werk", "Coolsingel",
                ]),
            Area(
                "CH", "Charlois", 51.880, 4.475, tile: (3, 2),
                neighbours: ["DH", "FN", "HV", "IJ", "PE"],
                aliases: [
                    "Carnisse", "Tarwewijk", "Oud-Charlois", "Zuidwijk", "Pendrecht", "Wielewaal", "Heijplaat",
                    "Zuidplein", "Waalhaven", "Eemhaven", "Waalhaven-Eemhaven",
                ]),
            Area(
                "DH", "Delfshaven", 51.913, 4.446, tile: (2, 1),
                neighbours: ["CE", "CH", "NO", "OS"],
                aliases: [
                    "Historisch Delfshaven", "Oud-Delfshaven", "Bospolder", "Tussendijken", "Spangen", "Middelland",
                    "Nieuwe Westen", "Oud-Mathenesse", "Witte Dorp", "Schiemond", "Nieuw Mathenesse",
                ]),
            Area(
                "FN", "Feijenoord", 51.899, 4.501, tile: (4, 2),
                neighbours: ["CE", "CH", "IJ", "KC"],
                aliases: [
                    "Feyenoord", "Kop van Zuid", "Katendrecht", "Afrikaanderwijk", "Bloemhof", "Hillesluis", "Vreewijk",
                    "Noordereiland", "Kop van Zuid-Entrepot",
                ]),
            Area(
                "HH", "Hoek van Holland", 51.970, 4.150, tile: (0, 0),
                neighbours: ["RB"],
                aliases: ["Hook of Holland", "HvH"]),
            Area(
                "HS", "Hillegersberg-Schiebroek", 51.958, 4.487, tile: (4, 0),
                neighbours: ["KC", "NO", "OS", "PA"],
                aliases: ["Hillegersberg", "Schiebroek", "Terbregge", "Molenlaankwartier"]),
            Area(
                "HV", "Hoogvliet", 51.862, 4.363, tile: (1, 2),
                neighbours: ["CH", "PE", "RB"],
                aliases: ["Hoogvliet-Noord", "Hoogvliet-Zuid", "Vondelingenplaat"]),
            Area(
                "IJ", "IJsselmonde", 51.888, 4.543, tile: (5, 2),
                neighbours: ["CH", "FN", "KC", "PA"],
                aliases: ["Ijsselmonde", "Ysselmonde", "Lombardijen", "Beverwaard", "Groot-IJsselmonde", "Oud-IJsselmonde"]),
            Area(
                "KC", "Kralingen-Crooswijk", 51.927, 4.516, tile: (4, 1),
                neighbours: ["CE", "FN", "HS", "IJ", "NO", "PA"],
                aliases: ["Kralingen", "Crooswijk", "Rubroek", "Struisenburg", "De Esch", "Kralingse Bos"]),
            Area(
                "NO", "Noord", english: "North", 51.932, 4.464, tile: (3, 0),
                neighbours: ["CE", "DH", "HS", "KC", "OS"],
                aliases: [
                    "Rotterdam-Noord", "Rotterdam Noord", "Oude Noorden", "Agniesebuurt", "Provenierswijk", "Bergpolder",
                    "Liskwartier", "Blijdorp", "Blijdorpsepolder",
                ]),
            Area(
                "OS", "Overschie", 51.952, 4.426, tile: (2, 0),
                neighbours: ["DH", "HS", "NO"],
                aliases: [
                    "Kleinpolder", "Zestienhoven", "Landzicht", "Schieveen", "Bedrijventerrein Schieveen",
                    "Bedrijvenpark Noord-West", "Spaanse Polder", "Rotterdam The Hague Airport",
                ]),
            Area(
                "PA", "Prins Alexander", 51.956, 4.558, tile: (5, 0),
                neighbours: ["HS", "IJ", "KC"],
                aliases: [
                    "Prins Alexanderpolder", "Alexanderpolder", "Ommoord", "Zevenkamp", "Het Lage Land", "Oosterflank",
                    "Nesselande", "Kralingseveer", "Rivium",
                ]),
            Area(
                "PE", "Pernis", 51.888, 4.388, tile: (2, 2),
                neighbours: ["CH", "HV"],
                aliases: []),
            Area(
                "RB", "Rozenburg", 51.916, 4.232, tile: (1, 1),
                neighbours: ["HH", "HV"],
                aliases: ["Botlek", "Europoort", "Maasvlakte", "Maasvlakte 2"]),
        ])
}
