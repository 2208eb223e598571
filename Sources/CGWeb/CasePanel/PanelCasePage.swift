import Foundation
import CGCasePanel
import Plot

/// A case: only a reason form until the user states why they open it; then the case with the sections the
/// user's agency may see, the support plan and the forms. Nothing here prints, and nothing downloads.
enum PanelCasePage {
    struct Model: Sendable {
        var id: UUID
        var reference: String
        var detail: PanelCaseDTO?
        var isCoordinator = false
        var agencies: [(id: String, name: String)] = []
        var errors: [String: String] = [:]
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        Layout.render(
            page, title: page.t("panel.case_title", ["reference": model.reference]),
            content: ComponentGroup {
                H1(page.t("panel.case_title", ["reference": model.reference]))
                UI.notices(page, message: nil, errors: model.errors)
                if let detail = model.detail {
                    PanelParts.printGuard()
                    Paragraph(page.t("panel.print_note")).class("print-note").attribute(named: "hidden", value: "hidden")
                    Div { body(page, model, detail) }.class("panel-case")
                } else {
                    UI.form(page, action: PanelRoute.open(model.id).path) {
                        Paragraph(page.t("panel.reason_needed"))
                        FormParts.textArea(page.t("panel.reason"), name: "reason", maxLength: 500, required: true, error: model.errors["reason"], rows: 3)
                        Button { Text(page.t("panel.open")) }.attribute(named: "type", value: "submit")
                    }
                }
            })
    }

    static func body(_ page: PageContext, _ model: Model, _ detail: PanelCaseDTO) -> any Component {
        ComponentGroup {
            UI.table(
                headers: [page.t("panel.field"), page.t("panel.value")],
                rows: [
                    [page.t("panel.status"), page.t("panel.status.\(detail.status)")],
                    [page.t("panel.person_name"), detail.person?.name ?? ""],
                    [page.t("panel.date_of_birth"), detail.person?.dateOfBirth ?? ""],
                    [page.t("panel.referring_agency"), detail.referringAgency],
                    [page.t("panel.referral_reason"), detail.referralReason ?? ""],
                    [page.t("panel.indicators"), detail.indicators.map { page.t("panel.factor.\($0)") }.joined(separator: ", ")],
                    [page.t("panel.screening_note"), detail.screeningNote ?? ""],
                    [page.t("panel.ideology"), detail.ideology.map { page.t("panel.ideology.\($0)") } ?? "—"],
                    [page.t("panel.next_review"), detail.nextReviewOn ?? "—"],
                    [page.t("panel.outcome"), detail.outcome.map { page.t("panel.outcome.\($0)") } ?? "—"],
                    [page.t("panel.legal_hold"), page.t(detail.legalHold ? "panel.yes" : "panel.no")],
                ])
            if model.isCoordinator { Paragraph { Link(page.t("panel.access_title"), url: PanelRoute.access(model.id).path) } }
            H2(page.t("panel.sections"))
            for section in detail.sections {
                Div {
                    H3("\(page.t("panel.kind.\(section.kind)")) · \(section.agency)")
                    Paragraph(
                        "\(page.t("panel.legal_basis")): \(page.t("panel.basis.\(section.legalBasis)"))"
                            + (section.restricted ? " · \(page.t("panel.restricted"))" : ""))
                    if !section.factors.isEmpty {
                        Paragraph(section.factors.map { page.t("panel.factor.\($0)") }.joined(separator: ", "))
                    }
                    Paragraph(section.content)
                }
                .class("card")
            }
            H2(page.t("panel.plan"))
            UI.table(
                headers: [page.t("panel.agency"), page.t("panel.action"), page.t("panel.due"), page.t("panel.status")],
                rows: detail.actions.map { action in
                    [action.agency, action.description, action.dueOn,
                     page.t("panel.action_status.\(action.status)") + (action.overdue ? " · " + page.t("panel.overdue") : "")]
                })
            for action in detail.actions where ActionStatus(rawValue: action.status)?.isOutstanding ?? false {
                UI.form(page, action: PanelRoute.action(model.id, action: action.id).path) {
                    // The action in the legend, the field labelled as the error list names it ("Status").
                    FormParts.fieldset(action.description) {
                        UI.select(
                            page.t("panel.status"), name: "status",
                            options: ActionStatus.allCases.map { ($0.rawValue, page.t("panel.action_status.\($0.rawValue)")) },
                            selected: action.status)
                    }
                    Button { Text(page.t("panel.save")) }.attribute(named: "type", value: "submit").class("secondary")
                }
            }
            if detail.status == CaseStatus.open.rawValue { writeForms(page, model) }
            if model.isCoordinator { coordinatorForms(page, model, detail) }
        }
    }

    static func writeForms(_ page: PageContext, _ model: Model) -> any Component {
        ComponentGroup {
            UI.form(page, action: PanelRoute.sections(model.id).path) {
                H2(page.t("panel.add_section"))
                UI.select(page.t("panel.kind"), name: "kind", options: CaseSectionKind.allCases.filter { $0 != .decision }.map { ($0.rawValue, page.t("panel.kind.\($0.rawValue)")) })
                UI.select(page.t("panel.legal_basis"), name: "legalBasis", options: LegalBasis.allCases.map { ($0.rawValue, page.t("panel.basis.\($0.rawValue)")) })
                FormParts.checkbox(name: "restrict", label: page.t("panel.restrict"), checked: false, value: "true")
                PanelParts.factorBoxes(page, name: "factors")
                UI.select(page.t("panel.ideology"), name: "ideology", options: PanelParts.ideologyOptions(page))
                FormParts.textArea(page.t("panel.content"), name: "content", maxLength: 8_000, required: true, error: model.errors["content"])
                Button { Text(page.t("panel.save")) }.attribute(named: "type", value: "submit")
            }
            UI.form(page, action: PanelRoute.actions(model.id).path) {
                H2(page.t("panel.add_action"))
                UI.select(page.t("panel.agency"), name: "agency", options: model.agencies.map { ($0.id, $0.name) })
                UI.field(page.t("panel.action"), name: "description", required: true, error: model.errors["description"])
                UI.field(page.t("panel.due"), name: "dueOn", type: .date, required: true, error: model.errors["dueOn"])
                Button { Text(page.t("panel.save")) }.attribute(named: "type", value: "submit")
            }
        }
    }

    static func coordinatorForms(_ page: PageContext, _ model: Model, _ detail: PanelCaseDTO) -> any Component {
        ComponentGroup {
            if CaseStatus(rawValue: detail.status)?.mayBeScreened ?? false {
                UI.form(page, action: PanelRoute.screen(model.id).path) {
                    H2(page.t("panel.screen_title"))
                    UI.select(page.t("panel.decision"), name: "decision", options: CaseStatus.screeningOutcomes.map { ($0.rawValue, page.t("panel.status.\($0.rawValue)")) })
                    UI.select(page.t("panel.ideology"), name: "ideology", options: PanelParts.ideologyOptions(page))
                    FormParts.textArea(page.t("panel.screening_note"), name: "note", maxLength: 4_000, hint: page.t("panel.screening_hint"), error: model.errors["note"], rows: 3)
                    Button { Text(page.t("panel.save")) }.attribute(named: "type", value: "submit")
                }
            }
            if detail.status == CaseStatus.open.rawValue || detail.status == CaseStatus.closed.rawValue {
                UI.form(page, action: PanelRoute.review(model.id).path) {
                    H2(page.t("panel.review_title"))
                    FormParts.textArea(page.t("panel.decision"), name: "decision", maxLength: 4_000, required: true, error: model.errors["decision"], rows: 3)
                    Button { Text(page.t("panel.save")) }.attribute(named: "type", value: "submit")
                }
            }
            if detail.status == CaseStatus.open.rawValue {
                UI.form(page, action: PanelRoute.close(model.id).path) {
                    H2(page.t("panel.close_title"))
                    UI.select(page.t("panel.outcome"), name: "outcome", options: CaseOutcome.allCases.map { ($0.rawValue, page.t("panel.outcome.\($0.rawValue)")) })
                    Button { Text(page.t("panel.close")) }.attribute(named: "type", value: "submit")
                }
            }
            if CaseStatus(rawValue: detail.status)?.isFinished ?? false, !detail.legalHold {
                UI.form(page, action: PanelRoute.erase(model.id).path) {
                    H2(page.t("panel.erase_title"))
                    Paragraph(page.t("panel.erase_hint")).class("hint")
                    UI.field(page.t("panel.reason"), name: "reason", required: true, error: model.errors["reason"])
                    Button { Text(page.t("panel.erase")) }.attribute(named: "type", value: "submit")
                }
            }
            UI.form(page, action: PanelRoute.hold(model.id).path) {
                H2(page.t("panel.legal_hold"))
                Input(type: .hidden, name: "hold", value: detail.legalHold ? "false" : "true")
                UI.field(page.t("panel.reason"), name: "reason", required: true, error: model.errors["reason"])
                Button { Text(page.t(detail.legalHold ? "panel.release_hold" : "panel.set_hold")) }.attribute(named: "type", value: "submit").class("secondary")
            }
        }
    }
}
