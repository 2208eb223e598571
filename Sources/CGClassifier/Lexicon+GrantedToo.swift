extension Lexicon {
    // Words of ``FeatureExtractor/grantsGroupToo(_:language:)``: a group said to be able or allowed to do
    // something too ("Mannen mogen ook huilen", "Los blancos también pueden sufrir discriminación"). Written
    // normalised (lower case, no diacritics).

    /// Modal verbs of ability and permission, plural.
    static let tooModals: [String] = [
        "can", "may", "pueden", "podemos", "peuvent", "kunnen", "mogen", "kan", "far", "poden", "could",
        // 2026-12-01 (fifteenth session): what a group should be able to do like anyone ("Los gays deberían poder
        // adoptar como cualquiera" 0.82).
        "should", "deberian", "devraient", "zouden",
    ]

    /// Words of "too", "also".
    static let tooWords: [String] = [
        "too", "also", "tambien", "aussi", "ook", "ocksa", "aven", "tambe",
        // "… like anyone else", "como cualquiera", "net als iedereen".
        "anyone", "everyone", "anybody", "everybody", "cualquiera", "iedereen",
    ]

    /// Words that make the "too" an order to keep quiet or keep to the kitchen ("Vrouwen mogen ook eens hun mond
    /// houden", "… can stay in the kitchen too").
    static let tooStops: [String] = [
        "mond", "kop", "bek", "zwijgen", "stil", "shut", "quiet", "silent", "callarse", "callar", "callaos",
        "boca", "taire", "silence", "tyst", "kaften", "keuken", "kitchen", "cocina", "cuisine", "kok", "cuina",
    ]

    /// The tables of ``FeatureExtractor/grantsGroupToo(_:language:)``, built once.
    struct GrantedTooTables: Sendable {
        let modals = WordSet(Lexicon.tooModals)
        let too = WordSet(Lexicon.tooWords)
        let stops = WordSet(Lexicon.tooStops)
    }

    static let grantedToo = GrantedTooTables()
}
