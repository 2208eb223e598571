extension Lexicon {
    /// The names of our cities, as their own and our other languages write them (normalised). The tokeniser
    /// drops them like mentions and links: a city's name says where a message was written, not whether it is
    /// hateful. Our synthetic training sentences name cities only in neutral sentences ("many {G} live in
    /// Stockholm"), so the models learned the names' letters as evidence against hate, and in a city's own
    /// stream, where hateful messages name the city as often as any others, "I hate Jews, they ruin Stockholm"
    /// scored 0.16 where "I hate Jews" scored 0.91.
    static let placeNames = [
        "barcelona", "barcelone", "bcn", "london", "londres", "londen", "londra", "manchester", "paris", "parijs",
        "rotterdam", "roterdam", "stockholm", "estocolmo", "estocolm",
    ]

    /// Whether packed word information (``info(_:)``) is a city's name (see ``placeNames``): the place bit
    /// without a group (a place of a faith carries its group).
    @inline(__always)
    static func isCityName(_ info: UInt32) -> Bool { info & (placeBit | groupMask) == placeBit }
}
