// Defines the SpreadsheetApp, Ui and Charts enums the project uses, as Google names their members.
import { gasEnum } from '../gas-base';

export const ProtectionType = gasEnum('RANGE', 'SHEET');
export const Dimension = gasEnum('COLUMNS', 'ROWS');
export const WrapStrategy = gasEnum('WRAP', 'OVERFLOW', 'CLIP');
export const BorderStyle = gasEnum('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
export const DataValidationCriteria = gasEnum(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);
export const BooleanCriteria = gasEnum(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
);

// https://developers.google.com/apps-script/reference/base/button
export const Button = gasEnum('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
// https://developers.google.com/apps-script/reference/base/button-set
export const ButtonSet = gasEnum('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

// https://developers.google.com/apps-script/reference/charts/chart-type
export const ChartType = gasEnum(
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
);

export type EnumValue<E> = E[keyof E];

/** The `Charts` global, as far as embedded sheet charts need it (the ChartType enum). */
export function createCharts(): { ChartType: typeof ChartType } {
  return { ChartType };
}
