import CGDomain
import Vapor

/// A hate-incident report as the public sends it (`POST /api/v1/reports`, and the `/report` form after
/// translation). Every field is optional here so that validation can name every problem at once.
public struct ReportSubmission: Content, Sendable, Hashable {
    /// Contact details, given only with consent to be contacted.
    public struct Contact: Content, Sendable, Hashable {
        public var name: String?
        public var email: String?
        public var phone: String?
        public var notes: String?

        public init(name: String? = nil, email: String? = nil, phone: String? = nil, notes: String? = nil) {
            self.name = name
            self.email = email
            self.phone = phone
            self.notes = notes
        }
    }

    public var city: String?
    public var area: String?
    public var latitude: Double?
    public var longitude: Double?
    public var platform: String?
    public var link: String?
    public var type: String?
    public var description: String?
    public var characteristics: [String]?
    public var religion: String?
    public var date: String?
    public var time: String?
    public var reporter: String?
    public var policeReported: Bool?
    public var policeReference: String?
    public var wantsSupport: Bool?
    public var consentToContact: Bool?
    public var consentToReferral: Bool?
    public var contact: Contact?

    public init() {}
}

/// What a reporter gets back: the reference to quote, and the private follow-up link, shown once.
public struct ReportReceipt: Content, Sendable, Hashable {
    public var reference: String
    public var status: String
    /// The secret in the follow-up link. Only its digest is stored.
    public var followUpToken: String
    /// The path of the private follow-up page.
    public var followUpPath: String
}
