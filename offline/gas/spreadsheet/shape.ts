// Defines Mirror: a type that holds a stand-in's methods to the signatures @types/google-apps-script
// declares, with Google's classes swapped for their stand-ins, so a wrongly shaped method fails to compile.
import type { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
import type { FakeConditionalFormatRule, FakeConditionalFormatRuleBuilder } from './conditional-format';
import type { FakeDataValidation, FakeDataValidationBuilder } from './data-validation';
import type { FakeProtection } from './protection';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeTextFinder } from './text-finder';

type Sp = GoogleAppsScript.Spreadsheet.Range;

/** Google's type → stand-in type, through arrays and nulls. */
export type Swap<R> = R extends Sp
  ? FakeRange
  : R extends GoogleAppsScript.Spreadsheet.Sheet
    ? FakeSheet
    : R extends GoogleAppsScript.Spreadsheet.Spreadsheet
      ? FakeSpreadsheet
      : R extends GoogleAppsScript.Spreadsheet.DataValidation
        ? FakeDataValidation
        : R extends GoogleAppsScript.Spreadsheet.DataValidationBuilder
          ? FakeDataValidationBuilder
          : R extends GoogleAppsScript.Spreadsheet.Protection
            ? FakeProtection
            : R extends GoogleAppsScript.Spreadsheet.TextFinder
              ? FakeTextFinder
              : R extends GoogleAppsScript.Spreadsheet.ConditionalFormatRule
                ? FakeConditionalFormatRule
                : R extends GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
                  ? FakeConditionalFormatRuleBuilder
                  : R extends GoogleAppsScript.Spreadsheet.EmbeddedChart
                    ? FakeEmbeddedChart
                    : R extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
                      ? FakeEmbeddedChartBuilder
                      : R extends readonly (infer E)[]
                        ? Swap<E>[]
                        : R;

/** The methods K of Google's interface T, as the stand-in must declare them (last overload). */
export type Mirror<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: { [I in keyof A]: Swap<A[I]> }) => Swap<R> : never;
};
