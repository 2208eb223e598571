/// Why someone was targeted: "because they are, or were thought to be" … Raw values are stored; never rename.
public enum TargetedCharacteristic: String, Sendable, Codable, CaseIterable, Hashable {
    case raceEthnicity = "race_ethnicity"
    case nationalityMigrant = "nationality_migrant"
    case religion
    case sexualOrientation = "sexual_orientation"
    case genderIdentity = "gender_identity"
    case disability
    case sexGender = "sex_gender"
    case age
    case other
}
