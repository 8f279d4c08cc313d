import { colorOf, sizeOf, type Theme } from '../document/theme.js';
import { styleClass } from './escape.js';

/** Type on the screen is this much larger than on the printed page (8.8 pt body → 1 rem). */
function bodySize(theme: Theme): number {
  return sizeOf(theme, theme.styles.body?.size) ?? 9;
}

/** A length in points of the printed page as rem of the web page (the body size being 1 rem). */
export function remOf(theme: Theme, points: number): string {
  return `${Math.round((points / bodySize(theme)) * 1000) / 1000}rem`;
}

/**
 * The page's style sheet, from the theme: one class per text style (s-<name>), the colours of
 * the theme (their contrast is checked by the theme's own test), a layout that goes from one
 * column at 360 px to the printed page's columns on a wide screen, a visible focus, and a print
 * style sheet.
 */
export function styleSheet(theme: Theme, fontStack: string): string {
  const c = (name: string) => colorOf(theme, name);
  const rem = (points: number) => remOf(theme, points);
  const styles = Object.entries(theme.styles)
    .map(([name, style]) => {
      const rules: string[] = [];
      const size = sizeOf(theme, style.size);
      if (size !== undefined) {
        const value = size / bodySize(theme);
        // Display sizes shrink on a narrow screen, never below 1.6 rem (large text, for contrast).
        rules.push(
          value > 2
            ? `font-size:clamp(1.6rem,${Math.round(value * 2.4 * 100) / 100}vw,${Math.round(value * 1000) / 1000}rem)`
            : `font-size:${Math.round(value * 1000) / 1000}rem`,
        );
        if (style.characterSpacing)
          rules.push(`letter-spacing:${Math.round((style.characterSpacing / size) * 1000) / 1000}em`);
      }
      if (style.bold !== undefined) rules.push(`font-weight:${style.bold ? 700 : 400}`);
      if (style.italics) rules.push('font-style:italic');
      if (style.color) rules.push(`color:${colorOf(theme, style.color)}`);
      if (style.lineHeight) rules.push(`line-height:${style.lineHeight}`);
      if (style.caps) rules.push('text-transform:uppercase');
      if (style.alignment) rules.push(`text-align:${style.alignment}`);
      if (style.spaceBefore !== undefined || style.spaceAfter !== undefined)
        rules.push(`margin:${rem(style.spaceBefore ?? 0)} 0 ${rem(style.spaceAfter ?? 0)}`);
      return `.${styleClass(name)}{${rules.join(';')}}`;
    })
    .join('\n');
  const block = rem(theme.spacing.block);
  const pad = rem(theme.spacing.boxPadding);
  return `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:${fontStack};font-size:1rem;line-height:${theme.styles.body?.lineHeight ?? 1.35};color:${c('text')};background:${c('page')};overflow-wrap:break-word}
p,h1,h2,h3,h4,figure,ul,ol{margin:0}
.page{max-width:66rem;margin:0 auto;padding:0 1rem 2rem}
a{color:${c('link')};text-decoration:underline;text-underline-offset:.15em;overflow-wrap:anywhere}
a:focus-visible,summary:focus-visible,th button:focus-visible{outline:3px solid ${c('brand')};outline-offset:2px;border-radius:2px}
.title-band a:focus-visible,.skip:focus-visible{outline-color:${c('brandText')}}
.skip{position:absolute;left:-9999px;top:0;padding:.5rem 1rem;background:${c('brand')};color:${c('brandText')};z-index:1}
.skip:focus{left:1rem}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.title-band{background:${c('brand')};color:${c('brandText')};padding:${rem(theme.spacing.titleBand)} 1rem;margin:0 -1rem}
.title-band .columns{align-items:center}
.editions{margin:.75rem 0;font-size:.9rem;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}
nav.toc{margin:1rem 0;padding:.75rem 1rem;border:1px solid ${c('rule')};border-radius:4px}
nav.toc h2{font-size:.9rem;margin:0 0 .25rem;color:${c('brand')};text-transform:uppercase;letter-spacing:.05em}
nav.toc ol{padding-left:1.5rem;columns:2 16rem}
nav.toc li{margin:.15rem 0}
.section{margin-top:${rem(theme.spacing.band)}}
.section h1{border-top:${rem(1.6)} solid ${c('brand')};padding-top:${rem(4)};display:inline-block}
.section:not(.section--page) > *{max-width:46rem}
.columns{display:flex;flex-wrap:wrap;gap:1rem 2rem}
.column{min-width:0}
.column--fill{flex:1 1 18rem}
.column--share{flex:1 1 10rem}
.box{background:${c('shade')};padding:${pad};margin:${block} 0;border-radius:2px}
.checks,.list,.bullets,.tags,.timeline,.notes ol{padding:0;list-style:none}
.check{display:flex;gap:.4rem;margin-bottom:${rem(4)}}
.check .mark{flex:0 0 1.2rem;font-weight:700}
${(['yes', 'no', 'partial', 'unknown'] as const).map((v) => `.check--${v} .mark{color:${c(v)}}`).join('\n')}
.tiles{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:${rem(2)} 0}
.tile{flex:1 1 9rem;min-width:0}
.chart{margin:${rem(2)} 0 ${block}}
.chart svg{display:block;max-width:100%;height:auto}
.chart--center svg{margin:0 auto}
.chart-data{margin-top:.25rem;font-size:.85rem}
.chart-data summary{cursor:pointer;color:${c('link')};text-decoration:underline}
table{border-collapse:collapse}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{padding:.2rem .6rem .2rem 0;border-bottom:1px solid ${c('rule')};text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}
.emblem svg{display:block;max-width:100%;height:auto}
.timeline{border-left:2px solid ${c('accent')};margin:${rem(2)} 0 ${block} ${rem(3)};padding-left:1rem}
.timeline .entry{position:relative;margin-bottom:${rem(5)}}
.timeline .entry::before{content:"";position:absolute;left:calc(-1rem - 6px);top:.45em;width:10px;height:10px;border-radius:50%;background:${c('accent')}}
.list--bullet > li{position:relative;padding-left:1.1rem;margin-bottom:${rem(2)}}
.list--bullet > li::before{content:"";position:absolute;left:0;top:.55em;width:.45em;height:.45em;background:${c('accent')}}
.bullets{margin:0 0 ${rem(4)}}
.bullets > li{position:relative;padding-left:1rem}
.bullets > li::before{content:"•";position:absolute;left:.1rem;color:${c('accent')}}
.callout{border-left:3px solid ${c('accent')};padding-left:.6rem;margin:0 0 ${block}}
.callout .mark{color:${c('accent')}}
.card{background:${c('shade')};border-left:4px solid ${c('tag')};padding:${pad};margin:${rem(2)} 0 ${block}}
.card-head{display:flex;justify-content:space-between;align-items:baseline;gap:1rem}
.card-year{white-space:nowrap}
.tags{display:flex;flex-wrap:wrap;gap:.35rem;margin:.25rem 0 .4rem}
.tag{background:${c('tag')};padding:.1rem .5rem;border-radius:.7rem}
.keep{margin-bottom:${rem(3)}}
.rule{border:0;border-top:1px solid ${c('rule')};margin:${block} 0}
sup{line-height:0}
.fn a{font-weight:700;color:${c('brand')};text-decoration:none;padding:0 .1em}
.fn a:hover{text-decoration:underline}
.notes{margin-top:2rem;border-top:1px solid ${c('rule')};padding-top:.5rem;font-size:.875rem}
.notes ol{counter-reset:none}
.notes li{display:flex;gap:.5rem;margin-bottom:.35rem}
.notes .note-number{font-weight:700;color:${c('brand')};min-width:1.5rem}
.notes .back{text-decoration:none;padding:0 .2rem}
.notes li:target{background:${c('shade')}}
footer{margin-top:2rem}
@media (min-width:48rem){.page{padding:0 2rem 3rem}.title-band{margin:0 -2rem;padding-left:2rem;padding-right:2rem}}
@media print{
  @page{size:A4;margin:16mm}
  body{font-size:9.5pt}
  .page{max-width:none;padding:0}
  .skip,nav.toc,.chart-data,.editions,.notes .back{display:none}
  .title-band{margin:0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .box,.card,.tag,.timeline .entry::before,.list--bullet > li::before{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .section:not(.section--page) > *{max-width:none}
  h1,h2,h3,h4{break-after:avoid}
  .card,.keep,figure,.tile,.check,.timeline .entry{break-inside:avoid}
  a{color:inherit}
}
${styles}
`.trimStart();
}
