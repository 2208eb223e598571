/// One distinct author of hateful messages in one age band × gender cell: the record behind the cell key of the
/// authors table (``AuthorDemographics``). Read from the stored messages only to compute keys; never shown.
public struct HatefulAuthor: Sendable, Hashable {
    /// The stored author pseudonym (an HMAC with the installation's key).
    public var pseudonym: String
    /// The age band raw value, or ``DemographicKey/unknown``.
    public var ageBand: String
    /// The gender raw value, or ``DemographicKey/unknown``.
    public var gender: String

    /// An author of a cell.
    public init(pseudonym: String, ageBand: String, gender: String) {
        self.pseudonym = pseudonym
        self.ageBand = ageBand
        self.gender = gender
    }
}
