import CGDomain
import Foundation
import Plot

/// One report for a caseworker: what was reported, its history, and the triage actions.
enum TriageReportPage {
    struct Model: Sendable {
        var detail: TriageService.Detail
        var areaName: String?
        var partners: [SupportPartnerDTO]
        var opened: TriageService.OpenedContact?
        var mayWrite: Bool
        var mayOpenContact: Bool
        var message: String?
        var errors: [String: String] = [:]
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        let detail = model.detail
        let id = detail.id.uuidString
        let yes = page.t("triage.yes"), no = page.t("triage.no")
        var rows: [[String]] = [
            [page.t("triage.status"), page.t("status.\(detail.status.rawValue)")],
            [page.t("triage.classification"), detail.classification.map { page.t("classification.\($0)") } ?? "—"],
            [page.t("triage.received"), UI.minute(detail.receivedAt) + " UTC"],
            [page.t("triage.occurred"), detail.occurredOn + (detail.occurredTime.map { " " + $0 } ?? "")],
            [page.t("triage.type"), page.t("incident_type.\(detail.type)")],
            [page.t("triage.area"), model.areaName ?? page.t("triage.no_area")],
            [page.t("triage.characteristics"), detail.characteristics.map { page.t("characteristic.\($0)") }.joined(separator: ", ")],
            [page.t("triage.reporter"), page.t("reporter.\(detail.reporterRole)")],
            [page.t("triage.police_reported"), detail.policeReported ? yes : no],
            [page.t("triage.wants_support"), detail.wantsSupport ? yes : no],
            [page.t("triage.consent_contact"), detail.consentContact ? yes : no],
            [page.t("triage.consent_referral"), detail.consentReferral ? yes : no],
        ]
        if let religion = detail.religion { rows.insert([page.t("report.religion"), page.t("religion.\(religion)")], at: 7) }
        if let platform = detail.platform { rows.append([page.t("report.platform"), page.t("platform.\(platform)")]) }
        if let original = detail.duplicateOfReference { rows.append([page.t("triage.duplicate_of"), original]) }
        return Layout.render(
            page, title: detail.reference,
            content: ComponentGroup {
                H1(page.t("triage.report_title", ["reference": detail.reference]))
                Paragraph { Link(page.t("triage.back"), url: "\(SiteRoute.triage.path)?city=\(detail.city)") }
                if detail.synthetic { Paragraph { UI.syntheticBadge(page) } }
                UI.notices(page, message: model.message, errors: model.errors)
                UI.table(headers: [page.t("follow_up.field"), page.t("follow_up.value")], rows: rows)
                H2(page.t("triage.description"))
                Paragraph(detail.description).class("description")

                H2(page.t("triage.contact"))
                if let opened = model.opened {
                    UI.table(
                        headers: [page.t("follow_up.field"), page.t("follow_up.value")],
                        rows: [
                            [page.t("report.contact_name"), opened.contact?.name ?? "—"],
                            [page.t("report.contact_email"), opened.contact?.email ?? "—"],
                            [page.t("report.contact_phone"), opened.contact?.phone ?? "—"],
                            [page.t("report.contact_notes"), opened.contact?.notes ?? "—"],
                            [page.t("triage.location"), opened.location ?? "—"],
                            [page.t("report.link"), opened.link ?? "—"],
                            [page.t("report.police_reference"), opened.policeReference ?? "—"],
                        ])
                } else if !detail.hasContact && !detail.hasLocation {
                    Paragraph(page.t("triage.no_contact"))
                } else if model.mayOpenContact {
                    UI.form(page, action: SiteRoute.triageReportContact(id: id).path) {
                        UI.field(
                            page.t("triage.contact_reason"), name: "reason", required: true,
                            hint: page.t("triage.contact_reason_hint"), error: model.errors["reason"])
                        Button { Text(page.t("triage.open_contact")) }.attribute(named: "type", value: "submit")
                    }
                }

                if model.mayWrite {
                    H2(page.t("triage.change"))
                    UI.form(page, action: SiteRoute.triageReportUpdate(id: id).path) {
                        UI.select(
                            page.t("triage.new_status"), name: "status",
                            options: [("", page.t("triage.keep_status"))]
                                + detail.status.next.map { ($0.rawValue, page.t("status.\($0.rawValue)")) })
                        UI.field(
                            page.t("triage.duplicate_of"), name: "duplicateOf", hint: page.t("triage.duplicate_hint"),
                            error: model.errors["duplicateOf"])
                        UI.select(
                            page.t("triage.classification"), name: "classification",
                            options: [("", page.t("triage.keep_classification"))]
                                + HateClassification.allCases.map { ($0.rawValue, page.t("classification.\($0.rawValue)")) }
                                + [("none", page.t("triage.no_classification"))])
                        FormParts.textArea(
                            page.t("triage.note"), name: "note", maxLength: 4_000, hint: page.t("triage.note_hint"),
                            error: model.errors["note"], rows: 3)
                        Button { Text(page.t("triage.save")) }.attribute(named: "type", value: "submit")
                    }

                    H2(page.t("triage.referral"))
                    if !detail.referrals.isEmpty {
                        UI.table(
                            headers: [page.t("follow_up.date"), page.t("triage.partner"), page.t("triage.by")],
                            rows: detail.referrals.map { [UI.minute($0.date), $0.partner, $0.actor] })
                    }
                    if !detail.consentReferral {
                        Paragraph(page.t("triage.no_referral_consent"))
                    } else if model.partners.isEmpty {
                        Paragraph(page.t("triage.no_partners"))
                    } else {
                        UI.form(page, action: SiteRoute.triageReportReferral(id: id).path) {
                            UI.select(
                                page.t("triage.partner"), name: "partner",
                                options: model.partners.map { ($0.id.uuidString, "\($0.name) — \($0.services)") })
                            FormParts.textArea(page.t("triage.note"), name: "note", maxLength: 2_000, rows: 2)
                            Button { Text(page.t("triage.refer")) }.attribute(named: "type", value: "submit")
                        }
                    }

                    H2(page.t("triage.messages"))
                    if !detail.messages.isEmpty {
                        UI.table(
                            headers: [page.t("follow_up.date"), page.t("follow_up.from"), page.t("follow_up.message")],
                            rows: detail.messages.map {
                                [UI.minute($0.date), page.t($0.fromStaff ? "follow_up.from_staff" : "triage.from_reporter"), $0.text]
                            })
                    }
                    UI.form(page, action: SiteRoute.triageReportMessage(id: id).path) {
                        FormParts.textArea(
                            page.t("triage.message_to_reporter"), name: "message", maxLength: ReportValidator.Limit.followUpMessage,
                            required: true, hint: page.t("triage.message_hint"), error: model.errors["message"], rows: 3)
                        Button { Text(page.t("follow_up.send")) }.attribute(named: "type", value: "submit")
                    }
                }

                H2(page.t("triage.history"))
                UI.table(
                    headers: [page.t("follow_up.date"), page.t("triage.event"), page.t("triage.note"), page.t("triage.by")],
                    rows: detail.history.map { item in
                        var what = page.t("triage.event_\(item.kind)")
                        if let from = item.from, let to = item.to {
                            what += ": \(page.t("status.\(from)")) → \(page.t("status.\(to)"))"
                        } else if let to = item.to {
                            what += ": \(page.t("status.\(to)"))"
                        }
                        if let detail = item.detail { what += " (\(detail))" }
                        return [UI.minute(item.date), what, item.note ?? "", item.actor]
                    })
            })
    }
}
