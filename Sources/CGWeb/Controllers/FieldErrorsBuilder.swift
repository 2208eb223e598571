import CGDomain
import Vapor

/// Reads query parameters while collecting a reason for each bad one, so a request with three problems
/// hears about all three.
struct FieldErrorsBuilder {
    var errors = FieldErrors()

    mutating func double(_ request: Request, _ name: String, range: ClosedRange<Double>) -> Double? {
        guard let raw = request.query[String.self, at: name], !raw.isEmpty else {
            errors.add(name, "is required")
            return nil
        }
        guard let value = Double(raw), value.isFinite else {
            errors.add(name, "must be a number")
            return nil
        }
        guard range.contains(value) else {
            errors.add(name, "must be between \(range.lowerBound) and \(range.upperBound)")
            return nil
        }
        return value
    }

    func finish() throws { try errors.throwIfAny() }
}
