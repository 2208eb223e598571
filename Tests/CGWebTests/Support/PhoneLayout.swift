import Foundation

/// A page laid out on a true 390-px phone screen in headless Chromium, measured and photographed.
///
/// Headless Chromium will not make its window narrower than 500 px whatever `--window-size` says (its
/// `innerWidth` stays 500, so `(max-width: …)` rules and percentage widths are a 500-px layout; a screenshot of
/// 390 px is a crop of that). An iframe 390 px wide is a viewport of its own: inside it `innerWidth` is 390, media
/// queries match a 390-px screen and the page is laid out to that width. The page as served goes into the frame's
/// `srcdoc` (its stylesheet and charts are inline), which shares the origin of the outer file, so the outer file's
/// script — the test's own; the pages have none — can measure the frame's document.
enum PhoneLayout {
    static let width = 390

    /// What the frame's document measured.
    struct Measurement {
        /// The frame's `innerWidth`, the width its page is laid out to (`clientWidth` of html) and whether
        /// `(max-width: 390px)` matched: the proof of a 390-px layout.
        var innerWidth: Int
        var layoutWidth: Int
        var phoneMedia: Bool
        /// The page's scroll width (html and body).
        var scrollWidth: Int
        var bodyScrollWidth: Int
        /// Elements reaching past the right edge outside any scroll container: "tag#id.class:right".
        var overflowing: [String]
        /// Scroll containers whose content is wider than they are ("tag.class"), e.g. a wide chart.
        var scrolling: [String]
        /// Each chart: its id, the rendered size of its 11-unit labels and its right edge, in px.
        var charts: [(id: String, label: Double, right: Int)]
        /// The page's height, for the screenshot.
        var height: Int
        /// Table cells holding one day (`YYYY-MM-DD`) laid out on more than one line.
        var brokenDays: [String] = []
        /// The shaded spans of the charts (`rect.span`: an event's days), and those of them inside their chart's
        /// frame as the page opens, before anyone scrolls.
        var spans = 0
        var visibleSpans = 0
    }

    /// Lays `html` out at 390 px, measures it, and writes a screenshot of the phone-wide page to `screenshot`.
    static func measure(_ chromium: String, html: String, folder: URL, screenshot: URL) throws -> Measurement {
        let escaped = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        let file = folder.appendingPathComponent("phone-\(UUID().uuidString).html")
        try (Self.head + #"<iframe id="phone" srcdoc=""# + escaped + #""></iframe>"# + Self.script)
            .write(to: file, atomically: true, encoding: .utf8)
        // A phone's scrollbars overlay the page; a desktop's classic ones would take 15 px of the 390.
        let dom = try HeadlessChromium.run(
            chromium, ["--hide-scrollbars", "--window-size=500,900", "--dump-dom", file.absoluteString])
        guard let range = dom.range(of: #"id="measured">[^<]*"#, options: .regularExpression),
            let data = String(dom[range].dropFirst(14)).replacingOccurrences(of: "&amp;", with: "&").data(using: .utf8),
            let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw TestAppError("no measurement from the phone frame: \(dom.suffix(400))") }
        if let error = json["error"] as? String { throw TestAppError("the measuring script failed: \(error)") }
        let measurement = Measurement(
            innerWidth: json["inner"] as? Int ?? 0, layoutWidth: json["client"] as? Int ?? 0, phoneMedia: json["media"] as? Bool ?? false,
            scrollWidth: json["scroll"] as? Int ?? 0, bodyScrollWidth: json["body"] as? Int ?? 0,
            overflowing: json["over"] as? [String] ?? [], scrolling: json["scrolling"] as? [String] ?? [],
            charts: (json["charts"] as? [[String: Any]] ?? []).map {
                ($0["id"] as? String ?? "", ($0["label"] as? NSNumber)?.doubleValue ?? 0, $0["right"] as? Int ?? 0)
            },
            height: json["height"] as? Int ?? 844, brokenDays: json["days"] as? [String] ?? [],
            spans: json["spans"] as? Int ?? 0, visibleSpans: json["visibleSpans"] as? Int ?? 0)
        // The frame grows to the page's height, so the screenshot shows the whole page at phone width.
        _ = try HeadlessChromium.run(
            chromium,
            ["--hide-scrollbars", "--window-size=500,\(max(844, measurement.height))", "--screenshot=\(screenshot.path)",
             file.absoluteString])
        return measurement
    }

    private static let head = """
        <!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#777}\
        iframe{display:block;border:0;width:\(width)px;height:844px;background:#fff}</style></head><body>
        """

    private static let script = """
        <p id="measured"></p>
        <script>
        const frame = document.getElementById('phone');
        frame.addEventListener('load', () => {
          const out = document.getElementById('measured');
          try {
            const doc = frame.contentDocument, win = frame.contentWindow, W = \(width);
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
              + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            const scroller = el => {
              for (let p = el.parentElement; p && p !== doc.body; p = p.parentElement) {
                if (['auto', 'scroll', 'hidden', 'clip'].includes(win.getComputedStyle(p).overflowX)) return p;
              }
              return null;
            };
            const all = [...doc.body.querySelectorAll('*')];
            const over = all.filter(el => el.getBoundingClientRect().right > W + 0.5 && !scroller(el))
              .map(el => name(el) + ':' + Math.round(el.getBoundingClientRect().right));
            const scrolling = all.filter(el => ['auto', 'scroll'].includes(win.getComputedStyle(el).overflowX)
              && el.scrollWidth > el.clientWidth + 1).map(name);
            const charts = [...doc.querySelectorAll('.chart svg')].map(svg => {
              const box = svg.getBoundingClientRect();
              return { id: (svg.getAttribute('aria-labelledby') || '').split(' ')[0],
                       label: 11 * box.width / svg.viewBox.baseVal.width, right: Math.round(box.right) };
            });
            const days = [...doc.querySelectorAll('td')].filter(td => /^\\d{4}-\\d\\d-\\d\\d$/.test(td.textContent.trim()))
              .filter(td => { const r = doc.createRange(); r.selectNodeContents(td); return r.getClientRects().length > 1; })
              .map(td => td.textContent.trim());
            const shaded = [...doc.querySelectorAll('.chart rect.span')];
            const visibleSpans = shaded.filter(rect => {
              const box = rect.getBoundingClientRect(), frameBox = rect.closest('.chart').getBoundingClientRect();
              return box.left >= frameBox.left - 0.5 && box.right <= frameBox.right + 0.5;
            }).length;
            const height = doc.documentElement.scrollHeight;
            out.textContent = JSON.stringify({ inner: win.innerWidth, client: doc.documentElement.clientWidth, media: win.matchMedia('(max-width: \(width)px)').matches,
              scroll: doc.documentElement.scrollWidth, body: doc.body.scrollWidth, over, scrolling, charts, height, days,
              spans: shaded.length, visibleSpans });
            frame.style.height = height + 'px';
          } catch (error) {
            out.textContent = JSON.stringify({ error: String(error) });
          }
        });
        </script></body></html>
        """
}
