extension CityPacks {
    /// Greater Manchester: its ten metropolitan boroughs, coded by their ONS GSS codes (E08000001…E08000010).
    public static let greaterManchester = CityPack(
        id: "greater-manchester", name: "Greater Manchester", englishName: "Greater Manchester", countryCode: "GB",
        languages: ["en"], timeZone: "Europe/London", areaKind: "metropolitan borough",
        bounds: BoundingBox(minLatitude: 53.315, minLongitude: -2.745, maxLatitude: 53.700, maxLongitude: -1.895),
        gridColumns: 4, gridRows: 3,
        areas: [
            Area(
                "E08000001", "Bolton", 53.579, -2.467, tile: (0, 0),
                neighbours: ["E08000002", "E08000006", "E08000010"],
                aliases: ["Farnworth", "Horwich", "Westhoughton", "Little Lever", "Blackrod"]),
            Area(
                "E08000002", "Bury", 53.588, -2.313, tile: (1, 0),
                neighbours: ["E08000001", "E08000003", "E08000005", "E08000006"],
                aliases: ["Radcliffe", "Prestwich", "Ramsbottom", "Whitefield", "Tottington"]),
            Area(
                "E08000003", "Manchester", 53.452, -2.233, tile: (2, 1),
                neighbours: ["E08000002", "E08000004", "E08000005", "E08000006", "E08000007", "E08000008", "E08000009"],
                aliases: [
                    "City of Manchester", "Manchester city centre", "Manchester City Council", "Moss Side", "Rusholme",
                    "Longsight", "Cheetham Hill", "Wythenshawe", "Didsbury", "Chorlton", "Levenshulme", "Gorton",
                    "Ancoats", "Hulme", "Ardwick", "Fallowfield", "Withington", "Harpurhey", "Moston", "Blackley",
                    "Northern Quarter", "Manchester Airport",
                ]),
            Area(
                "E08000004", "Oldham", 53.552, -2.051, tile: (3, 0),
                neighbours: ["E08000003", "E08000005", "E08000008"],
                aliases: ["Chadderton", "Royton", "Failsworth", "Saddleworth", "Lees", "Glodwick"]),
            Area(
                "E08000005", "Rochdale", 53.617, -2.158, tile: (2, 0),
                neighbours: ["E08000002", "E08000003", "E08000004"],
                aliases: ["Heywood", "Middleton", "Littleborough", "Milnrow", "Wardle"]),
            Area(
                "E08000006", "Salford", 53.490, -2.370, tile: (1, 1),
                neighbours: ["E08000001", "E08000002", "E08000003", "E08000009", "E08000010"],
                aliases: [
                    "City of Salford", "Eccles", "Swinton", "Walkden", "Irlam", "Pendleton", "Broughton", "Worsley",
                    "Salford Quays", "MediaCity", "MediaCityUK",
                ]),
            Area(
                "E08000007", "Stockport", 53.394, -2.128, tile: (2, 2),
                neighbours: ["E08000003", "E08000008"],
                aliases: ["Cheadle", "Bramhall", "Hazel Grove", "Marple", "Reddish", "Edgeley"]),
            Area(
                "E08000008", "Tameside", 53.477, -2.063, tile: (3, 1),
                neighbours: ["E08000003", "E08000004", "E08000007"],
                aliases: [
                    "Ashton-under-Lyne", "Ashton under Lyne", "Ashton", "Hyde", "Stalybridge", "Denton", "Droylsden",
                    "Dukinfield", "Mossley",
                ]),
            Area(
                "E08000009", "Trafford", 53.419, -2.355, tile: (1, 2),
                neighbours: ["E08000003", "E08000006"],
                aliases: ["Altrincham", "Sale", "Stretford", "Urmston", "Old Trafford", "Partington", "Trafford Park"]),
            Area(
                "E08000010", "Wigan", 53.524, -2.590, tile: (0, 1),
                neighbours: ["E08000001", "E08000006"],
                aliases: ["Leigh", "Atherton", "Hindley", "Ashton-in-Makerfield", "Tyldesley", "Golborne", "Standish"]),
        ])
}
