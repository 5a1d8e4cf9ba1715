/**
 * Sheets for the demo and the tests: a JSON Grid loader (the bundled Quảng Trị appendix) and a
 * large appendix generated in code (20,000 rows by default) for speed and sync-count checks.
 */
import type { Cell, Grid, MergeRange } from '../../core/grid';

export interface GridJson {
  name: string;
  rows: (((Cell | null)[] | null) | undefined)[];
  merges: MergeRange[];
  colWidths?: number[];
}

/** JSON has null where a Grid has holes: turn them back into undefined. */
export function gridFromJson(json: GridJson): Grid & { colWidths?: number[] } {
  const rows = json.rows.map((row) => (row ? row.map((c) => c ?? undefined) : undefined));
  const grid: Grid & { colWidths?: number[] } = { name: json.name, rows, merges: json.merges };
  if (json.colWidths) grid.colWidths = json.colWidths;
  return grid;
}

const SECTIONS = [
  'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
  'CẢI CÁCH THỂ CHẾ',
  'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
  'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC',
  'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
  'CẢI CÁCH TÀI CHÍNH CÔNG',
  'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ',
  'DUY TRÌ VÀ NÂNG CAO CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const TASKS = [
  ['Ban hành Kế hoạch CCHC năm 2024', 'Kế hoạch', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý I/2024'],
  ['Báo cáo kết quả thực hiện', '- Báo cáo\n- Công văn', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý IV/2024'],
  ['Kiểm tra công tác CCHC', '- Kế hoạch\n- Báo cáo kết quả kiểm tra', 'Thanh tra Sở', 'Văn phòng Sở', 'Quý III/2024'],
  ['Rà soát thủ tục hành chính', 'Báo cáo rà soát', 'Văn phòng Sở', 'Phòng Kế hoạch - Tài chính', 'Thường xuyên'],
  ['Tuyên truyền CCHC', 'Tin, bài', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Trước ngày 15/01/2024'],
];

/** A well-formed appendix of about `rows` rows: title, header, eight sections of numbered tasks. */
export function largeSample(rows = 20_000): Grid {
  const out: (Cell | undefined)[][] = [];
  const merges: MergeRange[] = [];
  const text = (v: string): Cell => ({ value: v });
  out.push([text('Phụ lục')]);
  out.push([text('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ (MẪU LỚN)')]);
  merges.push({ top: 0, left: 0, bottom: 0, right: 8 }, { top: 1, left: 0, bottom: 1, right: 8 });
  out.push([]);
  out.push(
    ['STT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm/kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí'].map(text),
  );
  const perSection = Math.max(1, Math.floor((rows - out.length) / SECTIONS.length) - 1);
  SECTIONS.forEach((title, s) => {
    merges.push({ top: out.length, left: 1, bottom: out.length, right: 8 });
    out.push([text(ROMAN[s] ?? ''), text(title)]);
    for (let i = 0; i < perSection && out.length < rows; i++) {
      const t = TASKS[i % TASKS.length]!;
      out.push([
        { value: i + 1 },
        text(`Mục tiêu ${i + 1} của lĩnh vực ${ROMAN[s]}`),
        text(`${t[0]} (${i + 1})`),
        text('Xây dựng, ban hành và triển khai thực hiện'),
        text(t[1]!),
        text(t[2]!),
        text(t[3]!),
        text(t[4]!),
        text('Thường xuyên'),
      ]);
    }
  });
  return { name: 'Mẫu 20.000 dòng', rows: out, merges };
}
