import type { Component } from '../componentContext.js';

/**
 * <emblem kind="eu" height="34" alt="…" border="white"/>: the European flag drawn to its graphic
 * specification: a blue rectangle of ratio 3:2; twelve gold five-pointed stars on a circle whose
 * radius is a third of the height, each star inscribed in a circle of radius 1/18 of the height,
 * standing upright, at the positions of the hours on a clock face. On a coloured background it
 * gets the white border the specification asks for (1/25 of its height).
 */
export const emblem: Component = (node, ctx) => {
  const height = Number(node.attrs.height ?? 34);
  const border = node.attrs.border === 'white' ? height / 25 : 0;
  return {
    svg: euFlagSvg(height, ctx.color('euBlue'), ctx.color('euYellow'), border, ctx.color('euBorder')),
    width: height * 1.5 + 2 * border,
    height: height + 2 * border,
    margin: [0, 0, 0, 4],
    _meta: ctx.meta('Figure', { keep: 'unbreakable', alt: node.attrs.alt ?? '' }),
  };
};

/** The SVG of the EU flag, `height` points high, with a border of `border` points around it. */
export function euFlagSvg(height: number, blue: string, gold: string, border = 0, borderColor = '#ffffff'): string {
  const flag = euFlagBody(height, blue, gold);
  if (border === 0) return flag.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
  const outer = { width: height * 1.5 + 2 * border, height: height + 2 * border };
  return (
    `<svg width="${round(outer.width)}" height="${round(outer.height)}" ` +
    `viewBox="0 0 ${round(outer.width)} ${round(outer.height)}">` +
    `<rect width="${round(outer.width)}" height="${round(outer.height)}" fill="${borderColor}"/>` +
    `<g transform="translate(${round(border)} ${round(border)})">${flag.replace(/^<svg[^>]*>|<\/svg>$/g, '')}</g></svg>`
  );
}

function euFlagBody(height: number, blue: string, gold: string): string {
  const width = height * 1.5;
  const centre = { x: width / 2, y: height / 2 };
  const ring = height / 3;
  const starRadius = height / 18;
  const stars = Array.from({ length: 12 }, (_, hour) => {
    const angle = (hour * Math.PI) / 6;
    return starPath(centre.x + ring * Math.sin(angle), centre.y - ring * Math.cos(angle), starRadius);
  });
  return (
    `<svg width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}">` +
    `<rect width="${round(width)}" height="${round(height)}" fill="${blue}"/>` +
    stars.map((d) => `<path d="${d}" fill="${gold}"/>`).join('') +
    '</svg>'
  );
}

/** A five-pointed star with one point straight up, inscribed in a circle of `radius`. */
function starPath(cx: number, cy: number, radius: number): string {
  const inner = (radius * Math.sin(Math.PI / 10)) / Math.sin((7 * Math.PI) / 10);
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? radius : inner;
    const angle = (i * Math.PI) / 5;
    return `${round(cx + r * Math.sin(angle))},${round(cy - r * Math.cos(angle))}`;
  });
  return `M${points.join('L')}Z`;
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
