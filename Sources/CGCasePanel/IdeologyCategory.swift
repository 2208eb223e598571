/// The ideology category of a case.
public enum IdeologyCategory: String, Sendable, Codable, CaseIterable, Hashable {
    case extremeRightWing = "extreme_right_wing"
    case islamist
    case leftWingAnarchist = "left_wing_anarchist"
    case singleIssue = "single_issue"
    case mixedOrUnclear = "mixed_or_unclear"
}
