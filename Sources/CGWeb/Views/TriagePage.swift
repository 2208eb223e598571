import CGDomain
import Foundation
import Plot

/// The caseworkers' queue of a city's reports, filtered by status.
enum TriagePage {
    struct Model: Sendable {
        var city: String
        var cityName: String
        var status: String?
        var counts: [String: Int]
        var items: [TriageService.QueueItem]
        var areaNames: [String: String]
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        let base = "\(SiteRoute.triage.path)?city=\(model.city)"
        return Layout.render(
            page, title: page.t("triage.title"),
            content: ComponentGroup {
                H1(page.t("triage.title_city", ["city": model.cityName]))
                Paragraph {
                    if model.status == nil {
                        Span(page.t("triage.open")).class("status")
                    } else {
                        Link(page.t("triage.open"), url: base)
                    }
                    for status in ReportStatus.allCases {
                        Text(" · ")
                        let label = "\(page.t("status.\(status.rawValue)")) (\(model.counts[status.rawValue] ?? 0))"
                        if model.status == status.rawValue {
                            Span(label).class("status")
                        } else {
                            Link(label, url: "\(base)&status=\(status.rawValue)")
                        }
                    }
                }
                Paragraph {
                    Link(page.t("triage.partners"), url: "\(SiteRoute.triagePartners.path)?city=\(model.city)")
                    Text(" · ")
                    Link(page.t("triage.export"), url: "\(SiteRoute.triageExport.path)?city=\(model.city)")
                    Text(" " + page.t("triage.export_audited"))
                }
                if model.items.isEmpty {
                    Paragraph(page.t("triage.empty"))
                } else {
                    Div {
                        Table(
                            header: TableRow {
                                TableHeaderCell(page.t("triage.reference"))
                                TableHeaderCell(page.t("triage.received"))
                                TableHeaderCell(page.t("triage.occurred"))
                                TableHeaderCell(page.t("triage.type"))
                                TableHeaderCell(page.t("triage.area"))
                                TableHeaderCell(page.t("triage.characteristics"))
                                TableHeaderCell(page.t("triage.status"))
                            }
                        ) {
                            for item in model.items {
                                TableRow {
                                    TableCell {
                                        Link(item.reference, url: SiteRoute.triageReport(id: item.id.uuidString).path)
                                        if item.wantsSupport { Text(" " + page.t("triage.wants_support_mark")) }
                                        if item.synthetic { Text(" " + page.t("triage.synthetic_mark")) }
                                    }
                                    TableCell(UI.minute(item.receivedAt))
                                    TableCell(item.occurredOn)
                                    TableCell(page.t("incident_type.\(item.type)"))
                                    TableCell(model.areaNames[item.areaCode] ?? page.t("triage.no_area"))
                                    TableCell(item.characteristics.map { page.t("characteristic.\($0)") }.joined(separator: ", "))
                                    TableCell(page.t("status.\(item.status)"))
                                }
                            }
                        }
                    }
                    .class("table-wrap")
                }
            })
    }
}
