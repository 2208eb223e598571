/// A caseworker's classification of a verified report.
public enum HateClassification: String, Sendable, Codable, CaseIterable, Hashable {
    /// A criminal offence perceived by the victim or anyone else to be motivated by hostility or prejudice.
    case hateCrime = "hate_crime"
    /// A non-crime incident perceived to be motivated by hostility or prejudice.
    case nonCrimeHateIncident = "non_crime_hate_incident"
}
