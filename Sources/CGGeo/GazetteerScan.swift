/// The area names and aliases a text holds before its language is weighed: what ``Gazetteer/scan(_:)`` finds once,
/// for ``Gazetteer/matches(in:language:)``, ``Gazetteer/masked(_:language:)`` and
/// ``Gazetteer/bestMatch(in:language:)`` to read with whatever language each needs.
///
/// Ingest masks a message's places with the language the message declares and places it with the language the
/// classifier then identified; only a one-word name that is a common word of a language depends on which, so the
/// folding, the tokens and the walk through the names are done once. A scan belongs to the gazetteer that made it.
public struct GazetteerScan: Sendable {
    /// A phrase found, with what its language decides: for a one-word name, the folded word (a common word of the
    /// text's language needs a capital letter, and then counts for 0.4) and whether it was written capitalised.
    struct Found: Sendable {
        var match: GazetteerMatch
        /// The folded word of a one-word name; nil for longer phrases, which no language's common words affect.
        var word: String?
        var capitalised: Bool
    }

    /// The text scanned.
    public let text: String
    /// The phrases found, in the order they appear, none overlapping.
    let found: [Found]
}
