// Defines embedded charts: EmbeddedChartBuilder (newChart) and EmbeddedChart, kept as data for tests and export.
// Known differences: charts are never drawn; getAs/getBlob and the typed builders (asColumnChart…) are absent.
import type { ServiceContext } from '../context';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

const SERVICE = 'SpreadsheetApp';

interface ChartState {
  chartType: string;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

// https://developers.google.com/apps-script/reference/spreadsheet/container-info
export class FakeContainerInfo {
  constructor(private readonly p: ChartState['position']) {}
  getAnchorColumn(): number {
    return this.p.column;
  }
  getAnchorRow(): number {
    return this.p.row;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
export class FakeEmbeddedChart {
  constructor(
    private readonly ctx: ServiceContext,
    readonly sheet: FakeSheet,
    readonly state: ChartState,
    readonly chartId: number | null,
  ) {}
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getChartId()
  getChartId(): number | null {
    this.ctx.call(SERVICE, 'EmbeddedChart.getChartId');
    return this.chartId;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getContainerInfo()
  getContainerInfo(): FakeContainerInfo {
    this.ctx.call(SERVICE, 'EmbeddedChart.getContainerInfo');
    return new FakeContainerInfo({ ...this.state.position });
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getOptions()
  getOptions(): { get(option: string): unknown } {
    this.ctx.call(SERVICE, 'EmbeddedChart.getOptions');
    const options = { ...this.state.options };
    return { get: (option: string) => options[option] ?? null };
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getRanges()
  getRanges(): FakeRange[] {
    this.ctx.call(SERVICE, 'EmbeddedChart.getRanges');
    return [...this.state.ranges];
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#modify()
  modify(): FakeEmbeddedChartBuilder {
    this.ctx.call(SERVICE, 'EmbeddedChart.modify');
    return new FakeEmbeddedChartBuilder(this.ctx, this.sheet, structuredCloneState(this.state), this.chartId);
  }
}

function structuredCloneState(s: ChartState): ChartState {
  return { chartType: s.chartType, ranges: [...s.ranges], options: { ...s.options }, position: { ...s.position } };
}

// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
export class FakeEmbeddedChartBuilder {
  private readonly s: ChartState;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly sheet: FakeSheet,
    state?: ChartState,
    private readonly chartId: number | null = null,
  ) {
    this.s = state ?? {
      chartType: 'COLUMN',
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    };
  }

  private call(method: string): void {
    this.ctx.call(SERVICE, `EmbeddedChartBuilder.${method}`);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#addRange(Range)
  addRange(range: FakeRange): this {
    this.call('addRange');
    this.s.ranges.push(range);
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#build()
  build(): FakeEmbeddedChart {
    this.call('build');
    return new FakeEmbeddedChart(this.ctx, this.sheet, structuredCloneState(this.s), this.chartId);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#clearRanges()
  clearRanges(): this {
    this.call('clearRanges');
    this.s.ranges = [];
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#getChartType()
  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.call('getChartType');
    return this.s.chartType as unknown as GoogleAppsScript.Charts.ChartType;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#getRanges()
  getRanges(): FakeRange[] {
    this.call('getRanges');
    return [...this.s.ranges];
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#removeRange(Range)
  removeRange(range: FakeRange): this {
    this.call('removeRange');
    this.s.ranges = this.s.ranges.filter((r) => r !== range);
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setChartType(ChartType)
  setChartType(type: GoogleAppsScript.Charts.ChartType | string): this {
    this.call('setChartType');
    this.s.chartType = String(type);
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setOption(String,Object)
  setOption(option: string, value: unknown): this {
    this.call('setOption');
    this.s.options[option] = value;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setPosition(Integer,Integer,Integer,Integer)
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.call('setPosition');
    this.s.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
}
