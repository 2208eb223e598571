extension Stylesheet {
    /// Rules for the report form, triage and observatory pages.
    static let incidentsCSS = """
        fieldset{border:1px solid var(--line);border-radius:4px;padding:.75rem;display:grid;gap:.4rem}
        legend{font-weight:700;padding:0 .25rem}
        label.choice{display:flex;gap:.5rem;align-items:center;font-weight:400}
        form.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0}
        form.inline label{min-width:12rem}
        .hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
        .chart{max-width:44rem;margin:1rem 0}.chart svg{height:auto}
        .chart.wide{overflow-x:auto}.chart.wide svg{min-width:40rem}
        .chart.wide.latest{direction:rtl}.chart.wide.latest svg{direction:ltr}
        .filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end}
        .filters label{min-width:10rem}
        .status{display:inline-block;padding:.05rem .45rem;border-radius:3px;background:#e8edf2;font-size:.9rem}
        """
}
