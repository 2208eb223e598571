import CGGeo

extension GeoPoint {
    /// The pair read the other way round (latitude as longitude and back): for a bare coordinate pair whose
    /// order the source did not state. Not clamped; check it is a position before use.
    var turned: GeoPoint { GeoPoint(latitude: longitude, longitude: latitude) }
}
