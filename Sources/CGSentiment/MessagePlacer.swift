import CGGeo

/// Where a message was placed, how, and how sure the placement is.
public struct Placement: Sendable, Codable, Hashable {
    /// The evidence that placed the message.
    public enum Method: String, Sendable, Codable, Hashable, CaseIterable {
        /// The message's coordinates, inside the city.
        case coordinates
        /// The author-declared location, through the gazetteer.
        case declaredLocation
        /// A place name in the message text, through the gazetteer.
        case textMention
        /// Not placed: no usable evidence, or ambiguous evidence.
        case none
    }

    /// The area code, or nil when the message is unplaced.
    public var areaCode: String?
    /// The evidence used.
    public var method: Method
    /// How sure the placement is, 0…1 (0 when unplaced).
    public var confidence: Double

    /// Creates a placement.
    public init(areaCode: String?, method: Method, confidence: Double) {
        self.areaCode = areaCode
        self.method = method
        self.confidence = confidence
    }

    /// The unplaced placement.
    public static let unplaced = Placement(areaCode: nil, method: .none, confidence: 0)

    /// Whether an area was found.
    public var isPlaced: Bool { areaCode != nil }
}

/// Places a message in one of a city's areas, never guessing.
///
/// Order of evidence:
/// 1. coordinates, when they fall inside the city (``AreaLocator``: a boundary, or the nearest centroid inside
///    the city's bounds); coordinates outside the city are ignored;
/// 2. otherwise the author-declared location through the ``Gazetteer`` (`bestMatch`);
/// 3. otherwise place names in the text, if the best one reaches ``minimumTextConfidence`` (a bare ordinal such
///    as "2e" in running text is too weak); the confidence is the gazetteer's times ``textMentionWeight``,
///    because a place named in a message is what it talks about, not where it was written.
///
/// Ambiguous evidence (two areas matched as confidently) places nothing at that step; when no step places the
/// message it is counted as unplaced.
public struct MessagePlacer: Sendable {
    /// The city.
    public let pack: CityPack
    /// Point-to-area lookup for the city.
    public let locator: AreaLocator
    /// Name-to-area lookup for the city.
    public let gazetteer: Gazetteer
    /// The least gazetteer confidence a place name in the text needs.
    public var minimumTextConfidence: Double
    /// The factor applied to the confidence of a place found in the text.
    public var textMentionWeight: Double

    /// Creates a placer from a city's locator and gazetteer.
    public init(
        pack: CityPack, locator: AreaLocator, gazetteer: Gazetteer, minimumTextConfidence: Double = 0.4,
        textMentionWeight: Double = 0.8
    ) {
        self.pack = pack
        self.locator = locator
        self.gazetteer = gazetteer
        self.minimumTextConfidence = minimumTextConfidence
        self.textMentionWeight = textMentionWeight
    }

    /// Creates a placer for `pack` with optional imported boundaries.
    public init(pack: CityPack, boundaries: [String: MultiPolygon] = [:]) {
        self.init(pack: pack, locator: AreaLocator(pack: pack, boundaries: boundaries), gazetteer: Gazetteer(pack: pack))
    }

    /// Places a message from its pieces of evidence; `language` (BCP-47) helps the gazetteer with common words.
    /// `orderUncertain`: the coordinates came as a bare pair whose order the source did not state; when they
    /// are not in the city, the pair the other way round is tried (no city of ours lies where both are).
    public func place(
        coordinates: GeoPoint?, orderUncertain: Bool = false, declaredLocation: String?, text: String, language: String?
    ) -> Placement {
        place(
            coordinates: coordinates, orderUncertain: orderUncertain, declaredLocation: declaredLocation,
            language: language
        ) { gazetteer.bestMatch(text, language: language) }
    }

    /// The same with the text already scanned by this placer's gazetteer (`Gazetteer.scan`), so that one scan
    /// serves this placement and the masking of the text's places for the classifier.
    public func place(
        coordinates: GeoPoint?, orderUncertain: Bool = false, declaredLocation: String?, scannedText: GazetteerScan,
        language: String?
    ) -> Placement {
        place(
            coordinates: coordinates, orderUncertain: orderUncertain, declaredLocation: declaredLocation,
            language: language
        ) { gazetteer.bestMatch(in: scannedText, language: language) }
    }

    /// The order of evidence; `inText` finds the text's best match, asked only when nothing before placed.
    private func place(
        coordinates: GeoPoint?, orderUncertain: Bool, declaredLocation: String?, language: String?,
        inText: () -> GazetteerMatch?
    ) -> Placement {
        func byCoordinates(_ point: GeoPoint) -> Placement? {
            locator.locate(point).map {
                Placement(areaCode: $0.areaCode, method: .coordinates, confidence: $0.confidence)
            }
        }
        if let coordinates {
            if let placed = byCoordinates(coordinates) { return placed }
            if orderUncertain, abs(coordinates.longitude) <= 90, let placed = byCoordinates(coordinates.turned) {
                return placed
            }
        }
        if let declaredLocation, !declaredLocation.isEmpty,
            let match = gazetteer.bestMatch(declaredLocation, language: language)
        {
            return Placement(areaCode: match.areaCode, method: .declaredLocation, confidence: match.confidence)
        }
        if let match = inText(), match.confidence >= minimumTextConfidence {
            return Placement(
                areaCode: match.areaCode, method: .textMention, confidence: match.confidence * textMentionWeight)
        }
        return .unplaced
    }

    /// Places a message that passed the privacy gate.
    public func place(_ message: PreparedMessage, language: String? = nil) -> Placement {
        place(
            coordinates: message.coordinates, orderUncertain: message.coordinatesOrderUncertain,
            declaredLocation: message.declaredLocation, text: message.text, language: language ?? message.language)
    }

    /// Places a message that passed the privacy gate, whose text this placer's gazetteer has scanned.
    public func place(_ message: PreparedMessage, scannedText: GazetteerScan, language: String?) -> Placement {
        place(
            coordinates: message.coordinates, orderUncertain: message.coordinatesOrderUncertain,
            declaredLocation: message.declaredLocation, scannedText: scannedText, language: language)
    }

    /// Places an incoming message.
    public func place(_ message: IncomingMessage, language: String? = nil) -> Placement {
        place(
            coordinates: message.coordinates, orderUncertain: message.coordinatesOrderUncertain,
            declaredLocation: message.declaredLocation, text: message.text, language: language ?? message.language)
    }
}
