// The stylesheet inlined into outreach.html: a calm, printable page in the reader's own system fonts (nothing to fetch).

export const REPORT_STYLE = `
:root {
  --ink: #1b2230;
  --muted: #5a6478;
  --faint: #8a93a5;
  --line: #e3e6ec;
  --paper: #ffffff;
  --wash: #f5f6f8;
  --accent: #2151c5;
  --accent-wash: #eaf0fd;
  --good: #17794a;
  --good-wash: #e4f5ec;
  --warn: #9a5b00;
  --warn-wash: #fdf1dc;
  --bad: #b3261e;
  --bad-wash: #fbe7e5;
  --radius: 10px;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--wash);
  color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-feature-settings: "kern", "tnum";
}
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
h1, h2, h3 { line-height: 1.2; margin: 0; }
h1 { font-size: 2rem; letter-spacing: -0.01em; }
h2 { font-size: 1.45rem; letter-spacing: -0.005em; }
h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin-bottom: 0.6rem; }
p { margin: 0 0 0.75rem; }
.wrap { max-width: 1140px; margin: 0 auto; padding: 0 24px; }

.masthead { background: var(--ink); color: #fff; padding: 40px 0 32px; }
.masthead .eyebrow { text-transform: uppercase; letter-spacing: 0.12em; font-size: 0.78rem; color: #aeb8cc; margin-bottom: 6px; }
.masthead .meta { color: #c9d1e0; margin: 10px 0 0; }
.masthead a { color: #fff; }
.summary { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 22px; }
.summary div { background: rgba(255, 255, 255, 0.08); border-radius: var(--radius); padding: 10px 16px; min-width: 140px; }
.summary strong { display: block; font-size: 1.5rem; line-height: 1.1; }
.summary span { color: #c9d1e0; font-size: 0.85rem; }

main.wrap { padding-top: 28px; padding-bottom: 48px; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 24px 28px; margin-bottom: 24px; }
.howto ol { margin: 0; padding-left: 1.25rem; }
.howto li { margin-bottom: 0.35rem; }
.private { display: inline-block; margin-top: 10px; font-size: 0.85rem; color: var(--warn); background: var(--warn-wash); border-radius: 6px; padding: 4px 10px; }

table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 10px 12px; border-bottom: 1px solid var(--line); }
thead th { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr:hover { background: #fafbfd; }
.table-scroll { overflow-x: auto; }

.pill { display: inline-block; border-radius: 999px; padding: 2px 10px; font-size: 0.78rem; font-weight: 600; white-space: nowrap; }
.pill.ready { background: var(--good-wash); color: var(--good); }
.pill.nearly-ready { background: var(--warn-wash); color: var(--warn); }
.pill.needs-work { background: var(--bad-wash); color: var(--bad); }
.reason { display: inline-block; margin: 0 4px 4px 0; border-radius: 6px; padding: 1px 8px; font-size: 0.78rem; background: var(--wash); color: var(--muted); border: 1px solid var(--line); white-space: nowrap; }
.reason.primary { background: var(--accent-wash); color: var(--accent); border-color: transparent; font-weight: 600; }
.score { display: inline-block; min-width: 2.4em; text-align: center; border-radius: 6px; padding: 1px 6px; font-weight: 700; }
.score.high { background: var(--good-wash); color: var(--good); }
.score.mid { background: var(--warn-wash); color: var(--warn); }
.score.low { background: var(--wash); color: var(--muted); }

.asset { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); margin-bottom: 28px; overflow: hidden; }
.asset-head { display: grid; grid-template-columns: 240px 1fr; gap: 24px; padding: 24px 28px; border-bottom: 1px solid var(--line); }
.thumb { width: 240px; height: auto; aspect-ratio: 1200 / 630; border-radius: 8px; border: 1px solid var(--line); display: block; background: var(--wash); }
.thumb.placeholder { display: flex; align-items: flex-end; padding: 14px; font-weight: 700; line-height: 1.25; font-size: 0.95rem; background: linear-gradient(135deg, #1b2230, #2151c5); color: #fff; border: 0; }
.kicker { font-size: 0.85rem; color: var(--muted); margin-bottom: 6px; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
.asset-url { font-size: 0.9rem; overflow-wrap: anywhere; margin: 6px 0 10px; }
.description { color: var(--muted); }
.facts { display: flex; flex-wrap: wrap; gap: 4px 20px; font-size: 0.85rem; color: var(--muted); margin: 0; }
.facts dt { display: inline; font-weight: 600; color: var(--ink); }
.facts dd { display: inline; margin: 0 0 0 4px; }
.topics { margin-top: 10px; }
.topic { display: inline-block; font-size: 0.78rem; color: var(--muted); margin: 0 6px 4px 0; }
.topic::before { content: "#"; color: var(--faint); }

.asset-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0; }
.asset-body > section { padding: 22px 28px; border-bottom: 1px solid var(--line); }
.asset-body > section.wide { grid-column: 1 / -1; }
.asset-body > section.side { border-left: 1px solid var(--line); }
.pitch-text { overflow-wrap: anywhere; font-size: 1.02rem; line-height: 1.65; margin: 0 0 12px; padding: 14px 18px; background: var(--wash); border-radius: 8px; border-left: 3px solid var(--accent); }
.figures { list-style: none; margin: 0; padding: 0; }
.figures li { margin-bottom: 12px; }
.figures .value { display: block; font-size: 1.3rem; font-weight: 700; line-height: 1.2; }
.figures .source { font-size: 0.82rem; color: var(--muted); }
.code { margin: 0 0 10px; padding: 12px 14px; background: #111722; color: #e8ecf3; border-radius: 8px; font: 0.8rem/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-all; max-height: 180px; overflow: auto; }
.embed { margin-bottom: 22px; }
.people { list-style: none; margin: 0; padding: 0; }
.people li { margin-bottom: 8px; }
.fixes { margin: 0; padding-left: 1.1rem; }
.fixes li { margin-bottom: 6px; }
.fixes .must { color: var(--bad); font-weight: 600; }
.note { font-size: 0.85rem; color: var(--muted); }

button { font: inherit; cursor: pointer; }
.copy { border: 1px solid var(--accent); background: var(--paper); color: var(--accent); border-radius: 8px; padding: 6px 14px; font-size: 0.88rem; font-weight: 600; }
.copy:hover { background: var(--accent-wash); }
.copy.copied { background: var(--good); border-color: var(--good); color: #fff; }
.controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin-bottom: 12px; }
.controls label { display: flex; flex-direction: column; font-size: 0.78rem; color: var(--muted); gap: 4px; }
.controls input, .controls select { font: inherit; font-size: 0.92rem; padding: 7px 10px; border: 1px solid #cfd5df; border-radius: 8px; background: var(--paper); color: var(--ink); min-width: 220px; }
.controls .count { margin-left: auto; font-size: 0.85rem; color: var(--muted); }
th button { border: 0; background: none; padding: 0; font: inherit; color: inherit; text-transform: inherit; letter-spacing: inherit; display: inline-flex; align-items: center; gap: 4px; }
th button::after { content: "↕"; color: var(--faint); font-size: 0.9em; }
th[aria-sort="ascending"] button::after { content: "↑"; color: var(--accent); }
th[aria-sort="descending"] button::after { content: "↓"; color: var(--accent); }
.site { font-weight: 600; }
.sub { font-size: 0.82rem; color: var(--muted); }
.why { min-width: 320px; }
.site-col { width: 30%; overflow-wrap: anywhere; }
.reasons { margin-bottom: 4px; }
.contact { font-size: 0.85rem; margin-top: 2px; }
.empty { text-align: center; color: var(--muted); padding: 18px; }
.hidden { display: none; }
.offscreen { position: fixed; top: 0; left: -9999px; opacity: 0; }

.key dl { display: grid; grid-template-columns: max-content 1fr; gap: 8px 16px; margin: 0; }
.key dt { font-weight: 600; }
.key dd { margin: 0; color: var(--muted); }
footer { color: var(--muted); font-size: 0.85rem; padding-bottom: 40px; }

@media (max-width: 820px) {
  .asset-head { grid-template-columns: minmax(0, 1fr); padding: 20px; }
  .asset-body { grid-template-columns: minmax(0, 1fr); }
  .asset-body > section { padding: 18px 20px; }
  .why { min-width: 240px; }
  .asset-body > section.side { border-left: 0; }
  .controls .count { margin-left: 0; }
}
@media print {
  body { background: #fff; }
  .masthead { background: #fff; color: var(--ink); }
  .controls, .copy { display: none; }
  .asset { break-inside: avoid-page; }
}
`;
