/**
 * The 300 most frequent Vietnamese syllables with a non-ASCII letter in administrative text, lower
 * case NFC. `legacyVerdict` uses them to break a tie: a Latin-1-only cell in a .VnTime font reads
 * as many valid syllables stored ("Công tác thông tin", Unicode) as decoded ("Cụng tỏc thụng
 * tin"), and TCVN3 "Bé mét sè" ("Bộ một số") is valid Unicode too; the reading with more common
 * syllables is the one a clerk typed.
 *
 * Derived (data, not computed at run time) from the project's own Vietnamese texts: src/templates,
 * src/core/units/directories, test/fixtures (*.json, *.md, *.txt, *.py) and the seed plans
 * ../shared/seeds/*.txt (Bình Định 2022, Quảng Trị 2024): 52 files, 660 distinct syllables; the
 * words lower-cased, kept when they have a non-ASCII letter and are `isVietnameseSyllable`,
 * sorted by count (ties by code point), the first 300 taken (the last one seen 11 times). Command,
 * from the repository root:
 *   node bin/run-ts.js scripts/common-syllables.ts 300 /work/shared/seeds
 */
export const COMMON_SYLLABLES: ReadonlySet<string> = new Set(
  (
    'phòng các công sở hành văn vị chính đơn và chức thực hoạch vụ kế hiện của thường xuyên tỉnh ' +
    'thuộc xã cáo định báo số quả cải nhiệm năm cách tổ quyết kết quý việc thông tác kiểm chế cơ bộ ' +
    'dựng xây có lý tài tục pháp động cấp triển phụ trực nội giải trình lục dân soát thành thủ hội ' +
    'chỉ hợp quản tiếp được bản luật liên dụng phường nghị chủ hóa rà sản viên về nghiệp nâng tại ' +
    'điện ngày phố làm phí tâm tử quyền trên cán người hình hồ ủy phục đề thời hoạt phối thống đạo ' +
    'sơ thể tiêu trì với đổi trí điều huyện tế mục nhân nhận thẩm kỷ tình trách tự chuyên đốc phẩm ' +
    'bổ sử môn một hiệu hệ kiến hoàn truyền độ đủ nước tạo bảo giá nhà toán phủ sách xử đánh bố trị ' +
    'tổng dịch giáo năng thị tuyến tăng cường sự tờ án kê quảng phương sửa đầy biên cập ngành nhật ' +
    'trường tư đào đặc đối cầu lưu phần tuyên ứng ngân thương giám nghệ tháng trữ kịp lực phát phạm ' +
    'yêu duyệt dõi dưỡng kỳ phân phê đoàn cương dục hướng liệu tiết tập xuất đảm để địa chống môi ' +
    'đồng bồi chuyển cửa lên lượng mới mức đôn đầu cấu dự lãnh mạnh đẩy lệ trả điểm biến bình cụ ' +
    'phổ thức tốt đến chất giản huấn máy mềm ngũ nông thiện thảo trước tịch đội dẫn kiệm kèm sáng ' +
    'toàn hạ hạn khác phản tầng đúng bạch chấm chịu phận quốc ánh đô cá cổng lập lớp mưu thôn tỷ ' +
    'chỉnh gửi hà phù tiến vực xếp lĩnh nhất nếu ý chương hoặc lãng lí phó tiền tuyển đạt đảng học ' +
    'khiếu nghĩa những nại tố từng đoạn đăng đứng'
  ).split(' '),
);
