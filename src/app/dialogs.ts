// Defines the Vietnamese wording of the menu dialogs: what a clerk reads after each menu action.

import type { ClockSpec } from '../gas/triggers';
import type { SyncOutcome } from './reconcile';
import type { SendReport } from './reminders';
import type { SetupReport } from './setup';

/** The line a dialog adds when a long job goes on in follow-up runs. */
export const CONTINUES = 'Phần còn lại đang được xử lý tiếp trong nền (vài phút); không cần chạy lại.';

export const NOTHING_TO_SEND = 'Không có thư nhắc nào cần gửi: các đơn vị đã đủ chỉ tiêu hoặc đã được nhắc.';

const formLabel = (kind: string) => (kind === 'exemplar' ? 'Gương' : 'Bài viết');

const CLOCK_JOB_LABEL: Record<SetupReport['triggersRescheduled'][number]['handler'], string> = {
  hourlyReconcile: 'Đối soát hằng giờ',
  dailyJob: 'Thư nhắc hằng ngày',
  monthlyReportJob: 'Báo cáo tháng tự động',
};

function scheduleVi(spec: ClockSpec): string {
  if ('everyHours' in spec) return `mỗi ${spec.everyHours} giờ`;
  if ('dailyAtHour' in spec) return `hằng ngày lúc ${spec.dailyAtHour} giờ`;
  return `ngày ${spec.monthDay} hằng tháng lúc ${spec.atHour} giờ`;
}

export function setupDone(r: SetupReport): string {
  return [
    `Trang tính tạo mới: ${r.sheetsCreated.join(', ') || 'không'}.`,
    `Biểu mẫu tạo mới: ${r.formsCreated.join(', ') || 'không'}.`,
    `Trình kích hoạt tạo mới: ${r.triggersCreated}.`,
    ...r.triggersRescheduled.map(
      (t) => `Đổi lịch theo Cấu hình: ${CLOCK_JOB_LABEL[t.handler]} chạy ${scheduleVi(t.spec)}.`,
    ),
    ...(r.formsUnpublished.length
      ? [`Biểu mẫu chưa xuất bản, hãy xuất bản thủ công: ${r.formsUnpublished.join(', ')}.`]
      : []),
    ...r.warnings,
  ].join('\n');
}

export function unitsSynced(names: readonly string[], renamed: readonly string[]): string {
  return `Đã cập nhật ${names.length} đơn vị trên hai biểu mẫu.${renamed.length ? `\nĐổi tên (giữ tên cũ làm tên gọi khác): ${renamed.join('; ')}` : ''}`;
}

export function reconciled(r: SyncOutcome): string {
  return [
    ...r.reports.map((x) => `${formLabel(x.kind)}: ${x.responses} phản hồi, bổ sung ${x.added}, lỗi ${x.rejected}.`),
    ...(r.complete ? [] : [CONTINUES]),
  ].join('\n');
}

export function rebuilt(r: SyncOutcome): string {
  return r.complete
    ? r.reports.map((x) => `${formLabel(x.kind)}: ${x.added} dòng từ ${x.responses} phản hồi.`).join('\n')
    : `Đã đọc một phần phản hồi; hai trang dữ liệu được thay cùng lúc khi đọc xong. ${CONTINUES}`;
}

export function progressUpdated(period: string): string {
  return `Đã cập nhật trang "Tiến độ" (kỳ ${period}) và trang "Xếp loại năm".`;
}

export function reportCreated(
  r: { name: string; replaced: boolean; docUrl: string; pdfUrl: string },
  chosenInProgress: boolean,
): string {
  return [
    `Đã tạo "${r.name}" (${chosenInProgress ? 'kỳ chọn ở trang Tiến độ' : 'kỳ vừa kết thúc'}).`,
    ...(r.replaced ? ['Báo cáo trước đó của kỳ này đã được chuyển vào thùng rác.'] : []),
    `Tài liệu: ${r.docUrl}`,
    `PDF: ${r.pdfUrl}`,
    'Số trang (từ trang 2) chèn trong Google Tài liệu: Chèn › Số trang.',
  ].join('\n');
}

interface Totals {
  units: number;
  recipients: number;
  withoutEmail: number;
}

export function previewWritten(emails: number, t: Totals): string {
  return emails
    ? `Đã ghi ${emails} thư vào trang "Xem trước thư" (${t.units} đơn vị, ${t.recipients} người nhận kể cả bản sao; ${t.withoutEmail} đơn vị không có email). Chưa gửi thư nào.`
    : NOTHING_TO_SEND;
}

export function confirmSend(t: Totals): string {
  return (
    `Gửi thư nhắc cho ${t.units} đơn vị, tổng ${t.recipients} người nhận (kể cả bản sao cho Nội vụ)?` +
    (t.withoutEmail ? `\n${t.withoutEmail} đơn vị không có email sẽ được ghi vào "Nhật ký gửi thư".` : '')
  );
}

export function sentNow(r: SendReport): string {
  return `Đã gửi ${r.sent} thư (${r.recipients} người nhận). Bỏ qua ${r.skipped}, hoãn do hết hạn mức ${r.deferred}, lỗi ${r.failed}. Chi tiết trong trang "Nhật ký gửi thư".${r.unfinished ? `\n${CONTINUES}` : ''}`;
}
