// The `npm start` command: runs a whole month offline through build/Code.js and writes the office's files.
import { join, relative } from 'node:path';
import { periodLabel } from '../../src/domain/period';
import { InputFileError } from '../input/errors';
import { parseArgs, UsageError } from './args';
import { writeOutputs } from './outputs';
import { runMonth } from './replay';

/** 'YYYY-MM-DD' → 'dd/MM/yyyy', the way the office writes dates. */
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const run = await runMonth(opts);
  const { files: written, emails } = await writeOutputs(run, opts.out);

  const s = run.summary;
  const lines = [
    `Kỳ ${periodLabel(s.period)} (${vnDate(s.periodStart)} – ${vnDate(s.periodEnd)}), số liệu đến ngày ${vnDate(s.asOf)}.`,
    `Đã phát lại ${run.replayed} phản hồi${run.future ? `; ${run.future} phản hồi sau ngày ${vnDate(opts.today)} chưa được tính` : ''}.`,
    `Đơn vị đạt chỉ tiêu: ${s.totals.unitsMet}/${s.totals.units}; gương được tính: ${s.totals.exemplarsCounted}; bài viết được tính: ${s.totals.articlesCounted}.`,
    `Phản hồi bị từ chối: ${s.rejected.length}; thư nhắc đã gửi: ${s.reminders.length}.`,
    'Đã ghi:',
    ...written.map((f) => `  ${relative(process.cwd(), f)}`),
    ...(emails.length ? [`  ${relative(process.cwd(), join(opts.out, 'emails'))}/ (${emails.length} thư)`] : []),
  ];
  console.log(lines.join('\n'));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof InputFileError || e instanceof UsageError) {
      console.error(`Lỗi: ${e.message}`);
      process.exit(2);
    }
    console.error(e);
    process.exit(1);
  },
);
