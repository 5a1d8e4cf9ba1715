/**
 * What settings validation says (src/core/config-parse.ts): the pane's Cài đặt and the CLI's
 * --config read the same words. Each message names the field's problem; the caller adds the
 * field's path and the file.
 */
export const CONFIG_MESSAGES = {
  version: (supported: number): string => `phiên bản không được hỗ trợ (chỉ nhận ${supported})`,
  mode: 'chỉ nhận "replace" hoặc "extend"',
  directory: (ids: readonly string[]): string => `chỉ nhận "auto" hoặc một trong: ${ids.map((d) => `"${d}"`).join(', ')}`,
  yearNotNumber: 'phải là một số',
  yearNotInteger: 'phải là một năm (số nguyên)',
  yearRange: (min: number, max: number): string => `phải là năm từ ${min} đến ${max}`,
  templates: 'phải là một danh sách nhiệm vụ mẫu ([...])',
  notObject: 'cài đặt phải là một đối tượng JSON { ... }',
  /** A key the format does not have (a typo, "unit" for "units"), where it is when known, and the keys it has. */
  unknownKey: (key: string, known: readonly string[], at?: string): string =>
    `khóa "${key}"${at ? ` (${at})` : ''} không được hỗ trợ; các khóa được nhận: ${known.join(', ')}`,
  empty: 'Tệp rỗng: không có nội dung JSON nào.',
  /** Bytes that are not UTF-8 text (a file saved as UTF-16 "Unicode", or in a Windows code page). */
  notUtf8: (place: string, utf16: boolean): string =>
    `tệp không phải văn bản UTF-8${utf16 ? ' (có vẻ được lưu dạng UTF-16, "Unicode")' : ''}: ký tự không đọc được ở ${place}. Hãy lưu lại tệp với bảng mã UTF-8.`,
  place: (line: number, column: number): string => `dòng ${line}, cột ${column}`,
  invalidJson: (place: string, why: string): string => `JSON không hợp lệ ở ${place}: ${why}.`,
  syntax: 'sai cú pháp',
  /** A department's own task templates (src/templates/schema.ts). */
  template: {
    fields: { id: 'Mã', area: 'Lĩnh vực', keywords: 'Từ khóa' },
    missing: 'bị thiếu',
    notList: 'phải là một danh sách',
    notObject: 'phải là một đối tượng',
    notText: 'phải là chữ',
    empty: 'không được để trống',
    unknownFields: (keys: readonly string[]): string => `có trường không nhận ra: ${keys.join(', ')}`,
    invalid: 'không hợp lệ',
    which: (index: number | undefined): string => (index !== undefined ? `Nhiệm vụ mẫu thứ ${index + 1}` : 'Nhiệm vụ mẫu'),
    field: (where: string, label: string, problem: string): string => `${where}: trường "${label}" ${problem}.`,
    keyed: (where: string, label: string, key: string, problem: string): string => `${where}: trường "${label}" (${key}) ${problem}.`,
    whole: (where: string, problem: string): string => `${where} ${problem}.`,
    notArray: 'Danh sách nhiệm vụ mẫu phải là một mảng JSON ([...]).',
    itemNotObject: (index: number): string => `Nhiệm vụ mẫu thứ ${index + 1} phải là một đối tượng JSON ({...}).`,
    duplicateId: (index: number, label: string, id: string): string => `Nhiệm vụ mẫu thứ ${index + 1}: trường "${label}" (id) bị trùng: ${id}.`,
  },
  /** jsonc-parser's error names (printParseErrorCode) in Vietnamese. */
  json: {
    InvalidSymbol: 'ký tự không hợp lệ',
    InvalidNumberFormat: 'số viết sai',
    PropertyNameExpected: 'thiếu tên khóa trong dấu nháy kép (hoặc thừa dấu phẩy)',
    ValueExpected: 'thiếu giá trị (hoặc thừa dấu phẩy)',
    ColonExpected: 'thiếu dấu hai chấm (:)',
    CommaExpected: 'thiếu dấu phẩy (,)',
    CloseBraceExpected: 'thiếu dấu đóng ngoặc }',
    CloseBracketExpected: 'thiếu dấu đóng ngoặc ]',
    EndOfFileExpected: 'có nội dung thừa sau cuối',
    InvalidCommentToken: 'JSON không được có chú thích',
    UnexpectedEndOfComment: 'JSON không được có chú thích',
    UnexpectedEndOfString: 'chuỗi chưa đóng dấu nháy kép',
    UnexpectedEndOfNumber: 'số viết dở',
    InvalidUnicode: 'mã \\u viết sai',
    InvalidEscapeCharacter: 'ký tự sau dấu \\ không hợp lệ',
    InvalidCharacter: 'ký tự điều khiển trong chuỗi',
  } as Record<string, string>,
} as const;
