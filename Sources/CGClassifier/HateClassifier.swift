import Foundation

/// Classifies short messages for hate speech: a calibrated score and decision, the type of hate, the targeted
/// groups, the language and the features that drove the decision.
///
/// Scores are meant for aggregate mapping with human review, never for decisions about individuals.
/// The value is immutable and `Sendable`; share one instance across tasks.
public struct HateClassifier: Sendable {
    /// Models by language. Languages without their own model fall back (see ``model(for:)``).
    public let models: [Language: HateModel]
    /// The language identifier used for routing.
    public let identifier: LanguageIdentifier
    /// The model used for each language, by `Language.allCases` index, resolved once.
    let routes: [ModelBox]

    /// Creates a classifier from one model per language; at least one model is required.
    public init(models: [HateModel], identifier: LanguageIdentifier = .shared) throws {
        guard !models.isEmpty else { throw ModelError.missing("no models given") }
        var byLanguage: [Language: HateModel] = [:]
        for m in models { byLanguage[m.header.language] = m }
        self.models = byLanguage
        self.identifier = identifier
        self.routes = Self.makeRoutes(byLanguage)
    }

    /// Creates a classifier from a single model, used for every language.
    public init(model: HateModel) {
        self.models = [model.header.language: model]
        self.identifier = .shared
        self.routes = Self.makeRoutes(models)
    }

    private static func makeRoutes(_ models: [Language: HateModel]) -> [ModelBox] {
        var boxes: [Language: ModelBox] = [:]
        for (l, m) in models { boxes[l] = ModelBox(m) }
        return Language.allCases.map { language in
            let chosen = route(language, available: models)
            return boxes[chosen] ?? ModelBox(models[chosen] ?? models.values.first.unsafelyUnwrapped)
        }
    }

    private static func route(_ language: Language, available models: [Language: HateModel]) -> Language {
        let chain: [Language]
        switch language {
        case .ca: chain = [.ca, .es, .fr, .en]
        case .es: chain = [.es, .ca, .en]
        case .fr: chain = [.fr, .en]
        case .nl: chain = [.nl, .en]
        case .sv: chain = [.sv, .nl, .en]
        case .en, .other: chain = [.en]
        }
        for l in chain where models[l] != nil { return l }
        // Non-empty by construction: the first language in a stable order.
        return models.keys.sorted { $0.rawValue < $1.rawValue }[0]
    }

    /// Loads every `*.cghm` model in `directory`.
    public static func load(directory: URL) throws -> HateClassifier {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "cghm" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !files.isEmpty else { throw ModelError.missing("no .cghm files in \(directory.path)") }
        return try HateClassifier(models: files.map { try HateModel(contentsOf: $0) })
    }

    /// The directory of the models shipped inside the library.
    public static var bundledModelDirectory: URL? {
        Bundle.module.url(forResource: "Models", withExtension: nil)
    }

    /// Loads the models shipped with the library (English, Spanish, French and the first Dutch model).
    public static func loadDefault() throws -> HateClassifier {
        guard let dir = bundledModelDirectory else { throw ModelError.missing("bundled Models directory") }
        return try load(directory: dir)
    }

    /// The model used for `language`: its own, else a related language's (Catalan → Spanish → French,
    /// Swedish → Dutch), else English, else any.
    public func model(for language: Language) -> HateModel {
        box(for: language).model
    }

    @inline(__always)
    func box(for language: Language) -> ModelBox {
        switch language {
        case .en: return routes[0]
        case .es: return routes[1]
        case .ca: return routes[2]
        case .fr: return routes[3]
        case .nl: return routes[4]
        case .sv: return routes[5]
        case .other: return routes[6]
        }
    }

    /// Classifies one message, with an explanation.
    public func classify(_ text: String) -> Classification {
        let session = ClassificationSession(classifier: self)
        return session.classify(text, explain: true)
    }

    /// Classifies many messages reusing one set of buffers; much faster per message than ``classify(_:)``.
    /// - Parameter explain: whether to fill `explanation` (costs a little time per message).
    public func classify(batch texts: some Sequence<String>, explain: Bool = false) -> [Classification] {
        let session = ClassificationSession(classifier: self)
        return texts.map { session.classify($0, explain: explain) }
    }

    /// A reusable, single-task scorer for streaming use (e.g. a CLI reading stdin line by line).
    public func makeSession() -> ClassificationSession { ClassificationSession(classifier: self) }
}
