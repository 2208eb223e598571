/// Who may see a section of a case: every user of the panel's member agencies, or only the supplying agency.
///
/// Health details are shared beyond the supplier only on consent or to protect vital interests; a legal duty
/// or a public task does not reach special category data. Any other section is shared unless the supplier
/// restricts it, and a restriction yields to vital interests.
public enum SectionSharing {
    /// Whether a section is restricted to its supplying agency.
    public static func isRestricted(kind: CaseSectionKind, basis: LegalBasis, supplierRestricts: Bool) -> Bool {
        if basis == .vitalInterests { return false }
        if kind.isSpecialCategory { return basis != .consent || supplierRestricts }
        return supplierRestricts
    }

    /// Whether a user of `viewerAgency` may see a section supplied by `supplier`.
    public static func mayView<ID: Equatable>(restricted: Bool, supplier: ID, viewerAgency: ID?) -> Bool {
        !restricted || viewerAgency == supplier
    }
}
