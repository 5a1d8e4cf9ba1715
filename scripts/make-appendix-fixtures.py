#!/usr/bin/python3
"""Builds the post-2025 appendix fixtures in test/fixtures/appendices/ and their expectations in
test/fixtures/expect/: for each kind of body (a merged Sở Nội vụ in 2026, a commune in 2026, a ward
whose plan has a cover sheet and the plan's text above the table, a department's plan of January
2025 when the districts still existed), a clean workbook and one with planted faults.

The expectations come from this script's own list of planted faults (row, column, code), never
from running the checker. Each workbook is written by a different producer, as real ones are:
openpyxl, XlsxWriter, and LibreOffice (soffice --convert-to xlsx of an openpyxl file).

Run: /usr/bin/python3 scripts/make-appendix-fixtures.py   (needs python3-openpyxl,
python3-xlsxwriter and libreoffice-calc; the outputs are committed, so tests need none of them)
"""
import datetime
import json
import os
import shutil
import subprocess
import tempfile

import openpyxl
import xlsxwriter
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test', 'fixtures', 'appendices')
EXPECT = os.path.join(ROOT, 'test', 'fixtures', 'expect')


class Sheet:
    """Rows of values (None = empty), merges in A1 form, and body rows tagged by an id."""

    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []
        self.ids = {}

    def add(self, values, merge_to=None, tag=None):
        self.rows.append(list(values))
        r = len(self.rows)
        if merge_to:
            self.merges.append(f'A{r}:{merge_to}{r}')
        if tag:
            self.ids[tag] = r
        return r

    def merge(self, a1):
        self.merges.append(a1)

    def set(self, tag, col, value):
        r = self.ids[tag]
        row = self.rows[r - 1]
        c = ord(col) - ord('A')
        while len(row) <= c:
            row.append(None)
        row[c] = value
        return r


def write_openpyxl(sheets, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.name)
        for r, row in enumerate(s.rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, (datetime.date, datetime.datetime)):
                    cell.number_format = 'dd/mm/yyyy'
                if isinstance(v, str) and '\n' in v:
                    cell.alignment = openpyxl.styles.Alignment(wrap_text=True)
        for m in s.merges:
            ws.merge_cells(m)
        for c in range(1, 9):
            ws.column_dimensions[get_column_letter(c)].width = 22
    wb.save(path)


def write_xlsxwriter(sheets, path):
    wb = xlsxwriter.Workbook(path)
    date = wb.add_format({'num_format': 'dd/mm/yyyy'})
    wrap = wb.add_format({'text_wrap': True})
    for s in sheets:
        ws = wb.add_worksheet(s.name)
        merged = {}
        for m in s.merges:
            a, b = m.split(':')
            merged[a] = b
        for r, row in enumerate(s.rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                a1 = f'{get_column_letter(c + 1)}{r + 1}'
                fmt = date if isinstance(v, (datetime.date, datetime.datetime)) else (wrap if isinstance(v, str) and '\n' in v else None)
                if a1 in merged:
                    ws.merge_range(f'{a1}:{merged.pop(a1)}', v, fmt)
                elif isinstance(v, (datetime.date, datetime.datetime)):
                    ws.write_datetime(r, c, datetime.datetime.combine(v, datetime.time()) if isinstance(v, datetime.date) and not isinstance(v, datetime.datetime) else v, date)
                elif isinstance(v, str):
                    ws.write_string(r, c, v, fmt)
                else:
                    ws.write(r, c, v)
        for a, b in merged.items():  # merges over empty masters
            ws.merge_range(f'{a}:{b}', '')
        ws.set_column(0, 7, 22)
    wb.close()


def write_libreoffice(sheets, path):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'src.xlsx')
        write_openpyxl(sheets, src)
        out = os.path.join(tmp, 'out')
        os.mkdir(out)
        subprocess.run(
            ['soffice', f'-env:UserInstallation=file://{tmp}/profile', '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        shutil.copy(os.path.join(out, 'src.xlsx'), path)


WRITERS = {'openpyxl': write_openpyxl, 'xlsxwriter': write_xlsxwriter, 'libreoffice': write_libreoffice}


def fault(sheet, tag, col, value, code, why, report_col=None):
    """Plants a fault: sets the cell, returns the expectation item (the issue's column role)."""
    r = sheet.set(tag, col, value)
    return {'sheet': sheet.name, 'row': r, 'column': report_col, 'codes': [code], 'why': why}


# ---------------------------------------------------------------------------------------------
# 1. A merged Sở Nội vụ, 2026: a three-row header, Arabic sections with tasks 1.1, 1.2 …
# ---------------------------------------------------------------------------------------------
SNV_TASKS = [
    ('1. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', [
        ('1.1', 'Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Sở', 'Kế hoạch', 'Phòng Cải cách hành chính', 'Các phòng, ban, đơn vị thuộc Sở', 'Tháng 01/2026', 'Kinh phí thường xuyên'),
        ('1.2', 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị', 'Kết luận kiểm tra', 'Phòng Cải cách hành chính', 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ; Phòng Công chức, viên chức', 'Quý III/2026', 'Ngân sách tỉnh'),
        ('1.3', 'Báo cáo công tác cải cách hành chính định kỳ', 'Báo cáo', 'Văn phòng Sở', 'Các phòng, ban, đơn vị thuộc Sở', 'Thường xuyên', 'Không phát sinh kinh phí'),
    ]),
    ('2. CẢI CÁCH THỂ CHẾ', [
        ('2.1', 'Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ', 'Danh mục văn bản', 'Văn phòng Sở', 'Sở Tư pháp, Phòng Xây dựng chính quyền và công tác thanh niên', 'Quý II/2026', 'Ngân sách tỉnh'),
        ('2.2', 'Tham mưu quy định phân cấp quản lý công chức, viên chức', 'Quyết định của UBND tỉnh', 'Phòng Công chức, viên chức', 'Văn phòng Sở; Sở Tư pháp', 'Quý III/2026', 'Ngân sách tỉnh và nguồn hợp pháp khác'),
    ]),
    ('3. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', [
        ('3.1', 'Công bố, công khai thủ tục hành chính lĩnh vực nội vụ', 'Quyết định công bố', 'Văn phòng Sở', 'Trung tâm Phục vụ hành chính công tỉnh', 'Khi có yêu cầu', 'Không phát sinh kinh phí'),
        ('3.2', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Hồ sơ được số hóa', 'Phòng Cải cách hành chính', 'Trung tâm Phục vụ hành chính công tỉnh; UBND các xã, phường', 'Thường xuyên', 'Nguồn thu sự nghiệp'),
        ('3.3', 'Hướng dẫn vận hành Trung tâm Phục vụ hành chính công cấp xã', 'Văn bản hướng dẫn', 'Phòng Cải cách hành chính', 'Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công xã', 'Quý II/2026', 'Ngân sách tỉnh'),
        ('3.4', 'Khảo sát, đánh giá chỉ số hài lòng SIPAS', 'Báo cáo kết quả', 'Phòng Cải cách hành chính', 'Các phòng, ban, đơn vị thuộc Sở', datetime.date(2026, 11, 30), 'Ngân sách tỉnh'),
    ]),
    ('4. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC', [
        ('4.1', 'Sắp xếp tổ chức bộ máy các đơn vị sự nghiệp thuộc Sở', 'Đề án', 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ', 'Văn phòng Sở, Trung tâm Dịch vụ việc làm', 'Quý II/2026', 'Kinh phí thường xuyên'),
        ('4.2', 'Thẩm định đề án vị trí việc làm của UBND các xã, phường', 'Văn bản thẩm định', 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ', 'UBND các xã, phường', 'Thường xuyên', 'Không phát sinh kinh phí'),
        ('4.3', 'Quản lý hồ sơ lưu trữ của các tổ chức phi chính phủ', 'Hồ sơ lưu trữ', 'Phòng Quản lý văn thư, lưu trữ', 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ', 'Quý IV/2026', 'Ngân sách tỉnh'),
    ]),
    ('5. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', [
        ('5.1', 'Tuyển dụng công chức, viên chức', 'Kết quả tuyển dụng', 'Phòng Công chức, viên chức', 'Các phòng, ban, đơn vị thuộc Sở', 'Quý IV/2026', 'Nguồn thu sự nghiệp'),
        ('5.2', 'Bồi dưỡng kiến thức cải cách hành chính', 'Lớp bồi dưỡng', 'Phòng Công chức, viên chức', '- Phòng Cải cách hành chính;\n- Phòng Quản lý văn thư, lưu trữ', 'Quý III/2026', 'Ngân sách tỉnh'),
    ]),
    ('6. CẢI CÁCH TÀI CHÍNH CÔNG', [
        ('6.1', 'Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp', 'Báo cáo', 'Phòng Kế hoạch - Tài chính', 'Các đơn vị sự nghiệp công lập thuộc Sở', 'Thường xuyên', 'Kinh phí tự chủ'),
    ]),
    ('7. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', [
        ('7.1', 'Vận hành Hệ thống thông tin giải quyết thủ tục hành chính', 'Hệ thống vận hành ổn định', 'Phòng Cải cách hành chính', 'Sở Khoa học và Công nghệ; Viễn thông tỉnh', 'Thường xuyên', 'Kinh phí chuyển đổi số'),
        ('7.2', 'Số hóa tài liệu lưu trữ', 'Kho lưu trữ số', 'Phòng Quản lý văn thư, lưu trữ', 'Văn phòng Sở', 'Quý IV/2026', 'Nguồn thu sự nghiệp'),
    ]),
    ('8. THÔNG TIN, TUYÊN TRUYỀN', [
        ('8.1', 'Tuyên truyền về cải cách hành chính', 'Tin, bài', 'Văn phòng Sở', 'Các phòng, ban, đơn vị thuộc Sở, Báo và Phát thanh, Truyền hình tỉnh', 'Thường xuyên', '20.000.000 đồng'),
    ]),
]


def so_noi_vu_2026(faulty):
    s = Sheet('Phụ lục')
    s.add(['UBND TỈNH QUẢNG TRỊ'], 'C')
    s.add(['SỞ NỘI VỤ'], 'C')
    s.add([])
    s.add(['Phụ lục'], 'G')
    s.add(['DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ'], 'G')
    s.add(['(Kèm theo Kế hoạch số:      /KH-SNV ngày     tháng 12 năm 2025 của Sở Nội vụ tỉnh Quảng Trị)'], 'G')
    s.add([])
    h = s.add(['STT', 'Nội dung nhiệm vụ', 'Sản phẩm', 'Kế hoạch thực hiện', None, None, 'Nguồn kinh phí'])
    s.add([None, None, None, 'Trách nhiệm thực hiện', None, 'Thời gian hoàn thành', None])
    s.add([None, None, None, 'Chủ trì', 'Phối hợp', None, None])
    for a1 in (f'A{h}:A{h + 2}', f'B{h}:B{h + 2}', f'C{h}:C{h + 2}', f'D{h}:F{h}', f'G{h}:G{h + 2}', f'D{h + 1}:E{h + 1}', f'F{h + 1}:F{h + 2}'):
        s.merge(a1)
    s.add(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'])
    for title, tasks in SNV_TASKS:
        s.add([title], 'G', tag=title[:2])
        for stt, task, product, lead, partners, deadline, funding in tasks:
            s.add([stt, task, product, lead, partners, deadline, funding], tag=stt)
    s.add([])
    s.add([None, None, None, None, 'GIÁM ĐỐC'])
    must = []
    if faulty:
        must = [
            fault(s, '2.1', 'D', 'Văn phỏng Sở', 'unit.unknown', 'a typo of a listed unit (suggest Văn phòng Sở)', 'lead'),
            fault(s, '3.4', 'A', '3.5', 'stt.gap', '3.1, 3.2, 3.3, 3.5: 3.4 is missing', 'stt'),
            fault(s, '5.', 'A', '5. CẢI CÁCH CHẾ ĐỘ CỒNG VỤ', 'section.nonstandard', 'a misspelt reform area', 'stt'),
            fault(s, '4.2', 'E', 'UBND các huyện, thị xã, thành phố', 'unit.obsolete', 'the district level ended on 30/6/2025', 'partners'),
            fault(s, '6.1', 'D', 'Thanh tra Sở', 'unit.obsolete', 'department inspectorates ended on 30/6/2025 (Luật Thanh tra 2025)', 'lead'),
            fault(s, '5.1', 'E', 'Phòng Công chức - Viên chức; Văn phòng Sở', 'partner.same-as-lead', 'the lead again among the partners, spelt otherwise', 'partners'),
            fault(s, '7.2', 'D', None, 'lead.missing', 'no lead unit (the lead column is found under a three-row header)', 'lead'),
            fault(s, '1.3', 'F', 'Quý IV/2025', 'deadline.year-mismatch', 'a 2025 deadline in a 2026 plan', 'deadline'),
            fault(s, '3.2', 'G', 'Nguồn thu sự nghệp', 'funding.unknown', 'a typo of Nguồn thu sự nghiệp', 'funding'),
            fault(s, '2.2', 'E', 'Sở Lao động - Thương binh và Xã hội', 'unit.obsolete', 'merged into the Sở Nội vụ from 01/3/2025', 'partners'),
            fault(s, '7.2', 'E', 'Phòng Quản lý văn thư, lưu trử', 'unit.unknown', 'a one-off typo of a unit the sheet uses several times', 'partners'),
        ]
    return [s], must


# ---------------------------------------------------------------------------------------------
# 2. A commune, 2026 (XlsxWriter): a letterhead in one cell, a two-row header, Roman sections
# ---------------------------------------------------------------------------------------------
XA_TASKS = [
    ('I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', [
        ('Ban hành Kế hoạch cải cách hành chính năm 2026 của xã', 'Kế hoạch', 'Văn phòng HĐND và UBND xã', 'Các phòng, ban, đơn vị thuộc UBND xã', 'Tháng 01/2026', 'Ngân sách xã'),
        ('Kiểm tra công tác cải cách hành chính tại các thôn', 'Báo cáo kiểm tra', 'Văn phòng HĐND và UBND xã', 'Phòng Văn hóa - Xã hội; Các thôn', 'Quý III/2026', 'Ngân sách xã'),
        ('Tuyên truyền cải cách hành chính trên hệ thống truyền thanh', 'Tin, bài', 'Phòng Văn hóa - Xã hội', 'Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội', 'Thường xuyên', 'Ngân sách xã, nguồn xã hội hóa'),
    ]),
    ('II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', [
        ('Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã', 'Bộ thủ tục được niêm yết', 'Trung tâm Phục vụ hành chính công xã', 'Văn phòng HĐND và UBND xã', 'Quý I/2026', 'Không phát sinh kinh phí'),
        ('Hướng dẫn người dân nộp hồ sơ trực tuyến', 'Hồ sơ trực tuyến', 'Trung tâm Phục vụ hành chính công xã', 'Tổ công nghệ số cộng đồng; Đoàn Thanh niên xã', 'Thường xuyên', 'Ngân sách xã'),
        ('Giải quyết thủ tục đăng ký cư trú', 'Hồ sơ được giải quyết', 'Công an xã', 'Trung tâm Phục vụ hành chính công xã', 'Thường xuyên', 'Không phát sinh kinh phí'),
    ]),
    ('III', 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC', [
        ('Kiện toàn tổ chức các phòng chuyên môn thuộc UBND xã', 'Quyết định kiện toàn', 'Phòng Văn hóa - Xã hội', 'Các phòng, ban, đơn vị thuộc UBND xã', 'Quý II/2026', 'Ngân sách xã'),
        ('Rà soát chức năng của Ban Chỉ huy quân sự xã và Công an xã trong giải quyết thủ tục', 'Báo cáo rà soát', 'Văn phòng HĐND và UBND xã', 'Ban Chỉ huy quân sự xã, Công an xã', 'Quý III/2026', 'Không phát sinh kinh phí'),
    ]),
    ('IV', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', [
        ('Bồi dưỡng kỹ năng cho cán bộ, công chức xã', 'Lớp bồi dưỡng', 'Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND xã', 'Quý II/2026', 'Ngân sách xã'),
        ('Đánh giá, xếp loại công chức', 'Kết quả đánh giá', 'Phòng Văn hóa - Xã hội', 'Các phòng, ban, đơn vị thuộc UBND xã', datetime.date(2026, 12, 15), 'Không phát sinh kinh phí'),
    ]),
    ('V', 'CẢI CÁCH TÀI CHÍNH CÔNG', [
        ('Công khai dự toán, quyết toán ngân sách xã', 'Báo cáo công khai', 'Phòng Kinh tế', 'Văn phòng HĐND và UBND xã', 'Quý I/2026', 'Ngân sách xã'),
        ('Huy động nguồn lực xây dựng nông thôn mới', 'Công trình hoàn thành', 'Phòng Kinh tế', 'Các thôn; Ủy ban MTTQ Việt Nam xã', 'Quý IV/2026', 'Chương trình mục tiêu quốc gia'),
    ]),
    ('VI', 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', [
        ('Hỗ trợ người dân sử dụng dịch vụ công trực tuyến', 'Số hồ sơ trực tuyến', 'Tổ công nghệ số cộng đồng', 'Trung tâm Phục vụ hành chính công xã; Đoàn Thanh niên xã', 'Thường xuyên', 'Ngân sách xã'),
        ('Số hóa sổ hộ tịch', 'Dữ liệu hộ tịch số', 'Văn phòng HĐND và UBND xã', 'Tổ công nghệ số cộng đồng; Sở Tư pháp', 'Quý III/2026', 'Nguồn thu sự nghiệp'),
        ('Kết nối Trạm Y tế xã với cơ sở dữ liệu dân cư', 'Dữ liệu được kết nối', 'Trạm Y tế xã', 'Công an xã', 'Quý IV/2026', 'Ngân sách xã'),
    ]),
]


def xa_2026(faulty):
    s = Sheet('PL nhiệm vụ')
    s.add(['ỦY BAN NHÂN DÂN\nXÃ CAM LỘ'], 'C')
    s.add([])
    s.add(['Phụ lục'], 'G')
    s.add(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND XÃ CAM LỘ'], 'G')
    s.add(['(Kèm theo Kế hoạch số     /KH-UBND ngày     tháng 01 năm 2026 của Ủy ban nhân dân xã Cam Lộ)'], 'G')
    s.add([])
    h = s.add(['STT', 'Nhiệm vụ', 'Kết quả, sản phẩm', 'Trách nhiệm thực hiện', None, 'Thời hạn hoàn thành', 'Kinh phí'])
    s.add([None, None, None, 'Cơ quan chủ trì', 'Cơ quan phối hợp', None, None])
    for a1 in (f'A{h}:A{h + 1}', f'B{h}:B{h + 1}', f'C{h}:C{h + 1}', f'D{h}:E{h}', f'F{h}:F{h + 1}', f'G{h}:G{h + 1}'):
        s.merge(a1)
    for numeral, title, tasks in XA_TASKS:
        r = s.add([numeral, title], tag=numeral)
        s.merge(f'B{r}:G{r}')
        for i, (task, product, lead, partners, deadline, funding) in enumerate(tasks, start=1):
            s.add([i, task, product, lead, partners, deadline, funding], tag=f'{numeral}.{i}')
    s.add([])
    s.add([None, None, None, 'TM. ỦY BAN NHÂN DÂN'])
    s.add([None, None, None, 'CHỦ TỊCH'])
    must = []
    if faulty:
        must = [
            fault(s, 'II.2', 'D', 'UBND huyện', 'unit.obsolete', 'the district level ended on 30/6/2025', 'lead'),
            fault(s, 'III.1', 'E', 'Phòng Tài chính - Kế hoạch huyện', 'unit.obsolete', 'a district room, gone since 01/7/2025', 'partners'),
            fault(s, 'IV.1', 'E', 'Phòng Văn hoá – Xã hội; Văn phòng HĐND và UBND xã', 'partner.same-as-lead', 'the lead again as a partner, other tone placement and an en dash', 'partners'),
            fault(s, 'VI.2', 'E', 'Tổ công nghệ số công đồng; Sở Tư pháp', 'unit.unknown', 'a one-off typo of a unit the sheet uses several times', 'partners'),
            fault(s, 'II.3', 'F', 'Tháng 13/2026', 'deadline.invalid', 'there is no 13th month', 'deadline'),
            fault(s, 'V.2', 'A', 1, 'stt.duplicate', 'tasks 1, 1 in section V', 'stt'),
            fault(s, 'I.3', 'G', 'Ngân sách huyện', 'funding.unknown', 'the district budget no longer exists', 'funding'),
            fault(s, 'VI.3', 'D', None, 'lead.missing', 'no lead unit', 'lead'),
            fault(s, 'V', 'A', 'VI', 'section.numbering', 'section V numbered VI', 'stt'),
        ]
    return [s], must


# ---------------------------------------------------------------------------------------------
# 3. A ward, 2026 (LibreOffice): a cover sheet names the ward; the appendix sheet carries the
#    plan's text above its table (the header below row 40) and "Nội dung N:" sections
# ---------------------------------------------------------------------------------------------
PHUONG_SECTIONS = [
    ('Nội dung 1: CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', [
        ('Ban hành Kế hoạch cải cách hành chính năm 2026', 'Văn phòng HĐND và UBND phường', 'Các phòng, ban, đơn vị thuộc UBND phường', 'Tháng 01/2026', 'Ngân sách phường', 'Kế hoạch'),
        ('Kiểm tra cải cách hành chính tại các tổ dân phố', 'Văn phòng HĐND và UBND phường', 'Các tổ dân phố', 'Quý III/2026', 'Ngân sách phường', 'Báo cáo'),
    ]),
    ('Nội dung 2: CẢI CÁCH THỦ TỤC HÀNH CHÍNH', [
        ('Vận hành Trung tâm Phục vụ hành chính công phường', 'Trung tâm Phục vụ hành chính công phường', 'Công an phường, Phòng Kinh tế, Hạ tầng và Đô thị', 'Thường xuyên', 'Ngân sách phường', 'Hồ sơ được giải quyết'),
        ('Giải quyết thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Trung tâm Phục vụ hành chính công phường', 'Thường xuyên', 'Nguồn thu sự nghiệp', 'Giấy phép'),
        ('Tiếp nhận hồ sơ đăng ký khai sinh trực tuyến', 'Văn phòng HĐND và UBND phường', 'Trung tâm Phục vụ hành chính công phường; Công an phường', 'Thường xuyên', 'Không phát sinh kinh phí', 'Hồ sơ trực tuyến'),
    ]),
    ('Nội dung 3: CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', [
        ('Bồi dưỡng kỹ năng giao tiếp cho công chức một cửa', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công phường', 'Quý II/2026', 'Ngân sách phường', 'Lớp bồi dưỡng'),
        ('Tổ chức cho thanh niên hỗ trợ người dân tại Trung tâm', 'Đoàn Thanh niên phường', 'Trung tâm Phục vụ hành chính công phường', 'Quý III/2026', 'Nguồn hợp pháp khác', 'Đội hình tình nguyện'),
    ]),
    ('Nội dung 4: XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', [
        ('Cập nhật dữ liệu dân cư phục vụ giải quyết thủ tục', 'Công an phường', 'Các tổ dân phố', 'Thường xuyên', 'Không phát sinh kinh phí', 'Dữ liệu dân cư'),
        ('Trang bị thiết bị cho Trung tâm Phục vụ hành chính công phường', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Trung tâm Phục vụ hành chính công phường', 'Quý II/2026', 'Ngân sách phường', 'Thiết bị'),
        ('Phối hợp bảo đảm an ninh tại Trung tâm', 'Ban Chỉ huy quân sự phường', 'Công an phường', 'Thường xuyên', 'Ngân sách phường', 'Phương án'),
    ]),
]

PLAN_TEXT = [
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'Triển khai đồng bộ các nhiệm vụ cải cách hành chính theo Kế hoạch của UBND tỉnh và hướng dẫn của Sở Nội vụ; nâng cao chất lượng phục vụ người dân, doanh nghiệp.',
    'UBND phường tập trung chỉ đạo việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường.',
    '2. Yêu cầu',
    'Các phòng, ban, đơn vị thuộc UBND phường xác định cải cách hành chính là nhiệm vụ trọng tâm, gắn với trách nhiệm của người đứng đầu.',
    'II. NHIỆM VỤ TRỌNG TÂM',
]


def phuong_2026(faulty):
    cover = Sheet('Bìa')
    cover.add(['ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG HÀ', None, None, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'])
    cover.merge('A1:C1')
    cover.merge('D1:G1')
    cover.add([])
    cover.add([None, None, None, 'Đông Hà, ngày     tháng 01 năm 2026'])
    cover.add([])
    cover.add(['KẾ HOẠCH'], 'G')
    cover.add(['Cải cách hành chính năm 2026'], 'G')
    s = Sheet('Phụ lục')
    # the plan's text first: 44 rows of paragraphs and blank lines
    for i in range(44):
        s.add([PLAN_TEXT[i % len(PLAN_TEXT)] if i % 3 != 2 else None])
    s.add(['Phụ lục'], 'G')
    s.add(['DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026'], 'G')
    s.add(['(Kèm theo Kế hoạch số      /KH-UBND ngày     tháng 01 năm 2026)'], 'G')
    s.add(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Kinh phí', 'Sản phẩm'])
    n = 0
    for title, tasks in PHUONG_SECTIONS:
        s.add([title], 'G', tag=title[:11])
        for task, lead, partners, deadline, funding, product in tasks:
            n += 1
            s.add([n, task, lead, partners, deadline, funding, product], tag=n)
    s.add([])
    s.add(['Nơi nhận:'])
    must = []
    if faulty:
        must = [
            fault(s, 3, 'C', 'UBND thị xã', 'unit.obsolete', 'the district level (a town, thị xã) ended on 30/6/2025', 'lead'),
            fault(s, 7, 'A', 8, 'stt.gap', 'numbered through: 6, 8 (7 is missing)', 'stt'),
            fault(s, 'Nội dung 4:', 'A', 'Nội dung 5: XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', 'section.numbering', 'Nội dung 3 followed by 5', 'stt'),
            fault(s, 9, 'E', None, 'deadline.missing', 'no deadline', 'deadline'),
            fault(s, 2, 'F', 'Ngân sách thành phố', 'funding.unknown', 'no city budget under a ward', 'funding'),
            fault(s, 10, 'D', 'Công an phưòng', 'unit.unknown', 'a wrong tone mark (suggest Công an phường)', 'partners'),
        ]
        # the rows after the planted gap are renumbered one up, as a clerk who skipped 7 would
        for k in (8, 9, 10):
            s.set(k, 'A', k + 1)
    return [cover, s], must


# ---------------------------------------------------------------------------------------------
# 4. A department's plan of January 2025: the districts and the labour department still exist
# ---------------------------------------------------------------------------------------------
JAN_SECTIONS = [
    ('I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', [
        ('Xây dựng Kế hoạch cải cách hành chính năm 2025', 'Phòng Cải cách hành chính', 'Các phòng, đơn vị thuộc Sở', 'Tháng 01/2025', 'Kinh phí tự chủ'),
        ('Kiểm tra công tác cải cách hành chính tại UBND cấp huyện', 'Phòng Cải cách hành chính', 'UBND các huyện, thị xã, thành phố; Phòng Nội vụ các huyện, thị xã, thành phố', 'Quý III/2025', 'Ngân sách tỉnh'),
    ]),
    ('II', 'CẢI CÁCH THỂ CHẾ', [
        ('Rà soát văn bản quy phạm pháp luật lĩnh vực nội vụ', 'Thanh tra Sở', 'Văn phòng Sở; Sở Tư pháp', 'Quý II/2025', 'Kinh phí tự chủ'),
        ('Phối hợp xây dựng đề án hợp nhất Sở Nội vụ và Sở Lao động - Thương binh và Xã hội', 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ', 'Sở Lao động - Thương binh và Xã hội', 'Tháng 02/2025', 'Ngân sách tỉnh'),
    ]),
    ('III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', [
        ('Công bố thủ tục hành chính lĩnh vực thi đua, khen thưởng', 'Ban Thi đua - Khen thưởng', 'Trung tâm Phục vụ hành chính công tỉnh', 'Khi có yêu cầu', 'Không phát sinh kinh phí'),
        ('Hướng dẫn Bộ phận một cửa cấp huyện', 'Phòng Cải cách hành chính', 'UBND cấp huyện', 'Quý II/2025', 'Ngân sách tỉnh'),
    ]),
    ('IV', 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', [
        ('Kết nối hệ thống quản lý văn bản với Sở Thông tin và Truyền thông', 'Văn phòng Sở', 'Sở Thông tin và Truyền thông', 'Quý I/2025', 'Ngân sách tỉnh'),
        ('Số hóa hồ sơ lưu trữ', 'Chi cục Văn thư - Lưu trữ', 'Văn phòng Sở', 'Quý IV/2025', 'Kinh phí tự chủ'),
    ]),
]


def so_thang_1_2025(faulty):
    s = Sheet('Phụ lục 01')
    s.add(['SỞ NỘI VỤ'], 'C')
    s.add([])
    s.add(['Phụ lục'], 'G')
    s.add(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025'], 'G')
    s.add(['(Kèm theo Kế hoạch số 15/KH-SNV ngày 10 tháng 01 năm 2025 của Sở Nội vụ)'], 'G')
    h = s.add(['TT', 'Nhiệm vụ cụ thể', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', None, 'Kinh phí'])
    s.add([None, None, None, None, 'Bắt đầu', 'Hoàn thành', None])
    for a1 in (f'A{h}:A{h + 1}', f'B{h}:B{h + 1}', f'C{h}:C{h + 1}', f'D{h}:D{h + 1}', f'E{h}:F{h}', f'G{h}:G{h + 1}'):
        s.merge(a1)
    for numeral, title, tasks in JAN_SECTIONS:
        s.add([numeral, title], tag=numeral)
        for i, (task, lead, partners, deadline, funding) in enumerate(tasks, start=1):
            s.add([i, task, lead, partners, 'Tháng 01/2025', deadline, funding], tag=f'{numeral}.{i}')
    s.add([])
    s.add([None, None, None, None, 'KT. GIÁM ĐỐC'])
    must = []
    if faulty:
        must = [
            fault(s, 'I.2', 'D', 'UBND các huyện, thị xã, thành phố; Phòng Nội vu các huyện, thị xã, thành phố', 'unit.unknown', 'a typo (suggest Phòng Nội vụ huyện, valid in January 2025)', 'partners'),
            fault(s, 'III', 'A', 'IV', 'section.numbering', 'section III numbered IV', 'stt'),
            fault(s, 'II.2', 'A', 3, 'stt.gap', 'tasks 1, 3 in section II', 'stt'),
            fault(s, 'IV.1', 'F', 'Quý II/2024', 'deadline.year-mismatch', 'a 2024 deadline in a 2025 plan', 'deadline'),
            fault(s, 'IV.2', 'F', 'Sắp tới', 'deadline.unrecognized', 'text that is no deadline', 'deadline'),
            fault(s, 'III.1', 'G', None, 'funding.missing', 'no funding', 'funding'),
            fault(s, 'II.1', 'G', '#N/A', 'cell.error-value', 'an error value', 'funding'),
        ]
    return [s], must


# ---------------------------------------------------------------------------------------------
# 5. A commune of the Central Highlands, 2026, written by a script that merges nothing: a
#    three-row header whose group labels sit over blank cells, Arabic sections in one cell,
#    units and places named in a minority language (Ea Kar, Cư M'gar), commas inside names
# ---------------------------------------------------------------------------------------------
XA_EA_KAR_TASKS = [
    ('1. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', [
        ('1.1', 'Ban hành Kế hoạch cải cách hành chính năm 2026', 'Kế hoạch', 'Văn phòng HĐND và UBND xã', 'Các phòng, ban, đơn vị thuộc UBND xã', 'Tháng 01/2026', 'Ngân sách xã'),
        ('1.2', 'Kiểm tra cải cách hành chính tại các thôn, buôn', 'Báo cáo', 'Văn phòng HĐND và UBND xã', 'Các thôn, buôn; Công an xã Ea Kar', 'Quý III/2026', 'Ngân sách xã'),
    ]),
    ('2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', [
        ('2.1', 'Niêm yết thủ tục hành chính', 'Bộ thủ tục', 'Trung tâm Phục vụ hành chính công xã', 'Văn phòng HĐND và UBND xã', 'Quý I/2026', 'Ngân sách xã'),
        ('2.2', 'Hướng dẫn nộp hồ sơ trực tuyến', 'Hồ sơ trực tuyến', 'Trung tâm Phục vụ hành chính công xã', 'Đoàn Thanh niên xã Ea Kar và Hội Liên hiệp Phụ nữ xã Ea Kar', 'Thường xuyên', 'Nguồn thu sự nghiệp'),
        ('2.3', 'Giải quyết thủ tục cư trú', 'Hồ sơ', 'Công an xã Ea Kar', 'Trung tâm Phục vụ hành chính công xã', 'Thường xuyên', 'Không phát sinh kinh phí'),
        ('2.4', 'Giải quyết thủ tục đất đai', 'Hồ sơ', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Trung tâm Phục vụ hành chính công xã', 'Thường xuyên', 'Ngân sách xã'),
    ]),
    ('3. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', [
        ('3.1', 'Bồi dưỡng cán bộ, công chức xã', 'Lớp bồi dưỡng', 'Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND xã', 'Quý II/2026', 'Ngân sách xã'),
        ('3.2', 'Số hóa hồ sơ học sinh', 'Dữ liệu', 'Phòng Văn hóa - Xã hội', 'Trường THCS Ea Kar và Trường Tiểu học Cư Huê', 'Quý IV/2026', 'Ngân sách xã'),
    ]),
    ('4. CẢI CÁCH TÀI CHÍNH CÔNG', [
        ('4.1', 'Công khai dự toán ngân sách xã', 'Báo cáo', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Các thôn, buôn', 'Quý I/2026', 'Ngân sách xã'),
    ]),
]


def xa_ea_kar_2026(faulty):
    s = Sheet('Phụ lục')
    s.add(['ỦY BAN NHÂN DÂN XÃ EA KAR'])
    s.add(['Phụ lục'])
    s.add(['NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND XÃ EA KAR'])
    s.add([])
    s.add(['STT', 'Nội dung nhiệm vụ', 'Sản phẩm', 'Kế hoạch thực hiện', None, None, 'Nguồn kinh phí'])
    s.add([None, None, None, 'Trách nhiệm thực hiện', None, 'Thời hạn hoàn thành', None])
    s.add([None, None, None, 'Chủ trì', 'Phối hợp', None, None])
    for title, tasks in XA_EA_KAR_TASKS:
        s.add([title], tag=title[:2])
        for stt, task, product, lead, partners, deadline, funding in tasks:
            s.add([stt, task, product, lead, partners, deadline, funding], tag=stt)
    must = []
    if faulty:
        must = [
            fault(s, '2.2', 'D', None, 'lead.missing', 'no lead unit (a three-row header whose group labels are not merged)', 'lead'),
            fault(s, '1.2', 'D', 'Phòng Nội vụ huyện', 'unit.obsolete', 'a district room, gone since 01/7/2025', 'lead'),
            fault(s, '4.1', 'E', 'UBND các huyện, thị xã, thành phố', 'unit.obsolete', 'the district level ended on 30/6/2025', 'partners'),
            fault(s, '2.4', 'A', '2.5', 'stt.gap', '2.1, 2.2, 2.3, 2.5: 2.4 is missing', 'stt'),
            fault(s, '3.', 'A', '3. CẢI CÁCH CHẾ ĐỘ CỒNG VỤ', 'section.nonstandard', 'a misspelt reform area', 'stt'),
            fault(s, '3.2', 'E', 'Phòng Văn hoá – Xã hội; Trường THCS Ea Kar', 'partner.same-as-lead', 'the lead again as a partner, other tone placement and an en dash', 'partners'),
        ]
    return [s], must


KINDS = [
    # name, builder, producer, directory, plan year, what it stands for
    ('so-noi-vu-2026', so_noi_vu_2026, 'openpyxl', 'so-2025', 2026, 'a merged Sở Nội vụ in 2026: three-row header, Arabic sections 1. … with tasks 1.1 …'),
    ('xa-2026', xa_2026, 'xlsxwriter', 'xa-2025', 2026, 'a commune in 2026: letterhead in one cell, two-row header, Roman sections'),
    ('phuong-2026-bia', phuong_2026, 'libreoffice', 'xa-2025', 2026, 'a ward in 2026: a cover sheet names it; the plan text puts the header below row 40'),
    ('so-thang-1-2025', so_thang_1_2025, 'openpyxl', 'so-2025', 2025, 'a department in January 2025: districts and the labour department still valid'),
    ('xa-ea-kar-2026', xa_ea_kar_2026, 'openpyxl', 'xa-2025', 2026, 'a Central Highlands commune in 2026: three-row header not merged, Arabic sections, minority-language names'),
]


def main(only=()):
    """Builds every kind, or only the kinds named on the command line."""
    os.makedirs(OUT, exist_ok=True)
    for name, build, producer, directory, year, note in KINDS:
        if only and name not in only:
            continue
        for faulty in (False, True):
            sheets, must = build(faulty)
            fname = f'{name}{"-loi" if faulty else ""}.xlsx'
            WRITERS[producer](sheets, os.path.join(OUT, fname))
            expect = {
                'file': f'appendices/{fname}',
                'producer': producer,
                'note': note + (' — with planted faults' if faulty else ' — clean'),
                'planYear': year,
                'directory': directory,
                'must': must,
                'maxOtherErrors': 0,
                'maxOtherWarnings': 0,
            }
            if not faulty:
                expect['maxWarnings'] = 0
            with open(os.path.join(EXPECT, fname.replace('.xlsx', '.json')), 'w', encoding='utf-8') as f:
                json.dump(expect, f, ensure_ascii=False, indent=1)
                f.write('\n')
            print(fname, producer, len(must), 'faults')


if __name__ == '__main__':
    import sys
    main(sys.argv[1:])
