import CGDomain
import CGGeo
import Foundation

/// A report that passed validation: typed, trimmed and within every limit.
struct ValidatedReport: Sendable, Hashable {
    var city: String
    var areaCode: String
    var location: GeoPoint?
    var platform: OnlinePlatform?
    var link: String?
    var type: IncidentType
    var description: String
    var characteristics: [TargetedCharacteristic]
    var religion: ReligionGroup?
    var date: String
    var time: String?
    var day: Int
    var month: String
    var reporter: ReporterRole
    var policeReported: Bool
    var policeReference: String?
    var wantsSupport: Bool
    var consentToContact: Bool
    var consentToReferral: Bool
    var contact: ReportSubmission.Contact?

    /// A canonical digest of the report's content, to tell a retry from a different report under the same
    /// idempotency key.
    var contentDigest: String {
        let parts: [String] = [
            city, areaCode, location.map { "\($0.latitude),\($0.longitude)" } ?? "", platform?.rawValue ?? "",
            link ?? "", type.rawValue, description, characteristics.map(\.rawValue).joined(separator: ","),
            religion?.rawValue ?? "", date, time ?? "", reporter.rawValue, String(policeReported),
            policeReference ?? "", String(wantsSupport), String(consentToContact), String(consentToReferral),
            contact?.name ?? "", contact?.email ?? "", contact?.phone ?? "", contact?.notes ?? "",
        ]
        // Length-prefixed so that no two different reports join to the same text.
        return parts.map { "\($0.utf8.count):\($0)" }.joined()
    }
}
