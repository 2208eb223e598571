/// Builds the OpenAPI 3.1 document from the registered operations.
enum OpenAPIDocument {
    static let errorSchema: JSONValue = [
        "type": "object",
        "required": ["error"],
        "properties": [
            "error": ["type": "string", "description": "What went wrong, in a sentence."],
            "fields": [
                "type": "object", "additionalProperties": ["type": "string"],
                "description": "For invalid input: the reason per field.",
            ],
        ],
    ]

    static func build(_ operations: [APIOperation], version: String) -> JSONValue {
        var paths: [String: JSONValue] = [:]
        for operation in operations {
            var item: [String: JSONValue] = [:]
            if case .object(let existing) = paths[operation.path] ?? .object([:]) { item = existing }
            item[operation.method.rawValue.lowercased()] = describe(operation)
            paths[operation.path] = .object(item)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "CommonGround API",
                "version": .string(version),
                "description":
                    "Hate-incident reporting, online-hate mapping and multi-agency case work for cities. Errors are JSON objects {\"error\", \"fields\"} with a 4xx status.",
            ],
            "servers": [["url": "/"]],
            "paths": .object(paths),
            "components": [
                "schemas": ["Error": errorSchema],
                "securitySchemes": [
                    "bearer": [
                        "type": "http", "scheme": "bearer",
                        "description": "An API token created by an administrator (cgt_…).",
                    ]
                ],
            ],
        ]
    }

    static func describe(_ operation: APIOperation) -> JSONValue {
        var object: [String: JSONValue] = [
            "summary": .string(operation.summary),
            "tags": [.string(operation.tag)],
            "operationId": .string(operationID(operation)),
        ]
        if !operation.parameters.isEmpty {
            object["parameters"] = .array(
                operation.parameters.map { parameter in
                    [
                        "name": .string(parameter.name), "in": .string(parameter.location),
                        "required": .bool(parameter.required), "schema": parameter.schema,
                        "description": .string(parameter.description), "example": parameter.example,
                    ]
                })
        }
        if let schema = operation.requestSchema {
            var media: [String: JSONValue] = ["schema": schema]
            if let example = operation.requestExample { media["example"] = example }
            object["requestBody"] = ["required": true, "content": ["application/json": .object(media)]]
        }
        var responses: [String: JSONValue] = [:]
        for response in operation.responses {
            var entry: [String: JSONValue] = ["description": .string(response.description)]
            if let schema = response.schema {
                var media: [String: JSONValue] = ["schema": schema]
                if let example = response.example { media["example"] = example }
                entry["content"] = .object([response.contentType: .object(media)])
            }
            responses[String(response.status)] = .object(entry)
        }
        for (status, text) in standardErrors(operation) where responses[status] == nil {
            responses[status] = [
                "description": .string(text),
                "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
            ]
        }
        object["responses"] = .object(responses)
        if let permission = operation.permission {
            object["security"] = [["bearer": permission.isEmpty ? [] : [.string(permission)]]]
        }
        return .object(object)
    }

    static func standardErrors(_ operation: APIOperation) -> [(String, String)] {
        var errors: [(String, String)] = []
        if operation.requestSchema != nil {
            errors.append(("400", "The body is not valid JSON or a field has the wrong type."))
            errors.append(("413", "The body is too large."))
            errors.append(("415", "The body is not JSON."))
            errors.append(("422", "A field is invalid; `fields` gives the reason per field."))
        }
        if operation.permission != nil {
            errors.append(("401", "No valid API token."))
            errors.append(("403", "The token lacks the permission or the city."))
        }
        return errors
    }

    static func operationID(_ operation: APIOperation) -> String {
        let words = operation.path.split(separator: "/").filter { $0 != "api" && $0 != "v1" }.map { piece in
            piece.hasPrefix("{") ? "By" + piece.dropFirst().dropLast().capitalized : piece.capitalized
        }
        return operation.method.rawValue.lowercased() + words.joined().replacingOccurrences(of: "-", with: "")
    }
}
