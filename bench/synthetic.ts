/**
 * A synthetic task appendix as a Grid, shaped like the real ones (title rows, one header row,
 * eight Roman-numbered sections, tasks and continuation rows) with about 1% planted faults.
 * Deterministic: the same options give the same grid, so timings compare across runs.
 */
import type { Cell, Grid, MergeRange } from '../src/core/grid';

export type FaultKind = 'quarter-v' | 'wrong-year' | 'unit-typo' | 'stt-gap';

export interface Fault {
  kind: FaultKind;
  /** 1-based Excel row. */
  row: number;
}

export interface Synthetic {
  grid: Grid;
  /** Data rows (tasks and continuations) generated. */
  dataRows: number;
  taskRows: number;
  continuationRows: number;
  sectionRows: number;
  /** 1-based Excel row of the header. */
  headerRow: number;
  faults: Fault[];
}

export interface SyntheticOptions {
  rows: number;
  planYear?: number;
  /** Share of data rows with a planted fault. */
  faultRate?: number;
  seed?: number;
}

const AREAS = [
  'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
  'CẢI CÁCH THỂ CHẾ',
  'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
  'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC',
  'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
  'CẢI CÁCH TÀI CHÍNH CÔNG',
  'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ',
  'NÂNG CAO CÁC CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

const OBJECTIVES = [
  'Xây dựng văn bản QPPL thuộc lĩnh vực quản lý',
  'Rà soát văn bản QPPL',
  'Kiểm soát thủ tục hành chính',
  'Công khai, minh bạch TTHC tất cả các lĩnh vực',
  'Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
  'Thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính',
  'Ứng dụng công nghệ thông tin vào hoạt động của cơ quan',
  'Cải thiện và nâng cao các chỉ số PAPI, PAR INDEX, SIPAS',
];
const TASKS = [
  'Ban hành kế hoạch và triển khai thực hiện',
  'Báo cáo kết quả thực hiện',
  'Tổ chức kiểm tra tại các phòng, đơn vị thuộc Sở',
  'Cập nhật đầy đủ thông tin trên Hệ thống quản lý',
  'Tuyên truyền, phổ biến đến công chức, viên chức',
];
const PRODUCTS = ['Kế hoạch', 'Báo cáo', '- Tờ trình\n- Quyết định', '- Công văn\n- Kế hoạch', 'Quyết định phê duyệt'];
const UNITS = [
  'Văn phòng Sở',
  'Thanh tra Sở',
  'Phòng Kế hoạch - Tài chính',
  'Trung tâm Phục vụ hành chính công',
  'Các phòng, đơn vị thuộc Sở',
];
const PARTNERS = ['Các phòng, đơn vị thuộc Sở', 'Văn phòng Sở', 'Thanh tra Sở; Phòng Kế hoạch - Tài chính', ''];
const FUNDING = ['Thường xuyên', 'Kinh phí tự chủ', 'Ngân sách tỉnh', 'Lồng ghép', 'Không phát sinh kinh phí', '20.000.000'];
const UNIT_TYPOS = ['Văn phỏng Sở', 'Thanh tra Sơ', 'Phòng Kế hoạch - Tài chinh'];

function deadlines(y: number): Array<string | Date> {
  return [
    `Quý I/${y}`,
    `Quý II/${y}`,
    `Quý III/${y}`,
    `Quý IV/${y}`,
    `Quý IV năm ${y}`,
    `Tháng 1/${y}`,
    `Tháng 06/${y}`,
    `Trước 15/01/${y}`,
    `Trước ngày 20/4/${y}`,
    'Thường xuyên',
    'Định kỳ',
    'Cả năm',
    'Khi có yêu cầu',
    'Theo quy định',
    new Date(Date.UTC(y, 2, 31)),
  ];
}

/** mulberry32: small, fast, reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLS = 9;
const s = (value: string): Cell => ({ value });

export function synthesize(opts: SyntheticOptions): Synthetic {
  const y = opts.planYear ?? 2024;
  const faultRate = opts.faultRate ?? 0.01;
  const rand = rng(opts.seed ?? 2024);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const dl = deadlines(y);
  const faultKinds: FaultKind[] = ['quarter-v', 'wrong-year', 'unit-typo', 'stt-gap'];

  const rows: (Cell | undefined)[][] = [];
  const merges: MergeRange[] = [];
  const faults: Fault[] = [];
  const wide = (text: string) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: COLS - 1 });
    const r: (Cell | undefined)[] = [s(text)];
    for (let c = 1; c < COLS; c++) r.push({ value: null });
    rows.push(r);
  };
  wide('Phụ lục');
  wide(`CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${y} CỦA SỞ NỘI VỤ`);
  wide(`(Kèm theo Kế hoạch số:      /KH-SNV ngày     tháng 01 năm ${y} của Sở Nội vụ)`);
  rows.push([]);
  const headerRow = rows.length + 1;
  rows.push(
    ['STT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm/kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí'].map(s),
  );

  let dataRows = 0;
  let taskRows = 0;
  let continuationRows = 0;
  // Every Nth data row carries a fault, cycling through the kinds; 0 turns faults off.
  const faultEvery = faultRate > 0 ? Math.max(1, Math.round(1 / faultRate)) : 0;
  let faultIndex = 0;
  for (let sec = 0; sec < AREAS.length; sec++) {
    // Section row: numeral in A, area merged across the rest (as in the real appendices).
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right: COLS - 1 });
    const secRow: (Cell | undefined)[] = [s(ROMAN[sec] as string), s(AREAS[sec] as string)];
    for (let c = 2; c < COLS; c++) secRow.push({ value: null });
    rows.push(secRow);

    const inSection = Math.floor(opts.rows / AREAS.length) + (sec < opts.rows % AREAS.length ? 1 : 0);
    let stt = 0;
    for (let i = 0; i < inSection; i++) {
      dataRows++;
      const continuation = i > 0 && rand() < 0.25;
      let fault: FaultKind | undefined;
      if (faultEvery > 0 && dataRows % faultEvery === 0) {
        fault = faultKinds[faultIndex++ % faultKinds.length];
        // A gap needs a numbered row.
        if (fault === 'stt-gap' && continuation) fault = 'quarter-v';
      }
      const excelRow = rows.length + 1;
      let sttCell: Cell = s('');
      let objective: Cell = s('');
      if (!continuation) {
        stt += fault === 'stt-gap' ? 2 : 1;
        sttCell = { value: stt };
        objective = s(`${pick(OBJECTIVES)} (${stt})`);
        taskRows++;
      } else continuationRows++;
      let deadline: Cell = { value: pick(dl) };
      let lead = pick(UNITS);
      if (fault === 'quarter-v') deadline = s(`Quý V/${y}`);
      if (fault === 'wrong-year') deadline = s(`Quý II/${y - 1}`);
      if (fault === 'unit-typo') lead = pick(UNIT_TYPOS);
      if (fault) faults.push({ kind: fault, row: excelRow });
      let partner = pick(PARTNERS);
      // A lead repeated among the partners is a fault of its own: keep it out of the clean rows.
      if (partner.includes(lead)) partner = '';
      rows.push([
        sttCell,
        objective,
        s(pick(TASKS)),
        s(pick(TASKS)),
        s(pick(PRODUCTS)),
        s(lead),
        s(partner),
        deadline,
        s(pick(FUNDING)),
      ]);
    }
  }
  return {
    grid: { name: 'Phụ lục', rows, merges },
    dataRows,
    taskRows,
    continuationRows,
    sectionRows: AREAS.length,
    headerRow,
    faults,
  };
}

/** The baseline's input: the grid's values only, as JSON (dates as ISO strings). */
export function valuesJson(grid: Grid): string {
  return JSON.stringify(grid.rows.map((r) => (r ?? []).map((c) => (c ? c.value : null))));
}
