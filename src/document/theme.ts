import { z } from 'zod';

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'color' });
const Points = z.number().min(0, { error: 'points' }).max(1000, { error: 'points' });

const TextStyle = z.strictObject({
  /** A name of the theme's `scale`. */
  size: z.string().min(1).optional(),
  bold: z.boolean().optional(),
  italics: z.boolean().optional(),
  /** A name from `colors`. */
  color: z.string().optional(),
  lineHeight: z.number().min(0.8).max(3).optional(),
  spaceBefore: Points.optional(),
  spaceAfter: Points.optional(),
  caps: z.boolean().optional(),
  characterSpacing: z.number().min(-2).max(10).optional(),
  alignment: z.enum(['left', 'center', 'right', 'justify']).optional(),
  /** The colour behind the text (a name of `colors`), for the contrast check; the page otherwise. */
  on: z.string().optional(),
});

/** The text styles the components use; templates may add their own (`<p style="…">`). */
export const REQUIRED_STYLES = [
  'body',
  'lead',
  'small',
  'source',
  'caption',
  'kicker',
  'title',
  'h1',
  'h2',
  'h3',
  'h4',
  'cardTitle',
  'cardText',
  'cardYear',
  'boxTitle',
  'check',
  'tileValue',
  'tileCaption',
  'year',
  'tag',
  'callout',
  'header',
  'footer',
  'footnote',
  'noteNumber',
  'noteMarker',
  'continued',
  'link',
] as const;

/** The colours the components use. */
export const REQUIRED_COLORS = [
  'page',
  'brand',
  'brandText',
  'accent',
  'tag',
  'text',
  'muted',
  'rule',
  'shade',
  'link',
  'yes',
  'no',
  'unknown',
  'partial',
  'male',
  'female',
  'track',
  'euBlue',
  'euYellow',
  'euBorder',
] as const;

/** The schema of `templates/theme.yaml`: every colour, size, spacing and font of the profiles. */
export const ThemeSchema = z
  .strictObject({
    page: z.strictObject({
      size: z.enum(['A4']),
      margins: z.tuple([Points, Points, Points, Points]),
      header: Points,
      footer: Points,
      columns: z.int().min(1).max(2),
      columnGap: Points,
    }),
    notes: z.strictObject({
      columns: z.int().min(1).max(2),
      gap: Points,
      rule: Points,
    }),
    scale: z.record(z.string(), z.number().min(4, { error: 'size' }).max(96, { error: 'size' })),
    fonts: z.strictObject({
      body: z.string().min(1),
      fallbacks: z.array(z.string().min(1)),
      symbols: z.string().min(1),
    }),
    colors: z.record(z.string(), Color),
    marks: z.strictObject({
      yes: z.string().min(1),
      no: z.string().min(1),
      unknown: z.string().min(1),
      partial: z.string().min(1),
      bullet: z.string().min(1),
      callout: z.string().min(1),
      timeline: z.string().min(1),
      activities: z.string().min(1),
    }),
    styles: z.record(z.string(), TextStyle),
    spacing: z.strictObject({
      block: Points,
      columnGap: Points,
      boxPadding: Points,
      titleBand: Points,
      band: Points,
    }),
    charts: z.strictObject({
      donut: Points,
      destinationsWidth: Points,
      labelSize: z.number().min(4).max(24),
    }),
  })
  .superRefine((theme, ctx) => {
    for (const name of REQUIRED_COLORS) {
      if (!(name in theme.colors))
        ctx.addIssue({ code: 'custom', path: ['colors', name], message: 'missing-color', input: undefined });
    }
    for (const name of REQUIRED_STYLES) {
      if (!(name in theme.styles))
        ctx.addIssue({ code: 'custom', path: ['styles', name], message: 'missing-style', input: undefined });
    }
    for (const [name, style] of Object.entries(theme.styles)) {
      if (style.size !== undefined && !(style.size in theme.scale)) {
        ctx.addIssue({ code: 'custom', path: ['styles', name, 'size'], message: 'unknown-size', input: style.size });
      }
      if (style.on !== undefined && !(style.on in theme.colors)) {
        ctx.addIssue({ code: 'custom', path: ['styles', name, 'on'], message: 'unknown-color', input: style.on });
      }
      if (style.color !== undefined && !(style.color in theme.colors) && !/^#[0-9a-fA-F]{6}$/.test(style.color)) {
        ctx.addIssue({ code: 'custom', path: ['styles', name, 'color'], message: 'unknown-color', input: style.color });
      }
    }
  });

/** The theme: the one place for the look of the profiles. */
export type Theme = z.infer<typeof ThemeSchema>;
/** A named text style of the theme. */
export type TextStyle = z.infer<typeof TextStyle>;

/** A text size of the theme's scale by name. */
export function sizeOf(theme: Theme, name: string | undefined): number | undefined {
  return name === undefined ? undefined : theme.scale[name];
}

/** A colour of the theme by name (or a literal #rrggbb). */
export function colorOf(theme: Theme, name: string): string {
  return theme.colors[name] ?? name;
}
