import CGGeo
import CGSentiment
import Foundation
import Plot

/// The registry of message sources, inside the analysis pages: provenance and per-city figures of each source,
/// and — for a reader who may write messages — the form that registers one (`POST /analysis/sources`, the
/// page's twin of `POST /api/v1/sources`). Aggregates only.
enum SourceRegistryPage {
    /// A registration form that came back refused: what was typed, and the English reason of each refused field.
    /// (An expired form gets 403 like the site's other staff forms: `CSRFMiddleware.keepsInputWhenExpired`.)
    struct Draft: Sendable {
        var values: [String: String]
        var errors: [String: String]
    }

    /// What the page shows.
    struct Model: Sendable {
        var rows: [SourceRegistryRow]
        /// Whether the reader may register a source (`messages:write`).
        var canRegister: Bool
        var draft: Draft? = nil
    }

    static func section(_ page: PageContext, _ model: Model) -> any Component {
        let draft = model.draft
        return ComponentGroup {
            UI.notices(page, message: nil, errors: draft?.errors ?? [:])
            Paragraph(page.t("sentiment.sources.lead")).class("hint")
            if model.rows.isEmpty {
                Paragraph(page.t("sentiment.sources.none"))
            } else {
                UI.table(
                    headers: [
                        page.t("sentiment.sources.name"), page.t("sentiment.sources.platform"), page.t("sentiment.sources.method"),
                        page.t("sentiment.sources.terms"), page.t("sentiment.sources.synthetic"), page.t("sentiment.city"),
                        page.t("sentiment.sources.messages"), page.t("sentiment.sources.first_day"),
                        page.t("sentiment.sources.last_day"), page.t("sentiment.sources.last_ingest"),
                    ],
                    rows: model.rows.map { row in
                        [row.name, row.platform, row.collectionMethod, row.termsOfUse,
                         page.t(row.synthetic ? "sentiment.sources.yes" : "sentiment.sources.no"),
                         row.city.map { CityPacks.pack(id: $0)?.name ?? $0 } ?? page.t("sentiment.sources.no_city"),
                         String(row.messages), row.days.map { Timestamp.dayLabel($0.lowerBound) } ?? "–",
                         row.days.map { Timestamp.dayLabel($0.upperBound) } ?? "–",
                         row.lastIngestedAt.map(UI.minute) ?? "–"]
                    })
            }
            if model.canRegister {
                H2(page.t("sentiment.sources.new"))
                // The fields' labels are the ones their refusals are listed under (`FormFieldLabels`).
                let label = { (name: String) in page.t(FormFieldLabels.key(name, action: AnalysisRoute.sources.path) ?? name) }
                UI.form(page, action: AnalysisRoute.sources.path) {
                    UI.field(
                        label("name"), name: "name", value: draft?.values["name"], required: true,
                        hint: page.t("sentiment.sources.name_hint"), error: draft?.errors["name"].map(page.reason))
                    for name in ["platform", "collectionMethod", "termsOfUse"] {
                        UI.field(
                            label(name), name: name, value: draft?.values[name], required: true,
                            error: draft?.errors[name].map(page.reason))
                    }
                    Button { Text(page.t("sentiment.sources.register")) }.attribute(named: "type", value: "submit")
                }
            }
        }
    }
}
