/// A model held by reference so that routing a message to it copies nothing.
final class ModelBox: Sendable {
    let model: HateModel
    let plattA: Double
    let plattB: Double
    let threshold: Double
    let violencePlattA: Double
    let violencePlattB: Double
    let violenceThreshold: Double
    let version: String

    init(_ model: HateModel) {
        self.model = model
        plattA = model.header.plattA
        plattB = model.header.plattB
        threshold = model.header.threshold
        violencePlattA = model.header.violencePlattA
        violencePlattB = model.header.violencePlattB
        violenceThreshold = model.header.violenceThreshold
        version = model.header.version
    }
}
