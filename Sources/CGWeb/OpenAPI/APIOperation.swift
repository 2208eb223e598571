import Vapor

/// The documentation of one API operation: registered together with its route, so the OpenAPI document is
/// built from the same list the router uses.
public struct APIOperation: Sendable {
    /// A response the operation can give.
    public struct ResponseDoc: Sendable {
        public var status: Int
        public var description: String
        public var schema: JSONValue?
        public var example: JSONValue?
        public var contentType: String

        public init(
            _ status: Int, _ description: String, schema: JSONValue? = nil, example: JSONValue? = nil,
            contentType: String = "application/json"
        ) {
            self.status = status
            self.description = description
            self.schema = schema
            self.example = example
            self.contentType = contentType
        }
    }

    /// A path or query parameter.
    public struct Parameter: Sendable {
        public var name: String
        public var location: String
        public var required: Bool
        public var schema: JSONValue
        public var description: String
        public var example: JSONValue

        public init(
            _ name: String, in location: String, required: Bool = true, schema: JSONValue = ["type": "string"],
            description: String, example: JSONValue
        ) {
            self.name = name
            self.location = location
            self.required = required
            self.schema = schema
            self.description = description
            self.example = example
        }
    }

    public var method: HTTPMethod
    public var path: String
    public var summary: String
    public var tag: String
    public var parameters: [Parameter]
    public var requestSchema: JSONValue?
    public var requestExample: JSONValue?
    public var responses: [ResponseDoc]
    /// The permission the bearer token needs; nil for public operations.
    public var permission: String?

    public init(
        method: HTTPMethod, path: String, summary: String, tag: String, parameters: [Parameter] = [],
        requestSchema: JSONValue? = nil, requestExample: JSONValue? = nil, responses: [ResponseDoc],
        permission: String? = nil
    ) {
        self.method = method
        self.path = path
        self.summary = summary
        self.tag = tag
        self.parameters = parameters
        self.requestSchema = requestSchema
        self.requestExample = requestExample
        self.responses = responses
        self.permission = permission
    }
}

/// Collects operations while routes are registered.
final class APIRegistry: @unchecked Sendable {
    // Filled only during configuration, on one thread, then read.
    private(set) var operations: [APIOperation] = []

    func add(_ operation: APIOperation) { operations.append(operation) }
}

struct APIRegistryKey: StorageKey {
    typealias Value = APIRegistry
}

extension Application {
    var apiRegistry: APIRegistry {
        if let registry = storage[APIRegistryKey.self] { return registry }
        let registry = APIRegistry()
        storage[APIRegistryKey.self] = registry
        return registry
    }
}

extension RoutesBuilder {
    /// Registers a route from its documentation, so the router and the OpenAPI document share one path.
    /// `operation.path` is the full OpenAPI path, e.g. `/api/v1/cities/{city}`.
    @discardableResult
    func documented<R: AsyncResponseEncodable>(
        _ app: Application, _ operation: APIOperation,
        use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route {
        app.apiRegistry.add(operation)
        return on(operation.method, APIOperation.vaporPath(operation.path), use: handler)
    }
}

extension APIOperation {
    /// `/api/v1/cities/{city}` as Vapor path components.
    static func vaporPath(_ path: String) -> [PathComponent] {
        path.split(separator: "/").map { piece -> PathComponent in
            if piece.hasPrefix("{") && piece.hasSuffix("}") {
                return .parameter(String(piece.dropFirst().dropLast()))
            }
            return .constant(String(piece))
        }
    }

    /// Vapor's path back in OpenAPI form.
    static func openAPIPath(_ components: [PathComponent]) -> String {
        "/" + components.map { component -> String in
            if case .parameter(let name) = component { return "{\(name)}" }
            return component.description
        }.joined(separator: "/")
    }
}
