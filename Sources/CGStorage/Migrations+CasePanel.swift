import FluentKit

extension StorageMigrations {
    /// The multi-agency case panel (numbers M0030–M0049).
    static var casePanel: [any Migration] {
        [
            M0030_CreateCasePanels(),
            M0031_CreateCasePanelAgencies(),
            M0032_CreateCasePanelCoordinators(),
            M0033_CreatePanelCases(),
            M0034_CreatePanelCaseSections(),
            M0035_CreatePanelCaseAccess(),
            M0036_CreatePanelCaseActions(),
            M0037_CreatePanelMeetings(),
        ]
    }
}
