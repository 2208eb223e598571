extension CityPacks {
    /// Stockholm: its thirteen stadsdelsområden (since the 2020 reform), with two- or three-letter codes of our own
    /// (see docs/geo.md). Every stadsdel (117 in the city's open data) is an alias of the stadsdelsområde it
    /// belongs to, so files of stadsdelar import many-to-one.
    public static let stockholm = CityPack(
        id: "stockholm", name: "Stockholm", englishName: "Stockholm", countryCode: "SE", languages: ["sv"],
        timeZone: "Europe/Stockholm", areaKind: "stadsdelsområde",
        bounds: BoundingBox(minLatitude: 59.215, minLongitude: 17.745, maxLatitude: 59.452, maxLongitude: 18.215),
        gridColumns: 5, gridRows: 5,
        areas: [
            Area(
                "BR", "Bromma", 59.341, 17.936, tile: (1, 2),
                neighbours: ["HA", "HV", "KH", "ST"],
                aliases: [
                    "Abrahamsberg", "Alvik", "Beckomberga", "Blackeberg", "Bromma kyrka", "Bällsta", "Eneby",
                    "Höglandet", "Mariehäll", "Nockeby", "Nockebyhov", "Norra Ängby", "Olovslund", "Riksby",
                    "Smedslätten", "Stora Mossen", "Södra Ängby", "Traneberg", "Ulvsunda", "Ulvsunda industriområde",
                    "Ulvsunda industriomr", "Äppelviken", "Åkeshov", "Åkeslund", "Ålsten", "Bromma flygplats",
                    "Brommaplan", "Brommas",
                ]),
            Area(
                "EAV", "Enskede-Årsta-Vantör", 59.278, 18.053, tile: (3, 4),
                neighbours: ["FA", "HA", "SK", "SO"],
                aliases: [
                    "Enskede Årsta Vantör", "Enskede", "Vantör", "Bandhagen", "Enskede gård", "Enskededalen",
                    "Enskedefältet", "Gamla Enskede", "Hagsätra", "Högdalen", "Johanneshov", "Rågsved", "Stureby",
                    "Årsta", "Örby", "Östberga", "Globen",
                ]),
            Area(
                "FA", "Farsta", 59.252, 18.092, tile: (4, 4),
                neighbours: ["EAV", "SK"],
                aliases: [
                    "Fagersjö", "Farsta strand", "Farstanäset", "Gubbängen", "Hökarängen", "Larsboda", "Sköndal",
                    "Svedmyra", "Tallkrogen",
                ]),
            Area(
                "HA", "Hägersten-Älvsjö", 59.292, 17.990, tile: (2, 3),
                neighbours: ["BR", "EAV", "KH", "SH", "SO"],
                aliases: [
                    "Hägersten Älvsjö", "Hägersten-Liljeholmen", "Aspudden", "Fruängen", "Gröndal", "Herrängen",
                    "Hägersten", "Hägerstensåsen", "Liljeholmen", "Liseberg", "Långbro", "Långsjö", "Midsommarkransen",
                    "Mälarhöjden", "Solberga", "Västberga", "Västertorp", "Älvsjö", "Örby slott",
                ]),
            Area(
                "HV", "Hässelby-Vällingby", 59.372, 17.833, tile: (0, 1),
                neighbours: ["BR", "ST"],
                aliases: [
                    "Hässelby Vällingby", "Hässelby", "Grimsta", "Hässelby gård", "Hässelby strand",
                    "Hässelby villastad", "Kälvesta", "Nälsta", "Råcksta", "Vinsta", "Vällingby",
                ]),
            Area(
                "KH", "Kungsholmen", 59.329, 18.015, tile: (2, 2),
                neighbours: ["BR", "HA", "NM", "SO"],
                aliases: [
                    "Fredhäll", "Kristineberg", "Lilla Essingen", "Marieberg", "Stadshagen", "Stora Essingen",
                    "Essingeöarna", "Fridhemsplan", "Thorildsplan", "Kungsholmstorg", "Kungsholmens",
                ]),
            Area(
                "NM", "Norrmalm", 59.340, 18.052, tile: (3, 2),
                neighbours: ["KH", "OM", "SO"],
                aliases: [
                    "Vasastaden", "Vasastan", "Sveavägen", "Stockholms central", "T-Centralen", "Sergels torg",
                    "Odenplan", "Hötorget", "Sankt Eriksplan", "S:t Eriksplan", "Norrmalmstorg", "Kungsträdgården",
                    "Norrmalms", "Vasastans",
                ]),
            Area(
                "OM", "Östermalm", 59.345, 18.099, tile: (4, 2),
                neighbours: ["NM", "SO"],
                aliases: [
                    "Djurgården", "Hjorthagen", "Ladugårdsgärdet", "Gärdet", "Norra Djurgården",
                    "Norra Djurgårdsstaden", "Stureplan", "Karlaplan", "Östermalmstorg", "Lärkstaden", "Östermalms",
                ]),
            Area(
                "RK", "Rinkeby-Kista", 59.409, 17.921, tile: (1, 0),
                neighbours: ["ST"],
                aliases: ["Rinkeby Kista", "Akalla", "Hansta", "Husby", "Kista", "Rinkeby"]),
            Area(
                "SH", "Skärholmen", 59.285, 17.906, tile: (1, 3),
                neighbours: ["HA"],
                aliases: ["Bredäng", "Sätra", "Vårberg", "Skärholmens"]),
            Area(
                "SK", "Skarpnäck", 59.264, 18.142, tile: (4, 3),
                neighbours: ["EAV", "FA", "SO"],
                aliases: [
                    "Bagarmossen", "Björkhagen", "Flaten", "Hammarbyhöjden", "Kärrtorp", "Orhem", "Skarpnäcks gård",
                    "Skarpnäcksfältet", "Skrubba",
                ]),
            Area(
                "SO", "Södermalm", 59.315, 18.069, tile: (3, 3),
                neighbours: ["EAV", "HA", "KH", "NM", "OM", "SK"],
                aliases: [
                    "Söder", "Gamla stan", "Old Town", "Långholmen", "Reimersholme", "Riddarholmen", "Skeppsholmen",
                    "Södra Hammarbyhamnen", "Hammarby sjöstad", "Slussen", "Hornstull", "Medborgarplatsen", "Mariatorget",
                    "Skanstull", "Zinkensdamm", "SoFo", "Södermalms",
                ]),
            Area(
                "ST", "Spånga-Tensta", 59.383, 17.899, tile: (1, 1),
                neighbours: ["BR", "HV", "RK"],
                aliases: ["Spånga Tensta", "Spånga", "Bromsten", "Flysta", "Lunda", "Solhem", "Sundby", "Tensta", "Hjulsta"]),
        ])
}
