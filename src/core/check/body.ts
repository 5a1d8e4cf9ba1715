/**
 * The body whose plan this is, as its title rows name it: "(Kèm theo Kế hoạch số …/KH-SNV ngày …
 * của Sở Nội vụ)" or "CÁC NHIỆM VỤ … NĂM 2024 CỦA SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI". The
 * mixed-case form is preferred (the Kèm theo line), else the title's capitals as written.
 */
const AGENCY =
  /^(sở|ủy ban|uỷ ban|ubnd|ban|văn phòng|thanh tra|trung tâm|bộ|cục|chi cục|tổng cục|huyện|thành phố|thị xã|tỉnh|xã|phường|đài|bệnh viện|trường|kho bạc|công an|bảo hiểm|đại học|viện|hội)(\s|$)/u;

export function detectBody(titleTexts: readonly string[]): string | undefined {
  let capitals: string | undefined;
  for (const text of titleTexts) {
    const t = text.normalize('NFC').replace(/\s+/g, ' ');
    // The last "của X" in the line: "Kế hoạch … của Sở" names the plan's owner at the end.
    const matches = [...t.matchAll(/\bcủa\s+([^()]+?)\s*(?:\)|$|;|,?\s*ngày\b)/giu)];
    for (let i = matches.length - 1; i >= 0; i--) {
      const name = matches[i]![1]!.replace(/[.,;:\s]+$/, '').trim();
      if (!AGENCY.test(name.toLowerCase()) || name.length > 120) continue;
      if (name === name.toUpperCase()) capitals ??= name;
      else return name;
      break;
    }
  }
  return capitals;
}
