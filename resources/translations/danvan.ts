<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="vi_VN">
<context>
    <name>answers</name>
    <message>
        <source>Trả lời kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị cử tri sau kỳ họp HĐND, kiến nghị của MTTQ sau giám sát, phản biện xã hội; tự kiểm tra phong trào</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>answers.forms</name>
    <message>
        <source>Cuộc giám sát, phản biện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị, người trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn riêng (ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để 0 nếu theo thời hạn quy định (30 ngày kể từ ngày nhận)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do đặt thời hạn riêng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HĐND xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị của Mặt trận Tổ quốc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị cử tri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời đúng hạn (hạn {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời quá hạn {0} ngày (hạn {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký, đơn vị trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận ngày {0}, hạn trả lời {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc giám sát, phản biện xã hội của MTTQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tiến hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thông báo, kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên cuộc tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phạm vi, nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị liên quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phát hiện qua tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc cần khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người, đơn vị thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành việc khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để trống nếu chưa hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (hạn {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>answers.owed_tab</name>
    <message>
        <source>Chưa trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn chưa trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo nội dung, cuộc giám sát, người trả lời… (gõ không dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo nội dung, kỳ họp, người trả lời… (gõ không dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc giám sát, phản biện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trách nhiệm trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm kiến nghị của MTTQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm kiến nghị cử tri…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm cuộc giám sát, phản biện…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa cuộc giám sát…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc danh sách kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; kiến nghị: {answered} đã trả lời, {open} chưa trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;{0} quá hạn&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn riêng {0} ngày: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời ngày {0} ({1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xem: {0} ({1} kiến nghị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiến nghị được chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một kiến nghị trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có cuộc giám sát, phản biện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy thêm cuộc giám sát, phản biện xã hội của MTTQ trước, rồi ghi các kiến nghị của cuộc đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiến nghị này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>answers.screen</name>
    <message>
        <source>&lt;h2&gt;Trả lời kiến nghị cử tri, kiến nghị của MTTQ; tự kiểm tra&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị cử tri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị MTTQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>answers.selfcheck_tab</name>
    <message>
        <source>Ngày kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ được kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị liên quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem tất cả việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm cuộc tự kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm phát hiện…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm việc khắc phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Phát hiện và việc khắc phục&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc danh sách tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; cuộc tự kiểm tra; {1} việc khắc phục quá hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một dòng phát hiện hoặc việc khắc phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy thêm hoặc chọn một cuộc tự kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuộc tự kiểm tra “{0}” cùng các phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phát hiện này chưa có việc khắc phục.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commendations</name>
    <message>
        <source>Khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt khen thưởng, đề nghị, quyết định, giấy khen và lịch sử khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commendations.data_dialogs</name>
    <message>
        <source>Chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề xuất khen thưởng từ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo đề nghị trong đợt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình, điển hình được công nhận trong năm chưa được đề nghị, và xã nếu kết quả chấm điểm của năm xếp loại Xuất sắc hoặc Tốt. Đánh dấu những đề xuất muốn tạo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo đề nghị đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề xuất từ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có đợt khen thưởng: hãy tạo đợt trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đánh dấu đề xuất nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo đề nghị khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lần đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Được khen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số QĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày QĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm tên người, tập thể, mô hình (không cần dấu)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({0}): {1} lần đề nghị, {granted} lần được khen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commendations.dialogs</name>
    <message>
        <source>Dịp khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để trống: ngày 15/10 của năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Không gắn mô hình —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình, điển hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình trong sổ mô hình; để trống tên thì lấy tên mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên tập thể / Họ tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình được công nhận, kết quả chấm điểm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị khen mô hình: chọn mô hình trong sổ mô hình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ủy ban nhân dân {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi quyết định và đánh dấu các đề nghị được khen theo quyết định này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị được khen theo quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commendations.screen</name>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên / Tập thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số QĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày QĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành tích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Khen thưởng&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm tên, đơn vị, thành tích, số quyết định (không cần dấu)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa đợt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm đề nghị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không được khen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề xuất từ dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình được công nhận và kết quả chấm điểm chưa được đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử khen thưởng của người, tập thể, mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In giấy khen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy khen (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách khen thưởng (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {proposals} đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả các đợt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} đề nghị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject_name}&lt;/b&gt; — {occasion} năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ: {grounds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định số {decision_number} ngày {decision_date:%d/%m/%Y} ({issuing_body})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa đợt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một đợt khen thưởng ở ô “Đợt”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có đợt khen thưởng: hãy tạo đợt trước (Đợt mới…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa đề nghị khen thưởng “{subject_name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không còn đề nghị nào chờ quyết định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi quyết định, {0} đề nghị được khen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề xuất từ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có đợt khen thưởng: hãy tạo đợt trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tạo {0} đề nghị từ dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In giấy khen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một đề nghị “Được khen” để in giấy khen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {0} giấy khen vào {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất danh sách khen thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất {0} dòng vào {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>democracy</name>
    <message>
        <source>Tuyên truyền, dân chủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quán triệt, tuyên truyền; công khai với Nhân dân; Nhân dân bàn và quyết định; hương ước, quy ước</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>democracy.charters</name>
    <message>
        <source>Thêm hương ước, quy ước…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thông qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay đổi gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lịch sử sửa đổi&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm lần sửa đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã được thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện hành — quá {0} năm chưa rà soát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hương ước, quy ước; {1} cần rà soát (quá {2} năm chưa sửa đổi: {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” và các lần sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lịch sử sửa đổi: {0}&lt;/b&gt; (lần {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông qua lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sửa đổi, bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung sửa đổi, bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa đổi, bổ sung: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lần sửa đổi ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác (nhập tên bên dưới)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên thôn (nếu không có trong danh sách)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên hương ước, quy ước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hương ước, quy ước</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>democracy.common</name>
    <message>
        <source>Tìm (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mục đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả các năm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>democracy.events</name>
    <message>
        <source>Thêm hoạt động…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐV, HV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhân dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tin, bài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản quán triệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh chứng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐV, HV: đoàn viên, hội viên. Nhấn đúp để sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hoạt động; {1} lượt người tham dự; {2} tin, bài, lượt phát thanh và bài đăng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoạt động “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên hoạt động, nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản được quán triệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Chỉ thị số 08-CT/TU ngày 18/3/2026 (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ, công chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đoàn viên, hội viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tin, bài, lượt phát, bài đăng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt buộc với loa truyền thanh, tin bài, trang thông tin, mạng xã hội, pano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đường dẫn bài đăng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú, kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số người tham dự: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoạt động quán triệt, tuyên truyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một hoạt động trong danh sách trước.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>democracy.evidence</name>
    <message>
        <source>Minh chứng của hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu bản sao…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gỡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một tệp trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu bản sao</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>democracy.matters</name>
    <message>
        <source>Thêm nội dung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số hộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hộ tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách lấy ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổ chức thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} nội dung, {1} được thông qua. Quy tắc: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nội dung “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác (nhập tên bên dưới)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung bàn, quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên thôn (nếu không có trong danh sách)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày họp, lấy ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số hộ của thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hộ tham dự, trả lời phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hộ tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hộ không tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập tổng số hộ để tính kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung Nhân dân bàn và quyết định</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>democracy.publicity</name>
    <message>
        <source>Thêm nội dung công khai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung công khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi công khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa gỡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} nội dung; đang công khai {1}; sắp hết hạn {2}; chưa đủ thời gian tối thiểu {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nội dung công khai “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức công khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để trống nếu vẫn đang công khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày kết thúc công khai không thể trước ngày bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công khai {0} ngày.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: ít nhất {1} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; công khai {1} ngày{2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — chưa đủ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>democracy.screen</name>
    <message>
        <source>Tuyên truyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bàn và quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hương ước, quy ước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tuyên truyền, thực hiện dân chủ ở cơ sở&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogue_dialogs</name>
    <message>
        <source>Hội nghị đối thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên hội nghị (để trống: theo loại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để trống: căn cứ theo loại đối thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung cam kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người, cơ quan thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại đối thoại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên hội nghị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người dự:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ý kiến của nhân dân và trả lời&lt;/b&gt; (mỗi dòng một ý kiến)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cam kết, kết luận sau đối thoại&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn thực hiện cam kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo dõi cam kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt;&lt;br&gt;{owner} — hạn {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiến độ / kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>early_warning_charts</name>
    <message>
        <source>Đơn nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ đúng hạn (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải quyết trễ hạn trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đơn 90 ngày qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>early_warning_opening</name>
    <message>
        <source>Đơn chưa giải quyết xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn đến hạn trong tuần này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn giải quyết trễ hạn trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn đông người 90 ngày qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giải quyết trễ hạn trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn {0} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn giải quyết trong tháng {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm nóng: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>early_warning_screen</name>
    <message>
        <source>Đơn chưa giải quyết xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến hạn trong tuần này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ giải quyết đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam kết quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Chính quyền chủ động — cảnh báo sớm&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ giải quyết đúng hạn và số đơn theo tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn quá hạn theo loại (bấm vào cột để xem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm nóng 90 ngày qua: thôn, lĩnh vực có nhiều đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm nóng và vụ việc lặp lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn (lâu nhất trước)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến hạn trong tuần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tồn đọng lâu nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam kết sau đối thoại đã quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tại ngày {0}; tỷ lệ đúng hạn tính từ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due_soon} đơn sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đến Chủ nhật {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on_time}/{total} đơn đã giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bấm để xem danh sách cam kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number_label} — hạn {0} — {type_label}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn số {number_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number_label} — nhận {0} ({1} ngày) — {status_label}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm nóng: {label} — {count} đơn trong 90 ngày ({open} chưa xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {crowds} đông người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lặp lại {count} lần: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn đông người 90 ngày qua: {crowds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn đông người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có điểm nóng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn {days_overdue} ngày — {what} ({owner}; hạn {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có cam kết quá hạn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi tiết đã được ghi vào nhật ký:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>home</name>
    <message>
        <source>Hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc cần làm hôm nay ở mọi lĩnh vực, điểm thi đua năm nay, cảnh báo sớm đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>home.screen</name>
    <message>
        <source>Thứ Hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một tệp Excel: trang mục lục và mỗi lĩnh vực một trang tính, như trên màn hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần xử lý ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần chú ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm thi đua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc cần chú ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn thư theo tháng và tỷ lệ đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần chú ý hôm nay (bấm vào một dòng để xem hồ sơ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn thư — cảnh báo sớm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hôm nay — {0}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  đang cập nhật…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật trang Hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Không đọc được số liệu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  số liệu lúc {0:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quá hạn, phải xử lý ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có việc quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sắp đến hạn, còn thiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được số liệu của lĩnh vực này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bấm để xem các hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có việc cần chú ý: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm thi đua năm {0} (tạm tính)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa tính được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · phiếu: {1} · bấm để xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm tạm tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Điểm thi đua năm {0} theo nhóm tiêu chí&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>home.workbook_action</name>
    <message>
        <source>Xuất sổ tổng hợp Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất sổ tổng hợp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất sổ tổng hợp ({0} trang tính, {1} dòng): {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idle_lock</name>
    <message>
        <source>Đã khóa — {APP_TITLE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;{APP_TITLE}&lt;/h2&gt;&lt;p&gt;Phần mềm đã tự khóa vì lâu không sử dụng. Dữ liệu đang nhập dở vẫn được giữ nguyên.&lt;/p&gt;&lt;p&gt;Tài khoản: &lt;b&gt;{full_name}&lt;/b&gt; ({username})&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoát phần mềm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection</name>
    <message>
        <source>Thanh tra nhân dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban Thanh tra nhân dân: thành viên, kế hoạch, giám sát, kiến nghị, báo cáo; giám sát đầu tư của cộng đồng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection.activities</name>
    <message>
        <source>Chậm (hạn {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa ghi đủ ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo đối tượng, nội dung (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ hiện cuộc gửi kế hoạch chậm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng, nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch đã gửi MTTQ, Chủ tịch UBND xã và đối tượng ít nhất 05 ngày làm việc trước khi tiến hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTQ xác nhận biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn thư xác minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm cuộc giám sát, kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTQ xác nhận biên bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gắn đơn thư xác minh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; &lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;{late}&lt;/b&gt; cuộc gửi kế hoạch chậm&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; cuộc{extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giám sát, kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một cuộc giám sát, kiểm tra trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không theo kế hoạch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi kế hoạch cho MTTQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi Chủ tịch UBND xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết luận, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày lập biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTQ xác nhận biên bản ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người xác nhận (MTTQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch đã gửi đủ, đúng hạn (chậm nhất ngày {0}, trước ít nhất 05 ngày làm việc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc giám sát, kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch phải gửi Ban Thường trực Ủy ban MTTQ xã, Chủ tịch UBND xã và đối tượng được giám sát, kiểm tra ít nhất 05 ngày làm việc trước khi tiến hành. Gửi chậm vẫn được ghi nhận nhưng bị đánh dấu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày MTTQ xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ghi số, tên đơn ở dòng dưới)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gắn đơn thư được xác minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn thư trong sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoặc số, tên đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả xác minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa cuộc &quot;{subject}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection.board</name>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày bầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ ở xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nghề nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm nhiệm kỳ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa nhiệm kỳ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm thành viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôi tham gia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có nhiệm kỳ nào. Bấm &quot;Thêm nhiệm kỳ…&quot; để bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; quyết định công nhận {decision_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần Ban đúng quy định: đủ 05 thành viên trở lên, mỗi thôn, tổ dân phố có người, một Trưởng ban, không quá 02 Phó Trưởng ban, không có cán bộ, công chức hay người hoạt động không chuyên trách cấp xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thôi: {left_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên nhiệm kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định công nhận số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhiệm kỳ {y}–{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhiệm kỳ Ban Thanh tra nhân dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhiệm kỳ của Ban bằng nhiệm kỳ của Trưởng thôn, Tổ trưởng tổ dân phố.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố bầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ, công chức và người hoạt động không chuyên trách cấp xã không được là thành viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bầu bổ sung thay cho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thôi tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do thôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên Ban Thanh tra nhân dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một thành viên trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} thôi tham gia Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nếu nhiệm kỳ còn từ 06 tháng trở lên, thôn, tổ dân phố phải bầu bổ sung thành viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa {full_name} khỏi danh sách (nhập nhầm)?
Thành viên thôi tham gia thì dùng &quot;Thôi tham gia…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection.common</name>
    <message>
        <source>&lt;b&gt;⚠ Cần xem lại ({0}):&lt;/b&gt;&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có nhiệm kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy thêm nhiệm kỳ của Ban Thanh tra nhân dân trước (thẻ &quot;Ban và thành viên&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection.investment</name>
    <message>
        <source>Công trình, dự án</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị (đ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi (đ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giảm trừ (đ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công trình được giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giảm trừ quyết toán (đ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm, thu hồi, giảm trừ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị, trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Số liệu theo quý (mẫu báo cáo của tỉnh)&lt;/b&gt; — năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo giám sát đầu tư (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm công trình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải thể Ban…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban đã giải thể ngày {0}{1}. {dissolution_note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban giám sát đúng thành phần: ít nhất 05 thành viên, có đại diện Ủy ban MTTQ xã, Ban Thanh tra nhân dân và người dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên công trình, dự án</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đầu tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn vốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khởi công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành (dự kiến)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng mức đầu tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định thành lập Ban số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thành lập Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công trình và Ban Giám sát đầu tư của cộng đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi công trình, dự án có một Ban Giám sát đầu tư của cộng đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải thể Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một công trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải thể Ban giám sát: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày giải thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban giải thể khi công trình hoàn thành, bàn giao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã giải thể Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu ý: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection.investment_records</name>
    <message>
        <source>Hãy chọn một công trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên Ban giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thôi tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biên bản số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một dòng trong bảng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa dòng đã chọn? Thao tác được ghi vào nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm phát hiện qua giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị vi phạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qua buổi giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền thu hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giảm trừ khi quyết toán</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị của Ban giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBND xã (chủ đầu tư)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection.plans</name>
    <message>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinh phí (đ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số cuộc đã làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý / nửa năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý 1–4; nửa năm: 1 (6 tháng đầu) hoặc 2 (6 tháng cuối)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục đích, yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch giám sát {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch của Ban Thanh tra nhân dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa kế hoạch &quot;{title}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection.recommendations</name>
    <message>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn chưa trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo số, nơi nhận, nội dung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả lời: 15 ngày kể từ ngày UBND xã nhận ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chậm (ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm kiến nghị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận trả lời…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo dõi thực hiện…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In văn bản kiến nghị (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;{overdue} quá hạn chưa trả lời&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; kiến nghị trong nhiệm kỳ: {answered} đã trả lời ({on_time} đúng hạn, {late} quá hạn){overdue}. Tỷ lệ trả lời đúng hạn 15 ngày: &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một kiến nghị trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày UBND xã nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để trống nếu nhận ngay trong ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qua cuộc giám sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn trả lời: {0} (15 ngày kể từ ngày UBND xã nhận kiến nghị).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị của Ban Thanh tra nhân dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời trong hạn (hạn {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời quá hạn {0} ngày (hạn {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận trả lời của UBND xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị {doc_no}: {content}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo dõi việc thực hiện kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa kiến nghị {0} (nhập nhầm)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection.reports</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập báo cáo mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu đề:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi MTTQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung báo cáo (sửa tự do; dòng bắt đầu bằng I., II., … là đề mục):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi MTTQ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}
Số {0}, ngày {1}
{sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung báo cáo đang sửa chưa được lưu. Bỏ các thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có báo cáo. Bấm &quot;Lập báo cáo mới…&quot;: số liệu lấy từ các hồ sơ đã ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; đã gửi MTTQ ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; chưa gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ trả lời đúng hạn 15 ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung báo cáo chưa được lưu. Vẫn đóng?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý / nửa năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày (đột xuất)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày (đột xuất)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập báo cáo của Ban Thanh tra nhân dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu được tổng hợp từ kế hoạch, cuộc giám sát, kiến nghị đã ghi; phần nhận xét được soạn sẵn để sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa lưu được báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gửi MTTQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa báo cáo {label}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspection.screen</name>
    <message>
        <source>Ban và thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giám sát, kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giám sát đầu tư của cộng đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất sổ theo dõi (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ban Thanh tra nhân dân và giám sát đầu tư của cộng đồng&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhiệm kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hiện tại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất tệp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kit.forms</name>
    <message>
        <source> đ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} không được để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: ngày không hợp lệ (nhập theo dạng ngày/tháng/năm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa lưu được:
• </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa {what}? Hồ sơ được giữ lại trong nhật ký, không thể hoàn tác từ đây.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kit.ops</name>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kit.printing</name>
    <message>
        <source>Không đọc được tệp PDF “{0}” để in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được máy in để in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem trước khi in — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem trước và in tệp PDF vừa xuất:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kit.register</name>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <source>Đăng nhập — {APP_TITLE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu dữ liệu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất sổ tổng hợp Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị: {unit_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người dùng: {full_name} ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: {when:%d/%m/%Y %H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu cơ sở dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sao lưu: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{path}?

Dữ liệu hiện tại sẽ được sao lưu trước. Sau khi khôi phục, phần mềm sẽ đóng để mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu. Dữ liệu trước khi khôi phục được lưu tại:
{safety}

Hãy mở lại phần mềm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{APP_TITLE}&lt;/b&gt; — phiên bản {__version__}&lt;br&gt;Phần mềm phục vụ phong trào thi đua &quot;Dân vận khéo&quot; và công tác dân vận chính quyền ở xã, phường, đặc khu; làm việc không cần kết nối Internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_dialog</name>
    <message>
        <source>Thực trạng, sự cần thiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung, cách làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phạm vi, địa bàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng thụ hưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lực lượng chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lực lượng phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lực lượng tham gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các mốc thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả, sản phẩm kiểm chứng được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khả năng duy trì, nhân rộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> đ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rà soát hằng năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhân rộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký mô hình, điển hình mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Dân vận khéo trong xây dựng nông thôn mới kiểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— chọn lĩnh vực —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— chọn đơn vị —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Với điển hình: cá nhân hoặc tập thể được nêu gương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên mô hình, điển hình (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm đăng ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị xây dựng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cá nhân, tập thể:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ngày công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngân sách:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã hội hóa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đánh giá:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn lực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày bắt đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhân rộng từ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mô hình, điển hình mới&lt;/b&gt; — điền các mục đăng ký rồi bấm Lưu (trạng thái: Dự thảo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Trạng thái: &lt;b&gt;{0}{level}&lt;/b&gt; · Lĩnh vực: {field_name} · Cập nhật: {updated_at:%d/%m/%Y %H:%M} bởi {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#1b5e20&apos;&gt;Đã lưu.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung vừa nhập chưa được lưu. Đóng và bỏ các thay đổi này?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy lưu thông tin đăng ký trước khi chuyển bước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} phiếu, bình quân {1} điểm: {2}. Bước thẩm định theo kết quả này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng chưa có phiếu chấm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh, tài liệu (*.png *.jpg *.jpeg *.pdf *.doc *.docx *.xlsx *.txt);;Tất cả tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một minh chứng trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gỡ minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gỡ &quot;{0}&quot; khỏi hồ sơ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (nhân rộng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhân rộng: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_record_tabs</name>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập phiếu chấm của thành viên hội đồng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm định theo phiếu hội đồng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày rà soát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm kết quả rà soát năm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ở bước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kích thước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tệp minh chứng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu bản sao tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gỡ minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp được sao chép vào kho lưu trữ của phần mềm (rút USB không mất dữ liệu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình nhân rộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký nhân rộng sang đơn vị khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái hiện tại: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần quyền lãnh đạo (duyệt, ký)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}): {2} điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bình quân hội đồng: {0} điểm — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần ít nhất {0} phiếu để thẩm định (mới có {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng chưa có phiếu chấm nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu chấm của hội đồng thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_step_dialogs</name>
    <message>
        <source>Ngày thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: 125/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rà soát hằng năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm rà soát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày rà soát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh trong hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. {1} (tối đa {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu chấm thẩm định mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm định theo phiếu hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models_screen</name>
    <message>
        <source>Tên mô hình, điển hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị xây dựng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình, điển hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ mô hình, điển hình &quot;Dân vận khéo&quot;: đăng ký, thẩm định, công nhận, nhân rộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo tên, đơn vị, người (gõ không dấu cũng được)…  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký mô hình, điển hình mới (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Số lượng theo lĩnh vực và trạng thái&lt;/b&gt; (theo bộ lọc hiện tại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sổ theo dõi mô hình, điển hình &quot;Dân vận khéo&quot;&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xem: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; mô hình, điển hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một mô hình trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất sổ mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>periodic_reports</name>
    <message>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo định kỳ, sơ kết, tổng kết và sổ văn bản đi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>periodic_reports.editor</name>
    <message>
        <source>Số liệu tính ngày {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo lại số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo {period} — {status}{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — số {number_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn gửi cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm quyền ký (TM., KT., Q., T/M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận xét: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tạo lại được số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ban hành được báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>periodic_reports.period_chooser</name>
    <message>
        <source>Tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sơ kết, tổng kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đột xuất (từ ngày … đến ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn ngày bắt đầu và ngày kết thúc kỳ báo cáo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo: {label} (từ {a} đến {b})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>periodic_reports.screen</name>
    <message>
        <source>Lập báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thể thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ văn bản đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo của các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhà nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lập được báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa được báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo số, trích yếu, người ký (không cần dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất sổ văn bản đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>periodic_reports.upper</name>
    <message>
        <source>Xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thể thức báo cáo tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thể thức Nhà nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thể thức Đảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {ok} xã gửi đúng hạn, {late} gửi chậm, {missing} chưa gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petition_actions</name>
    <message>
        <source>Số CCCD/CMND phải gồm 12 (hoặc 9) chữ số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#1b5e20&apos;&gt;Đã lưu.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy đơn nào giống đơn này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petition_dialogs</name>
    <message>
        <source>Thông tin đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xử lý, thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn trùng, buổi tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp nhận đơn mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận tại buổi tiếp công dân ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Chọn thôn, tổ dân phố —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên người gửi đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảo mật danh tính người gửi (bắt buộc với đơn tố cáo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem danh tính…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tài khoản có quyền mới xem được; mỗi lần xem được ghi vào nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đoàn đông người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vùng sâu, vùng xa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tố cáo nhiều nơi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ được giao xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan chuyển đơn đến (nếu có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhận đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan chuyển đến:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung tóm tắt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người gửi đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người đứng đơn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức độ phức tạp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khiếu nại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người xử lý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn sau bước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn cũ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gia hạn giải quyết&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quan hệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm đơn trùng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ liên kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Đơn trùng, đơn liên quan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nhận tại buổi tiếp công dân&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn số {number_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn trùng (gửi trước)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn gửi lại sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tiếp nhận đơn mới&lt;/h3&gt;Số đơn được cấp khi lưu. Trước khi lưu, phần mềm tìm các đơn có thể trùng (cùng người, số CCCD, địa chỉ hoặc nội dung).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — hạn &lt;b style=&apos;color:{colour}&apos;&gt;{0}&lt;/b&gt; ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;b&gt;đơn trùng&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Đơn số {number_label}: {0}&lt;/h3&gt;Trạng thái: &lt;b&gt;{status}&lt;/b&gt;{deadline}{dup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Thời hạn bước đang chờ:&lt;/b&gt; {0} — {due_explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Không có thời hạn đang chạy.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Quy định áp dụng: {rule_version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petition_steps</name>
    <message>
        <source>Ngày thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người thực hiện (để trống: tài khoản đang dùng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan có thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể là đơn trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức giống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liên kết đơn mới với đơn đã chọn (đơn gửi lại, không thụ lý hai lần)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có đơn giống đơn đang nhập (cùng người, số CCCD, địa chỉ hoặc nội dung):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục lưu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petitions_screen</name>
    <message>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang trong thời hạn xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung tóm tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, TDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đông người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ theo dõi đơn thư: tiếp nhận, xử lý, thời hạn, đơn trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo số đơn, nội dung, người gửi, thôn (gõ không dấu cũng được)…  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp nhận đơn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vào sổ một đơn mới (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất sổ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo định kỳ (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ lọc này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sổ theo dõi đơn thư&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#f8d0cd&apos;&gt;&amp;nbsp;Quá hạn&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff0c2&apos;&gt;&amp;nbsp;Sắp đến hạn&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3f4e1&apos;&gt;&amp;nbsp;Hoàn thành đúng hạn&amp;nbsp;&lt;/span&gt;  — danh tính người tố cáo luôn được ẩn trong danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xem: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hơn {COUNT_CAP:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{shown}&lt;/b&gt; đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một đơn trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất sổ theo dõi đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo tiếp công dân, xử lý đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo tiếp công dân, xử lý đơn thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo định kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất: {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>Kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch thực hiện văn bản cấp trên, tiến độ công việc, Ban Chỉ đạo phong trào, kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans.committee</name>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay cho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định thành lập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên tại ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm thành viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay thành viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quá trình thay đổi thành viên&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có Ban Chỉ đạo. Bấm “Quyết định thành lập…” để nhập quyết định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đang hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không hoạt động tại ngày đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định số {0} ngày {1}{2} – {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên Ban Chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định thành lập, kiện toàn Ban Chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định mới thay Ban Chỉ đạo đang hoạt động từ ngày quyết định; thành viên cũ được giữ trong quá trình thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên Ban Chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban Chỉ đạo (nhập quyết định thành lập)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người thay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay thành viên Ban Chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}) thôi tham gia từ ngày trước ngày thay; người mới giữ vai trò này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm khoản kinh phí…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng kinh phí: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có khoản kinh phí nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không gắn mô hình)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinh phí phong trào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một khoản kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khoản kinh phí này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans.common</name>
    <message>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn {what} trong bảng trước.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans.directives</name>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn lập kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch của xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo số, trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập kế hoạch thực hiện…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập văn bản giấy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản do cấp trên gửi xuống đến trong gói dữ liệu tham chiếu; văn bản nhận bằng giấy thì xã tự nhập để theo dõi hạn ban hành kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – chậm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có – quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>văn bản này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn ban hành kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn báo cáo kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn ban hành kế hoạch: ngày cấp dưới phải ban hành kế hoạch thực hiện văn bản này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans.items</name>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người, đơn vị thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiến độ gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm công việc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận tiến độ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh dấu hoàn thành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đính kèm minh chứng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phần trăm hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc đã hoàn thành phải có ngày hoàn thành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công việc này chưa có tệp minh chứng ở máy này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>công việc này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans.register</name>
    <message>
        <source>Dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban hành chậm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có việc quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lời văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo số, trích yếu (gõ không dấu cũng được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa, ban hành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa có số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có kế hoạch nào. Bấm “Kế hoạch mới…” hoặc lập từ thẻ “Văn bản cấp trên”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kế hoạch của xã, không trả lời văn bản nào)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thực hiện văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch chỉ được đánh dấu “Đã ban hành” khi có số và ngày ban hành. Ban hành sau hạn của văn bản cấp trên sẽ hiện “Ban hành chậm”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch thực hiện {0} của {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>một kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kế hoạch này và các công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Thực hiện {0} – hạn ban hành kế hoạch {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Đã xong {0}/{1} việc ({2}); quá hạn {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans.screen</name>
    <message>
        <source>Kế hoạch thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban Chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kế hoạch thực hiện và Ban Chỉ đạo phong trào&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plans.upper</name>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn ban hành kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã đã có kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kế hoạch thực hiện của các xã&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một văn bản để xem từng xã: đã có kế hoạch chưa, ban hành ngày nào, đúng hạn hay chậm, đã xong bao nhiêu công việc (theo dữ liệu xã gửi lên).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc kế hoạch của các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>văn bản này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reception_dialogs</name>
    <message>
        <source>Buổi tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên người chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trụ sở tiếp công dân xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: 15/TB-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tiếp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên người chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Định kỳ / đột xuất:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lượt tiếp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đoàn đông người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung công dân trình bày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thông báo kết luận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thông báo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung kết luận:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>receptions_screen</name>
    <message>
        <source>Tiếp công dân, đối thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi tiếp công dân, tần suất tiếp, hội nghị đối thoại, cam kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam kết chưa hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tiếp công dân và đối thoại&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lượt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đoàn đông người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông báo kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm buổi tiếp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi đơn nhận tại buổi tiếp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông báo kết luận (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ tiếp công dân (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Đơn nhận tại buổi tiếp đã chọn&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam kết chưa xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm hội nghị đối thoại…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem, sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn (ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung cam kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo dõi gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày đối thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi theo dõi, hoàn thành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiếp công dân định kỳ năm {year}: đã tiếp / phải tiếp&lt;/b&gt; (Chủ tịch: số tuần có tiếp; Bí thư: số ngày trong tháng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam kết chưa hoàn thành ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buổi tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một buổi tiếp công dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi đơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn buổi tiếp công dân đã nhận đơn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một hội nghị đối thoại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một cam kết trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ tiếp công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <source>Chấm điểm phong trào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự chấm điểm, thẩm định và xếp hạng phong trào “Dân vận khéo”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring.appraise</name>
    <message>
        <source>Thẩm định phiếu tự chấm – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} tự chấm &lt;b&gt;{1}&lt;/b&gt; điểm ({2}); tính lại từ hồ sơ đã nhận: &lt;b&gt;{3}&lt;/b&gt; điểm, {4} tiêu chí chênh lệch (tô màu). Sửa điểm thẩm định ở tiêu chí cần sửa; tiêu chí không sửa được giữ như xã tự chấm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã tự chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở ở danh sách minh chứng bên dưới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh chứng xã gửi kèm (nhấp đúp để mở tệp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận xét chung:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring.chart</name>
    <message>
        <source>Nhóm tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring.commune</name>
    <message>
        <source>&lt;h2&gt;Chấm điểm phong trào “Dân vận khéo”&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chấm điểm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chấm xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ký, gửi cấp trên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở lại để hoàn thiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên trả lại phiếu: mở lại để sửa rồi gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất phiếu (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất phiếu (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm mất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần làm để được điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm bị mất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biểu đồ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc các năm chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc phiếu chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — Lý do chấm khác gợi ý: {override_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm bị mất ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã (kết quả thẩm định năm {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bình quân toàn tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lãnh đạo đơn vị ký và gửi phiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem hồ sơ của tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đánh dấu chấm xong được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đánh dấu chấm xong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ký và gửi phiếu tự chấm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa mở lại được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã mở lại phiếu: sửa theo ý kiến cấp trên rồi gửi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa khóa được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khóa kết quả năm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring.commune_texts</name>
    <message>
        <source>chưa xếp loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Năm {year}: {0} điểm&lt;/b&gt; – {klass} – &lt;i&gt;{status_label}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm các tiêu chí {0}, thưởng {1}, trừ {2}; tối đa {3} điểm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ tiêu chí: {title}, phiên bản {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MẪU&lt;/b&gt;: bộ tiêu chí mẫu của phần mềm, chưa được cấp trên ban hành — chấm để theo dõi, chưa gửi được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bị giới hạn xếp loại: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu đã chốt khi gửi: hồ sơ ghi sau không làm đổi kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên đã thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên trả lại để hoàn thiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên đã công bố kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm thẩm định: &lt;b&gt;{0}&lt;/b&gt; – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp hạng: &lt;b&gt;{rank}/{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến: {comments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}. {title}&lt;/b&gt; (tối đa {0} điểm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Giải trình:&lt;/b&gt; {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ghi chú:&lt;/b&gt; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lý do chấm khác gợi ý:&lt;/b&gt; {override_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Để được thêm điểm:&lt;/b&gt; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cách chấm:&lt;/b&gt; {guidance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tài liệu kiểm chứng:&lt;/b&gt; {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Tiêu chí do cấp trên chấm khi thẩm định.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ý kiến thẩm định:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất phiếu tự chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất phiếu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring.dialogs</name>
    <message>
        <source>&lt;b&gt;{code}. {title}&lt;/b&gt; (tối đa {0} điểm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Điểm gợi ý từ số liệu: &lt;b&gt;{0}&lt;/b&gt; – {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Chấm khác điểm gợi ý thì phải ghi lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Tài liệu kiểm chứng: {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chấm điểm tiêu chí {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú, minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do chấm khác gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ của tiêu chí {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hồ sơ: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhấn đúp một dòng để mở hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có hồ sơ nào trong năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ký, gửi phiếu tự chấm lên cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký (lãnh đạo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi gửi, số liệu và điểm được chốt lại; hồ sơ ghi sau đó không làm thay đổi kết quả đã gửi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring.evidence</name>
    <message>
        <source>Tệp chưa được gửi lên (chưa gửi hoặc vượt giới hạn dung lượng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ {0} ({1}) — chưa có ở đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — chưa có tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Minh chứng của tiêu chí&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tệp minh chứng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dẫn hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dẫn một hồ sơ đã ghi trong phần mềm (buổi đối thoại, mô hình, kế hoạch…) làm minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa dẫn được hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã dẫn hồ sơ làm minh chứng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm minh chứng “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa bỏ được minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring.province</name>
    <message>
        <source>Chưa thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trả lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Thẩm định, xếp hạng chấm điểm các xã&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lại để hoàn thiện…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp hạng và công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất bảng xếp hạng (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ tiêu chí…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu của xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã tự chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp loại tự chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính lại từ hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiêu chí chênh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc kết quả chấm điểm các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: xã {0}, tính lại {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm {0}: {1} xã, {2} xã đã gửi phiếu tự chấm, {3} phiếu đã thẩm định, {4} phiếu có chênh lệch với số liệu tính lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách xếp hạng: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bình quân {0} xã đã thẩm định: &lt;b&gt;{1}/{2} điểm&lt;/b&gt; (theo nhóm tiêu chí {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc phiếu thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu kết quả thẩm định {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả lại phiếu tự chấm – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung đề nghị xã hoàn thiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc cách xếp hạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp hạng và công bố kết quả năm {0} cho mọi xã đã thẩm định?

Cách xếp hạng: {1}

Sau khi công bố, kết quả không thẩm định lại được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa công bố được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xếp hạng và công bố.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất bảng xếp hạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa thẩm định phiếu nào của năm {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BẢNG XẾP HẠNG KẾT QUẢ CHẤM ĐIỂM PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất bảng xếp hạng: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring.record_picker</name>
    <message>
        <source>Dẫn hồ sơ làm minh chứng cho tiêu chí {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ vài chữ, có dấu hoặc không: “doi thoai thang 3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dẫn hồ sơ này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có hồ sơ nào khớp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring.rubrics_dialog</name>
    <message>
        <source>Đơn vị, năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ tiêu chí chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ tiêu chí ban hành được gửi xuống các xã trong gói tham chiếu và bản tổng hợp. Sửa bộ tiêu chí: nhập lại tệp đã sửa thành phiên bản mới; phiên bản cũ giữ nguyên cho các phiếu đã chấm trên nó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban hành ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập tệp (JSON, Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban hành cho các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất ra Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ tiêu chí (*.json *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban hành bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>setup_wizard</name>
    <message>
        <source>Đơn vị sử dụng phần mềm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố và xã, phường, đặc khu theo danh mục đơn vị hành chính từ 01/7/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên (tỉnh, thành phố) — tổng hợp dữ liệu các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn đơn vị trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi dòng một thôn hoặc tổ dân phố. Có thể bổ sung, sửa sau trong mục &quot;Đơn vị và tài khoản&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn Trung Hà
Thôn Thượng Nam
Tổ dân phố 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản quản trị đầu tiên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quản trị viên tạo tài khoản cho cán bộ khác. Mật khẩu ít nhất {MIN_PASSWORD} ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập tên đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiết lập lần đầu — {APP_TITLE}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>standing_screen</name>
    <message>
        <source>Phản hồi của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp hạng trong tỉnh, ý kiến và quyết định của cấp trên trên hồ sơ của xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Của đơn vị mình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp hạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung bình các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tốt nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ít nhất trong các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cao nhất trong các đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập gói từ cấp trên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản tổng hợp, xác nhận đã nhận, dữ liệu tham chiếu (.dvk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Các đơn vị cùng cấp&lt;/b&gt; (đơn vị mình tô màu xanh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp hạng trong tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến, quyết định của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài liệu tham chiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Phản hồi của cấp trên&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc phản hồi của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({0}, {returns} cần sửa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhận được bản tổng hợp nào từ cấp trên. Khi nhận được tệp bản tổng hợp (.dvk), bấm &quot;Nhập gói từ cấp trên…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, hạn {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Gửi dữ liệu kỳ {period}: &lt;span style=&apos;background:{0}&apos;&gt;&amp;nbsp;{label}&amp;nbsp;&lt;/span&gt;{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cấp trên chưa nhận các gói số {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;Kỳ &lt;b&gt;{period}&lt;/b&gt;: đơn vị mình xếp thứ &lt;b&gt;{rank}&lt;/b&gt; / {peers} đơn vị&lt;/span&gt; (bản tổng hợp của {from_unit_name}, lập {0}){sub_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn các gói từ cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.dvk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập gói từ cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>&lt;h1&gt;{APP_TITLE}&lt;/h1&gt;&lt;p&gt;Phiên bản {__version__}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang mở và kiểm tra cơ sở dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang chuẩn bị danh mục đơn vị hành chính…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Không tìm thấy bản sao lưu tốt nào bên cạnh tệp dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng, không mở được:
{db_path}

Khôi phục từ bản sao lưu ngày {when:%d/%m/%Y} lúc {when:%H:%M}?
{good}

Những thay đổi sau thời điểm sao lưu sẽ không còn. Tệp bị hỏng được giữ lại trong thư mục sao lưu (đuôi .bad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục từ bản sao lưu ngày {when:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync_conflicts</name>
    <message>
        <source>Loại dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần sửa (máy này / máy gửi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác nhau ở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phát hiện lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản ở máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản của máy gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giữ bản ở máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lấy bản của máy gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hai máy của cùng đơn vị đã sửa cùng một bản ghi. Không bản nào bị ghi đè: hãy xem từng trường rồi chọn bản giữ lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xung đột ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. Người sửa ở máy này: {0}; ở máy gửi: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải quyết xung đột</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync_keys</name>
    <message>
        <source>Lưu tệp khóa công khai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký khóa từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dấu vân tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa ký số của máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dấu vân tay (đọc cho nơi nhận khi họ gọi điện đối chiếu):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Khóa của các nơi gửi&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tin cậy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đã thay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu tệp khóa công khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp khóa (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu tệp khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {name}
Dấu vân tay: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp khóa công khai của nơi gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp khóa (*.json);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng ký khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa này đã được đăng ký.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync_screen</name>
    <message>
        <source>Gửi, nhận dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất, nhập gói dữ liệu (.dvk), sổ nhập, xung đột, khóa ký số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Gửi, nhận dữ liệu&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận về</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi đi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa ký số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập các gói hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cũ hơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi toàn bộ dữ liệu (không chỉ phần thay đổi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi cho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu gửi cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi cho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toàn bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Các gói đã xuất&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời điểm nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi gói chỉ được nhập một lần; nhập lại cùng một gói không thay đổi dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit_name} · máy {0} · khóa &lt;span style=&apos;font-family: monospace&apos;&gt;{1}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa đang mở cho tài khoản này: có thể ký gói dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa chưa mở cho tài khoản này: chưa ký được gói. Hãy đăng nhập lại hoặc nhờ quản trị viên đặt lại mật khẩu cho tài khoản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sau gói {since_seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy khác của {unit_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn nơi lưu gói dữ liệu (ví dụ ổ USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toàn bộ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thay đổi sau gói số {since_seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất gói số {seq} ({what}, {records} bản ghi):
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.dvk);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục chứa các gói dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra gói dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần xác nhận khóa của nơi gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói số {seq} của {0} (máy {sender_install}), {1}, tạo lúc {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toàn bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của nơi gửi: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Xung đột: {0} {record_id} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {0} gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói xác nhận gửi lại nơi gửi ({0}) đã lưu tại:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có xung đột cần xử lý: xem thẻ &quot;Xung đột&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} gói bị từ chối:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync_widgets</name>
    <message>
        <source>Dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tham chiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hợp lệ, chưa nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập trước đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tóm tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị xây dựng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người, tập thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận khi nhận gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng lệnh (--trust-new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi khóa (đã xác nhận)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trên {0} gửi xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kéo thả các tệp gói dữ liệu (.dvk) hoặc cả thư mục vào đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa ký đã thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận nơi gửi mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa ký của nơi gửi đã THAY ĐỔI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần đầu nhận dữ liệu từ nơi gửi này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/h3&gt;&lt;p&gt;&lt;b&gt;{unit_name}&lt;/b&gt; (mã {unit_code})&lt;br&gt;Máy gửi: {install_id}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy gọi điện cho cán bộ của nơi gửi, đề nghị họ mở mục &quot;Gửi, nhận dữ liệu&quot; → &quot;Khóa ký số&quot; và đọc dấu vân tay của máy họ. Chỉ xác nhận khi từng nhóm ký tự trùng khớp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa đã đăng ký trước đây: &lt;span style=&apos;font-family: monospace&apos;&gt;{previous_fingerprint}&lt;/span&gt;&lt;br&gt;&lt;b style=&apos;color:#b00020&apos;&gt;Nếu nơi gửi không thay máy hoặc cài lại phần mềm, đừng chấp nhận: gói có thể bị giả mạo.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dấu vân tay của khóa trong gói:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôi đã đối chiếu qua điện thoại: dấu vân tay trùng khớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chấp nhận khóa mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tin cậy nơi gửi này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không nhập</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>system_screen</name>
    <message>
        <source>Đơn vị và tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố; tài khoản người dùng; sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Đơn vị và tài khoản&lt;/h2&gt;&lt;p&gt;{0} — mã {unit_code}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên thôn, tổ dân phố, cơ quan, chi bộ, đoàn thể…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa khỏi danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn, tổ dân phố và đơn vị trực thuộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo tài khoản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi vai trò, khóa/mở…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi mật khẩu của tôi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ quản trị viên tạo và sửa tài khoản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một đơn vị trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa &quot;{name}&quot; khỏi danh sách? Các hồ sơ đã ghi vẫn giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một tài khoản trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu cho {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi mật khẩu của tôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài khoản {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khóa tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu ban đầu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>upper_level</name>
    <message>
        <source>Tổng hợp các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu của các xã, tình hình gửi, tổng hợp, ý kiến và bản tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>upper_level.completeness_tab</name>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số TT gói mới nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày lập gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muộn (ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói bị thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói còn thiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhận các gói số </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lọc theo tên hoặc mã đơn vị (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn thiếu gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  &lt;span style=&apos;color:{GAP_COLOUR}&apos;&gt;&lt;b&gt;1, 2&lt;/b&gt;&lt;/span&gt; gói còn thiếu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>upper_level.decisions_tab</name>
    <message>
        <source>ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trả lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn hoàn thiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ra ý kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sửa lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn hoàn thiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa sửa lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến, quyết định của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ 125/QĐ-UBND (bắt buộc khi công nhận)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung ý kiến, hoặc những điểm xã cần hoàn thiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn hoàn thiện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến, quyết định là hồ sơ của cấp trên, gửi về xã trong bản tổng hợp; hồ sơ của xã không bị sửa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>upper_level.figures_tab</name>
    <message>
        <source>dưới ngưỡng {limit}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ &lt;b&gt;{period}&lt;/b&gt;{days}: &lt;b&gt;{sent}&lt;/b&gt; / {0} đơn vị có dữ liệu. {label}: {1} (quá hạn tính đến {2}).&lt;br&gt;&lt;span style=&apos;background:{BELOW_THRESHOLD}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; tỷ lệ dưới {3}% ({below} ô) &amp;nbsp; &lt;span style=&apos;color:{NO_FIGURE}&apos;&gt;—&lt;/span&gt; {no_figure} (xếp cuối khi so sánh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>upper_level.models_tab</name>
    <message>
        <source>Hạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Được công nhận (cộng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã công nhận, đang nhân rộng, duy trì tốt hoặc giảm hiệu quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến, quyết định của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên mô hình, điển hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị xây dựng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>upper_level.screen</name>
    <message>
        <source>Kỳ gửi dữ liệu: 2026, 2026-11 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập thư mục gói dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi bản tổng hợp về xã…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đặt hạn gửi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một đơn vị để xem hồ sơ mô hình, điển hình (chỉ xem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi ý kiến, quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi ý kiến, quyết định đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến, quyết định của cấp trên trên hồ sơ đang chọn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình hình gửi dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô hình, điển hình theo đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến, quyết định đã ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tổng hợp dữ liệu các xã, phường, đặc khu&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Kỳ không hợp lệ: dùng dạng 2026, 2026-11, 2026-Q4 hoặc 2026-H2.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc số liệu các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc ý kiến, quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hạn gửi &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa đặt hạn gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;span style=&apos;color:{GAP_COLOUR}&apos;&gt;&lt;b&gt;{with_gaps}&lt;/b&gt; đơn vị còn thiếu gói&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;Kỳ &lt;b&gt;{period}&lt;/b&gt; — {due} — &lt;b&gt;{communes}&lt;/b&gt; đơn vị: {0} {1} {2} {3}{gaps}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {n} mô hình, điển hình{0} (dữ liệu của xã, chỉ xem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến, quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một hồ sơ của xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một ý kiến, quyết định trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu hồi &quot;{label}&quot; trên hồ sơ &quot;{target_label}&quot;? Xã sẽ nhận được việc thu hồi trong bản tổng hợp tiếp theo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn gửi dữ liệu kỳ {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn gửi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>upper_level.transfers</name>
    <message>
        <source>• {unit_name} (máy {0}): {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — khóa cũ {previous_fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận khóa của nơi gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các gói sau đến từ nơi gửi chưa đăng ký khóa hoặc đã đổi khóa:
{lines}

Hãy gọi điện cho từng nơi gửi và đọc đối chiếu dấu vân tay. Nếu đúng, bấm &quot;Có&quot; để nhận các khóa này và nhập lại các gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục chứa các gói dữ liệu của xã (.dvk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập thư mục gói dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu của các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi bản tổng hợp gửi về xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {0} gói bản tổng hợp vào {out_dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi bản tổng hợp gửi về xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
