/** subset-font 2.x ships no types: the one function the web edition uses. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: { readonly targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; readonly preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
