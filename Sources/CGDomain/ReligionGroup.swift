/// The sub-choice of ``TargetedCharacteristic/religion``: which religion or belief was targeted.
public enum ReligionGroup: String, Sendable, Codable, CaseIterable, Hashable {
    case muslim
    case jewish
    case christian
    case sikh
    case hindu
    case other
}
