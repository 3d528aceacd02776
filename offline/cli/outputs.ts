// Defines what an offline month writes: the workbook, the report, the emails and summary.json (SPEC §10).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDocx } from '../export/docx';
import { writeEmails } from '../export/emails';
import { writeXlsx } from '../export/xlsx';
import type { MonthRun } from './replay';

export interface Outputs {
  files: string[];
  emails: string[];
}

export async function writeOutputs(run: MonthRun, out: string): Promise<Outputs> {
  mkdirSync(out, { recursive: true });
  const files: string[] = [];
  const xlsx = join(out, 'so-tong-hop.xlsx');
  await writeXlsx(run.env.spreadsheet, xlsx);
  files.push(xlsx);
  const docx = join(out, `bao-cao-${run.summary.period}.docx`);
  await writeDocx(run.env.services.DocumentApp.openById(run.report.docId), docx);
  files.push(docx);
  const log = run.env.spreadsheet.getSheetByName('Nhật ký gửi thư')?.getDataRange().getValues() ?? [];
  const emails = writeEmails(
    run.env.services.MailApp.sent,
    out,
    `${run.officeName} <${run.env.ctx.effectiveUser}>`,
    log,
  );
  const json = join(out, 'summary.json');
  writeFileSync(json, `${JSON.stringify(run.summary, null, 2)}\n`);
  files.push(json);
  return { files, emails };
}
