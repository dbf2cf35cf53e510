import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkFigureSpec } from '../plot/check-figure-spec.js';
import { figurePageHtml } from '../plot/figure-page-html.js';
import type { FigureMeta, FigureSpec } from '../plot/figure-spec.js';
import { findChromium } from './find-chromium.js';
import { readPlotlyJs } from './read-plotly-js.js';
import { PLOTLY_FILE, writePlotlyJs } from './write-plotly-js.js';

/** The files a figure can be written as (`<id>.json` is always written too). */
export type FigureFormat = 'png' | 'svg' | 'html';

/** Options of {@link createFigureWriter}. */
export interface FigureWriterOptions {
  /** Folder of the figure files. Default 'out/figures' (relative to the cwd). */
  outDir?: string;
  /** Formats written by default. Default ['png', 'svg', 'html']. */
  formats?: FigureFormat[];
  /** PNG pixel ratio (device scale factor). Default 2. */
  pngScale?: number;
  /** Image size when the layout has no width / height, pixels. Default 800 x 500. */
  defaultWidthPx?: number;
  defaultHeightPx?: number;
  /** Chromium executable. Default: findChromium(). */
  executablePath?: string;
  /**
   * How the HTML pages get plotly.js: 'shared' (default) writes one `plotly.min.js` into the
   * folder and every page loads it; 'inline' puts the whole library (4.8 MB) into each page.
   */
  plotly?: 'shared' | 'inline';
}

/** What {@link FigureWriter.write} wrote. */
export interface WrittenFigure {
  id: string;
  /** Absolute paths of the written files, `<id>.json` first. */
  files: string[];
}

/** Writes many figures with one headless Chromium; call close() when done. */
export interface FigureWriter {
  /** Writes `<id>.json` and the requested formats of one figure into the writer's folder. */
  write(spec: FigureSpec, meta: FigureMeta, options?: { formats?: FigureFormat[] }): Promise<WrittenFigure>;
  /** Closes the browser (if one was started). The writer cannot be used afterwards. */
  close(): Promise<void>;
}

/** The arguments Chromium runs with: headless, no sandbox, no GPU, nothing phoning home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const FORMATS: readonly FigureFormat[] = ['png', 'svg', 'html'];

/**
 * Creates a figure writer that renders PNG and SVG with the system's headless Chromium
 * (through playwright-core; the browser starts on the first PNG/SVG and is reused for every
 * later figure) and writes offline HTML pages that load one shared `plotly.min.js` written
 * beside them (or, with `plotly: 'inline'`, carry plotly.js themselves). Every figure also
 * gets `<id>.json` ({ id, caption, spec }), from which out/index.html is assembled.
 *
 * @param options output folder, default formats, PNG scale, default size, Chromium path
 * @returns a writer; always `await writer.close()` (in a finally) to stop the browser
 * @throws {Error} `createFigureWriter requires ...` for bad options; `write` throws
 *   `writeFigure requires Chromium ...` when PNG/SVG is asked and no Chromium is found, and
 *   `writeFigure: <id>: ...` when Plotly cannot render the spec
 * @example
 * const writer = await createFigureWriter({ outDir: 'out/figures' });
 * try {
 *   await writer.write(spec, { id: 'fig01-collapse', caption: 'Universal collapse (Fig. 1)' });
 * } finally {
 *   await writer.close();
 * }
 */
export async function createFigureWriter(options: FigureWriterOptions = {}): Promise<FigureWriter> {
  const formats = options.formats ?? [...FORMATS];
  checkFormats(formats, 'createFigureWriter');
  const pngScale = options.pngScale ?? 2;
  const widthPx = options.defaultWidthPx ?? 800;
  const heightPx = options.defaultHeightPx ?? 500;
  for (const [name, v] of [['pngScale', pngScale], ['defaultWidthPx', widthPx], ['defaultHeightPx', heightPx]] as const) {
    if (!(typeof v === 'number' && v > 0 && Number.isFinite(v))) {
      throw new Error(`createFigureWriter requires a positive ${name}, got ${v}`);
    }
  }
  const plotly = options.plotly ?? 'shared';
  if (plotly !== 'shared' && plotly !== 'inline') throw new Error(`createFigureWriter requires plotly 'shared' or 'inline', got ${String(plotly)}`);
  return createFigureWriterCore({
    plotly,
    outDir: path.resolve(options.outDir ?? 'out/figures'),
    formats,
    pngScale,
    widthPx,
    heightPx,
    executablePath: options.executablePath,
  });
}

interface WriterSettings {
  plotly: 'shared' | 'inline';
  outDir: string;
  formats: FigureFormat[];
  pngScale: number;
  widthPx: number;
  heightPx: number;
  executablePath?: string;
}

function createFigureWriterCore(settings: WriterSettings): FigureWriter {
  let plotlyJs: string | null = null;
  let browser: Browser | null = null;
  let pagePromise: Promise<Page> | null = null;
  let closed = false;

  const plotly = (): string => (plotlyJs ??= readPlotlyJs());
  let sharedWritten = false;
  const pagePlotly = (): string | { src: string } => {
    if (settings.plotly === 'inline') return plotly();
    if (!sharedWritten) writePlotlyJs(settings.outDir, plotly());
    sharedWritten = true;
    return { src: PLOTLY_FILE };
  };

  const page = (): Promise<Page> => {
    pagePromise ??= (async () => {
      const executablePath = settings.executablePath ?? findChromium();
      if (!executablePath || !fs.existsSync(executablePath)) {
        throw new Error(
          'writeFigure requires Chromium for PNG/SVG: run bash scripts/setup.sh (Debian package chromium) or set SPECLAT_CHROMIUM',
        );
      }
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
      const p = await browser.newPage();
      await p.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
      await p.addScriptTag({ content: plotly() });
      return p;
    })();
    return pagePromise;
  };

  const render = async (spec: FigureSpec, id: string, format: 'png' | 'svg'): Promise<Buffer> => {
    const width = typeof spec.layout.width === 'number' ? spec.layout.width : settings.widthPx;
    const height = typeof spec.layout.height === 'number' ? spec.layout.height : settings.heightPx;
    const figure = JSON.parse(JSON.stringify({ data: spec.data, layout: spec.layout, config: spec.config ?? {} }));
    const scale = format === 'png' ? settings.pngScale : 1;
    const p = await page();
    let url: string;
    try {
      url = await p.evaluate(
        (arg) => (globalThis as unknown as { Plotly: PlotlyToImage }).Plotly.toImage(arg.figure, arg.opts),
        { figure, opts: { format, width, height, scale } },
      );
    } catch (err) {
      throw new Error(`writeFigure: ${id}: Plotly could not render ${format}: ${(err as Error).message.split('\n')[0]}`);
    }
    return decodeDataUrl(url, id);
  };

  return {
    async write(spec, meta, options = {}) {
      if (closed) throw new Error('writeFigure requires an open writer (close() was called)');
      checkFigureSpec(spec, meta, 'writeFigure');
      const formats = options.formats ?? settings.formats;
      checkFormats(formats, 'writeFigure');
      fs.mkdirSync(settings.outDir, { recursive: true });
      const base = path.join(settings.outDir, meta.id);
      const files: string[] = [];
      const put = (file: string, content: string | Buffer): void => {
        fs.writeFileSync(file, content);
        files.push(file);
      };
      put(`${base}.json`, JSON.stringify({ id: meta.id, caption: meta.caption, spec }, null, 1) + '\n');
      for (const format of formats) {
        if (format === 'html') put(`${base}.html`, figurePageHtml(spec, meta, pagePlotly()));
        else put(`${base}.${format}`, await render(spec, meta.id, format));
      }
      return { id: meta.id, files };
    },
    async close() {
      closed = true;
      if (pagePromise) await pagePromise.catch(() => undefined);
      const b = browser as Browser | null;
      browser = null;
      if (b) await b.close();
    },
  };
}

interface PlotlyToImage {
  toImage(figure: unknown, opts: { format: string; width: number; height: number; scale: number }): Promise<string>;
}

function checkFormats(formats: FigureFormat[], functionName: string): void {
  if (!Array.isArray(formats) || formats.some((f) => !FORMATS.includes(f))) {
    throw new Error(`${functionName} requires formats among ${FORMATS.join(', ')}, got ${JSON.stringify(formats)}`);
  }
}

function decodeDataUrl(url: string, id: string): Buffer {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new Error(`writeFigure: ${id}: Plotly returned no data URL`);
  const header = url.slice(0, comma);
  const body = url.slice(comma + 1);
  return header.endsWith(';base64') ? Buffer.from(body, 'base64') : Buffer.from(decodeURIComponent(body), 'utf8');
}
