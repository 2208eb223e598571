/// The one stylesheet, inlined into every page: readable on a phone, high contrast, visible focus.
enum Stylesheet {
    static let css = """
        :root{--ink:#1b1f24;--muted:#4a5560;--line:#c9d1d9;--accent:#0b5394;--bad:#a4161a;--ok:#1e6b34;--bg:#fff}
        *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding:.75rem 1rem;border-bottom:2px solid var(--accent)}
        header nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center}
        .brand{font-weight:700;font-size:1.15rem;text-decoration:none}
        .languages{font-size:.9rem}.languages .current{font-weight:700}
        main{max-width:72rem;margin:0 auto;padding:1rem}
        footer{max-width:60rem;margin:2rem auto 1rem;padding:0 1rem;color:var(--muted);font-size:.9rem}
        a{color:var(--accent)}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f2a900;outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        form.stack{display:grid;gap:.9rem;max-width:32rem}
        label{display:grid;gap:.25rem;font-weight:600}
        input,select,textarea{font:inherit;padding:.55rem;border:1px solid var(--muted);border-radius:4px;width:100%}
        input[type=checkbox],input[type=radio]{width:auto}
        button{font:inherit;padding:.6rem 1.1rem;border:0;border-radius:4px;background:var(--accent);color:#fff;cursor:pointer}
        button.secondary{background:#e8edf2;color:var(--ink)}
        .hint{font-weight:400;color:var(--muted);font-size:.9rem}
        .error{color:var(--bad);font-weight:600}.notice{border-left:4px solid var(--accent);padding:.5rem 1rem;background:#eef4fa}
        .alert{border-left:4px solid var(--bad);padding:.5rem 1rem;background:#fbeeee}
        .synthetic{display:inline-block;background:#fff3cd;border:1px solid #c99a06;padding:.1rem .5rem;border-radius:3px;font-size:.85rem}
        table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
        .table-wrap{overflow-x:auto}td.day{white-space:nowrap}td form{display:flex;flex-wrap:wrap;gap:.25rem;align-items:end;margin:.1rem 0}td label{font-weight:400;font-size:.9rem}td select{width:auto}
        code,.token{font-family:ui-monospace,Menlo,monospace;word-break:break-all}
        @media (max-width:40rem){header{flex-direction:column;align-items:flex-start}main{padding:.75rem}}
        """
}
