/** The report's one stylesheet: a phone-first column, two columns on wide screens, A4 when printed. */
export const STYLE = `
:root{--fg:#1d2433;--muted:#5b6475;--line:#d9dde5;--give:#2f7d5b;--take:#c2703d;--deep:#2f5fa8;--shallow:#b3475a;
--ok:#3a9d6a;--soon:#d9b23c;--due:#e07b39;--late:#c23b3b;--none:#a6adba;--bg:#fff}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:62rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin:0 0 .3rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
header p{margin:.1rem 0;color:var(--muted)}
section{border-top:1px solid var(--line);padding:1rem 0;break-inside:avoid;page-break-inside:avoid}
.note{color:var(--muted);font-size:.9rem;margin:.2rem 0 .6rem}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.6rem;margin:1rem 0}
.summary div{border:1px solid var(--line);border-radius:.5rem;padding:.5rem .7rem}
.summary dt{color:var(--muted);font-size:.85rem}.summary dd{margin:0}.summary .now{font-size:1.4rem;font-weight:600}
.summary .was{display:block;color:var(--muted);font-size:.8rem}
svg.chart{width:100%;height:auto;display:block;font-size:11px}
svg.rings{max-width:28rem;margin:0 auto}
.scroll{overflow-x:auto}
svg.graph{width:auto;max-width:100%;height:auto}
.grid{stroke:var(--line);stroke-width:1}.tick{fill:var(--muted)}
.bar.gives{fill:var(--give)}.bar.takes{fill:var(--take)}
.line{fill:none;stroke-width:2}.line.deep,.point.deep{stroke:var(--deep)}.line.shallow,.point.shallow{stroke:var(--shallow)}
.point{fill:#fff;stroke-width:2}
.ring{fill:none;stroke:var(--line);stroke-width:1.5}.ring-none{stroke-dasharray:4 4}
.ring-label{fill:var(--muted);font-size:11px}
.dot{stroke:#fff;stroke-width:1.5}.dot.ok{fill:var(--ok)}.dot.soon{fill:var(--soon)}.dot.due{fill:var(--due)}.dot.late{fill:var(--late)}.dot.none{fill:var(--none)}
.edge{stroke:var(--muted);stroke-width:1.2}marker path{fill:var(--muted)}
.node circle{fill:#fff;stroke:var(--deep);stroke-width:2}.node.opener circle{fill:var(--deep)}.node.unthanked circle{stroke:var(--late);stroke-width:3}
.node text{font-size:12px;fill:var(--fg)}
.legend{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.3rem;vertical-align:-.1rem}
.swatch.gives{background:var(--give)}.swatch.takes{background:var(--take)}.swatch.deep{background:var(--deep)}.swatch.shallow{background:var(--shallow)}
.swatch.ok{background:var(--ok)}.swatch.soon{background:var(--soon)}.swatch.due{background:var(--due)}.swatch.late{background:var(--late)}.swatch.none{background:var(--none)}
.swatch.opener{background:var(--deep)}.swatch.unthanked{background:#fff;border:3px solid var(--late)}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted)}
.meter{display:block;position:relative;height:.4rem;background:#eef0f4;border-radius:.2rem;margin-top:.2rem;min-width:4rem}
.meter span{position:absolute;left:0;top:0;bottom:0;border-radius:.2rem}.meter .met{background:var(--none)}.meter .tied{background:var(--give)}
details{margin:.4rem 0;font-size:.9rem}summary{cursor:pointer;color:var(--muted)}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.findings{list-style:none;padding:0}.finding{padding:.4rem .6rem;margin:.3rem 0;border-left:4px solid var(--none);background:#f7f8fa}
.finding.critical{border-color:var(--late)}.finding.warning{border-color:var(--due)}.finding.tip{border-color:var(--deep)}.finding.info{border-color:var(--ok)}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem;margin-right:.3rem}.rule{color:var(--muted);font-size:.8rem}
footer{color:var(--muted);font-size:.8rem;border-top:1px solid var(--line);padding-top:.6rem}
@media (min-width:52rem){.pair{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}.pair section{border-top:1px solid var(--line)}}
@media (max-width:40rem){body{padding:.6rem;font-size:15px}h1{font-size:1.35rem}.cols{grid-template-columns:1fr}
.summary{grid-template-columns:1fr 1fr}.summary .now{font-size:1.15rem}svg.chart{font-size:14px}}
@media print{@page{size:A4;margin:14mm}
body{max-width:none;padding:0;font-size:10pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
details{display:none}.scroll{overflow:visible}
section{padding:.5rem 0}.pair{display:grid;grid-template-columns:1fr 1fr;gap:8mm}
svg.rings{max-width:11cm}h1{font-size:16pt}}
`;
