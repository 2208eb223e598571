/// The kind of a section of a case record.
public enum CaseSectionKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// A vulnerability assessment: structured factors, an ideology category and a narrative.
    case assessment
    /// Family members and their situation.
    case family
    /// Health details (special category data).
    case health
    /// Any other information an agency supplies.
    case information
    /// A decision recorded at a panel meeting.
    case decision

    /// Whether sections of this kind are special category data, restricted to the supplier unless the basis
    /// allows wider sharing.
    public var isSpecialCategory: Bool { self == .health }
}
