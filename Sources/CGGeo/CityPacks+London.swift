extension CityPacks {
    /// London: the 32 London boroughs and the City of London, coded by their ONS GSS codes (E09000001…E09000033).
    /// Tile positions follow the London Squared layout by After the Flood Ltd (see NOTICE).
    public static let london = CityPack(
        id: "london", name: "London", englishName: "London", countryCode: "GB", languages: ["en"],
        timeZone: "Europe/London", areaKind: "borough",
        bounds: BoundingBox(minLatitude: 51.275, minLongitude: -0.525, maxLatitude: 51.705, maxLongitude: 0.345),
        gridColumns: 8, gridRows: 7,
        areas: [
            Area(
                "E09000001", "City of London", 51.514, -0.092, tile: (4, 3),
                neighbours: ["E09000007", "E09000012", "E09000019", "E09000022", "E09000028", "E09000030", "E09000033"],
                aliases: ["The City of London", "Square Mile", "City of London Corporation", "Corporation of London", "Barbican"]),
            Area(
                "E09000002", "Barking and Dagenham", 51.544, 0.133, tile: (7, 3),
                neighbours: ["E09000004", "E09000011", "E09000016", "E09000025", "E09000026"],
                aliases: ["Barking & Dagenham", "B&D", "LBBD", "Barking", "Dagenham", "Becontree"]),
            Area(
                "E09000003", "Barnet", 51.616, -0.210, tile: (3, 1),
                neighbours: ["E09000005", "E09000007", "E09000010", "E09000014", "E09000015"],
                aliases: ["Golders Green", "Hendon", "Finchley", "Chipping Barnet", "High Barnet", "Colindale", "Mill Hill"]),
            Area(
                "E09000004", "Bexley", 51.461, 0.142, tile: (7, 4),
                neighbours: ["E09000002", "E09000006", "E09000011", "E09000016"],
                aliases: ["Bexleyheath", "Sidcup", "Erith", "Welling"]),
            Area(
                "E09000005", "Brent", 51.559, -0.268, tile: (2, 2),
                neighbours: ["E09000003", "E09000007", "E09000009", "E09000013", "E09000015", "E09000020", "E09000033"],
                aliases: ["Wembley", "Willesden", "Harlesden", "Neasden", "Stonebridge"]),
            Area(
                "E09000006", "Bromley", 51.372, 0.052, tile: (5, 5),
                neighbours: ["E09000004", "E09000008", "E09000011", "E09000023", "E09000028"],
                aliases: ["Orpington", "Beckenham", "Penge", "Chislehurst", "Biggin Hill"]),
            Area(
                "E09000007", "Camden", 51.546, -0.157, tile: (3, 2),
                neighbours: ["E09000001", "E09000003", "E09000005", "E09000014", "E09000019", "E09000033"],
                aliases: [
                    "Camden Town", "Hampstead", "Holborn", "Kentish Town", "Bloomsbury", "Euston", "Swiss Cottage",
                    "Gospel Oak",
                ]),
            Area(
                "E09000008", "Croydon", 51.355, -0.087, tile: (4, 5),
                neighbours: ["E09000006", "E09000022", "E09000024", "E09000029"],
                aliases: ["Croyden", "Thornton Heath", "Purley", "Coulsdon", "New Addington"]),
            Area(
                "E09000009", "Ealing", 51.522, -0.331, tile: (1, 2),
                neighbours: ["E09000005", "E09000013", "E09000015", "E09000017", "E09000018"],
                aliases: ["Southall", "Acton", "Hanwell", "Greenford", "Northolt"]),
            Area(
                "E09000010", "Enfield", 51.651, -0.087, tile: (4, 0),
                neighbours: ["E09000003", "E09000014", "E09000031"],
                aliases: ["Edmonton", "Ponders End", "Southgate", "Enfield Town", "Palmers Green"]),
            Area(
                "E09000011", "Greenwich", 51.474, 0.056, tile: (6, 4),
                neighbours: ["E09000002", "E09000004", "E09000006", "E09000023", "E09000025", "E09000030"],
                aliases: [
                    "Royal Borough of Greenwich", "Greenwhich", "Woolwich", "Eltham", "Charlton", "Plumstead",
                    "North Greenwich",
                ]),
            Area(
                "E09000012", "Hackney", 51.552, -0.063, tile: (5, 2),
                neighbours: ["E09000001", "E09000014", "E09000019", "E09000025", "E09000030", "E09000031"],
                aliases: [
                    "Hackny", "Dalston", "Stoke Newington", "Stamford Hill", "Homerton", "Hoxton", "Clapton", "Shoreditch",
                    "London Fields",
                ]),
            Area(
                "E09000013", "Hammersmith and Fulham", 51.495, -0.221, tile: (1, 3),
                neighbours: ["E09000005", "E09000009", "E09000018", "E09000020", "E09000027", "E09000032"],
                aliases: [
                    "Hammersmith & Fulham", "H&F", "LBHF", "Hammersmith", "Fulham", "Shepherd's Bush", "White City",
                ]),
            Area(
                "E09000014", "Haringey", 51.590, -0.107, tile: (4, 1),
                neighbours: ["E09000003", "E09000007", "E09000010", "E09000012", "E09000019", "E09000031"],
                aliases: [
                    "Haringay", "Harringay", "Tottenham", "Wood Green", "Hornsey", "Muswell Hill", "Crouch End",
                    "Seven Sisters",
                ]),
            Area(
                "E09000015", "Harrow", 51.598, -0.341, tile: (2, 1),
                neighbours: ["E09000003", "E09000005", "E09000009", "E09000017"],
                aliases: ["Wealdstone", "Pinner", "Stanmore", "Harrow on the Hill", "Rayners Lane"]),
            Area(
                "E09000016", "Havering", 51.563, 0.220, tile: (7, 2),
                neighbours: ["E09000002", "E09000004", "E09000026"],
                aliases: ["Romford", "Hornchurch", "Upminster", "Rainham", "Harold Hill"]),
            Area(
                "E09000017", "Hillingdon", 51.542, -0.446, tile: (0, 2),
                neighbours: ["E09000009", "E09000015", "E09000018"],
                aliases: ["Uxbridge", "Heathrow", "Ruislip", "West Drayton", "Northwood"]),
            Area(
                "E09000018", "Hounslow", 51.468, -0.366, tile: (0, 3),
                neighbours: ["E09000009", "E09000013", "E09000017", "E09000027"],
                aliases: ["Feltham", "Brentford", "Chiswick", "Isleworth"]),
            Area(
                "E09000019", "Islington", 51.548, -0.110, tile: (4, 2),
                neighbours: ["E09000001", "E09000007", "E09000012", "E09000014"],
                aliases: ["Holloway", "Highbury", "Archway", "Clerkenwell", "Finsbury", "Angel", "Upper Street", "Canonbury"]),
            Area(
                "E09000020", "Kensington and Chelsea", 51.501, -0.192, tile: (2, 3),
                neighbours: ["E09000005", "E09000013", "E09000032", "E09000033"],
                aliases: [
                    "Kensington & Chelsea", "K&C", "RBKC", "Royal Borough of Kensington and Chelsea", "Kensington",
                    "Chelsea", "Notting Hill", "North Kensington", "South Kensington",
                ]),
            Area(
                "E09000021", "Kingston upon Thames", 51.388, -0.287, tile: (2, 5),
                neighbours: ["E09000024", "E09000027", "E09000029", "E09000032"],
                aliases: ["Kingston", "Kingston-upon-Thames", "Royal Borough of Kingston", "Surbiton", "New Malden", "Chessington"]),
            Area(
                "E09000022", "Lambeth", 51.454, -0.118, tile: (3, 4),
                neighbours: ["E09000001", "E09000008", "E09000024", "E09000028", "E09000032", "E09000033"],
                aliases: ["Brixton", "Streatham", "Vauxhall", "Stockwell", "Kennington", "Waterloo", "West Norwood"]),
            Area(
                "E09000023", "Lewisham", 51.448, -0.020, tile: (5, 4),
                neighbours: ["E09000006", "E09000011", "E09000028", "E09000030"],
                aliases: ["Lewsiham", "Catford", "Deptford", "New Cross", "Sydenham", "Brockley", "Forest Hill"]),
            Area(
                "E09000024", "Merton", 51.410, -0.197, tile: (3, 5),
                neighbours: ["E09000008", "E09000021", "E09000022", "E09000029", "E09000032"],
                aliases: ["Wimbledon", "Mitcham", "Morden", "Colliers Wood", "Raynes Park"]),
            Area(
                "E09000025", "Newham", 51.527, 0.038, tile: (6, 3),
                neighbours: ["E09000002", "E09000011", "E09000012", "E09000026", "E09000030", "E09000031"],
                aliases: ["Newnham", "Stratford", "East Ham", "West Ham", "Forest Gate", "Plaistow", "Canning Town", "Beckton", "Royal Docks"]),
            Area(
                "E09000026", "Redbridge", 51.586, 0.076, tile: (6, 2),
                neighbours: ["E09000002", "E09000016", "E09000025", "E09000031"],
                aliases: ["Ilford", "Woodford", "Wanstead", "Gants Hill", "Seven Kings"]),
            Area(
                "E09000027", "Richmond upon Thames", 51.443, -0.312, tile: (1, 4),
                neighbours: ["E09000013", "E09000018", "E09000021", "E09000032"],
                aliases: ["Richmond", "Richmond-upon-Thames", "Twickenham", "Teddington", "Barnes"]),
            Area(
                "E09000028", "Southwark", 51.474, -0.074, tile: (4, 4),
                neighbours: ["E09000001", "E09000006", "E09000022", "E09000023", "E09000030"],
                aliases: [
                    "Southwalk", "Southwork", "Peckham", "Camberwell", "Bermondsey", "Rotherhithe",
                    "Elephant and Castle", "Dulwich", "Walworth", "Borough Market", "London Bridge",
                ]),
            Area(
                "E09000029", "Sutton", 51.362, -0.178, tile: (3, 6),
                neighbours: ["E09000008", "E09000021", "E09000024"],
                aliases: ["Cheam", "Carshalton", "Wallington"]),
            Area(
                "E09000030", "Tower Hamlets", 51.516, -0.035, tile: (5, 3),
                neighbours: ["E09000001", "E09000011", "E09000012", "E09000023", "E09000025", "E09000028"],
                aliases: [
                    "T. Hamlets", "LBTH", "Tower Hamlet", "Towerhamlets", "Whitechapel", "Bethnal Green", "Brick Lane",
                    "Stepney", "Poplar", "Bow", "Canary Wharf", "Isle of Dogs", "Limehouse", "Wapping", "Mile End",
                    "Spitalfields", "Shadwell",
                ]),
            Area(
                "E09000031", "Waltham Forest", 51.594, -0.013, tile: (5, 1),
                neighbours: ["E09000010", "E09000012", "E09000014", "E09000025", "E09000026"],
                aliases: ["Waltham Forrest", "Walthamstow", "Leyton", "Leytonstone", "Chingford"]),
            Area(
                "E09000032", "Wandsworth", 51.452, -0.186, tile: (2, 4),
                neighbours: ["E09000013", "E09000020", "E09000021", "E09000022", "E09000024", "E09000027", "E09000033"],
                aliases: ["Battersea", "Tooting", "Putney", "Balham", "Earlsfield", "Roehampton", "Nine Elms", "Clapham Junction"]),
            Area(
                "E09000033", "Westminster", 51.513, -0.160, tile: (3, 3),
                neighbours: ["E09000001", "E09000005", "E09000007", "E09000020", "E09000022", "E09000032"],
                aliases: [
                    "City of Westminster", "Westminister", "Soho", "Mayfair", "Marylebone", "Paddington", "Pimlico",
                    "Belgravia", "St John's Wood", "Maida Vale", "Bayswater", "Trafalgar Square", "Leicester Square",
                    "Oxford Street",
                ]),
        ])
}
