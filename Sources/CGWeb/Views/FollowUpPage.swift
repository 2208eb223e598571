import Foundation
import Plot

/// The reporter's private page behind the follow-up link: the status, its changes, messages from the
/// caseworkers, and a form to add information. Never notes, staff names, contact details or the location.
enum FollowUpPage {
    struct Model: Sendable {
        var token: String
        var reference: String
        var status: String
        var submittedAt: Date
        var statusChanges: [(date: Date, status: String)]
        var messages: [(date: Date, fromStaff: Bool, text: String?)]
        var message: String?
        var error: String?
        /// What the reporter wrote, when it was not added (the form had expired, the text was too long).
        var draft: String?
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        return Layout.render(
            page, title: page.t("follow_up.title"),
            content: ComponentGroup {
                H1(page.t("follow_up.title"))
                if let message = model.message { Paragraph(message).class("notice").attribute(named: "role", value: "status") }
                if let error = model.error { Paragraph(error).class("alert").attribute(named: "role", value: "alert") }
                UI.table(
                    headers: [page.t("follow_up.field"), page.t("follow_up.value")],
                    rows: [
                        [page.t("report.reference"), model.reference],
                        [page.t("follow_up.status"), page.t("status.\(model.status)")],
                        [page.t("follow_up.submitted"), UI.minute(model.submittedAt) + " UTC"],
                    ])
                Paragraph(page.t("follow_up.status_\(model.status)")).class("hint")
                H2(page.t("follow_up.history"))
                UI.table(
                    headers: [page.t("follow_up.date"), page.t("follow_up.status")],
                    rows: model.statusChanges.map { [UI.minute($0.date), page.t("status.\($0.status)")] })
                H2(page.t("follow_up.messages"))
                if model.messages.isEmpty {
                    Paragraph(page.t("follow_up.no_messages"))
                } else {
                    UI.table(
                        headers: [page.t("follow_up.date"), page.t("follow_up.from"), page.t("follow_up.message")],
                        rows: model.messages.map {
                            [
                                UI.minute($0.date),
                                page.t($0.fromStaff ? "follow_up.from_staff" : "follow_up.from_you"),
                                $0.text ?? page.t("follow_up.your_addition"),
                            ]
                        })
                }
                UI.form(page, action: SiteRoute.reportFollowUp(token: model.token).path) {
                    FormParts.textArea(
                        page.t("follow_up.add"), name: "message", text: model.draft ?? "",
                        maxLength: ReportValidator.Limit.followUpMessage,
                        required: true, hint: page.t("follow_up.add_hint"))
                    Button { Text(page.t("follow_up.send")) }.attribute(named: "type", value: "submit")
                }
                Paragraph(page.t("follow_up.keep_private")).class("hint")
            })
    }
}
