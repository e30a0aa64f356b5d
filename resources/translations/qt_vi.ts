<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context><name>QPlatformTheme</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QDialogButtonBox</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QMessageBox</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QWizard</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QLineEdit</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QWidgetTextControl</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QFileDialog</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QFileSystemModel</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Cỡ</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QAbstractSpinBox</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QProgressDialog</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QInputDialog</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QColorDialog</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QFontDialog</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QShortcut</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QScrollBar</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QMenu</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
<context><name>QAbstractFileIconProvider</name>
<message><source>%1 File</source><translation>Tệp %1</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Back</source><translation>Quay lại</translation></message>
<message><source>&amp;Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Choose</source><translation>Chọn</translation></message>
<message><source>&amp;Close</source><translation>Đóng</translation></message>
<message><source>&amp;Commit</source><translation>Xác nhận</translation></message>
<message><source>&amp;Copy</source><translation>Sao chép</translation></message>
<message><source>&amp;Delete</source><translation>Xóa</translation></message>
<message><source>&amp;Finish</source><translation>Hoàn tất</translation></message>
<message><source>&amp;Help</source><translation>Trợ giúp</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
</context>
</TS>
