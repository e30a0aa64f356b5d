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
<context><name>QPrintPreviewDialog</name>
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
<message><source>&amp;Name:</source><translation>Tên:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tùy chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tùy chọn &gt;&gt;</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Print</source><translation>In</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>All Pages</source><translation>Tất cả các trang</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Collate</source><translation>In theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>Duplex Printing</source><translation>In hai mặt</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>First page</source><translation>Trang đầu</translation></message>
<message><source>Fit page</source><translation>Vừa trang</translation></message>
<message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Grayscale</source><translation>Đen trắng</translation></message>
<message><source>Height:</source><translation>Cao:</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
<message><source>Landscape</source><translation>Khổ ngang</translation></message>
<message><source>Last page</source><translation>Trang cuối</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Long side</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>Margins</source><translation>Lề</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Next page</source><translation>Trang sau</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>None</source><translation>Không</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Orientation</source><translation>Hướng giấy</translation></message>
<message><source>Output &amp;file:</source><translation>Ghi ra tệp:</translation></message>
<message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Page &amp;Set:</source><translation>In các trang:</translation></message>
<message><source>Page Layout</source><translation>Bố cục trang</translation></message>
<message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page size:</source><translation>Khổ giấy:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Từ trang</translation></message>
<message><source>Paper</source><translation>Giấy</translation></message>
<message><source>Paper source:</source><translation>Khay giấy:</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Portrait</source><translation>Khổ dọc</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Previous page</source><translation>Trang trước</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Properties</source><translation>Thuộc tính</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
<message><source>Reverse landscape</source><translation>Khổ ngang ngược</translation></message>
<message><source>Reverse portrait</source><translation>Khổ dọc ngược</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Selection</source><translation>Phần đã chọn</translation></message>
<message><source>Short side</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show facing pages</source><translation>Xem hai trang cạnh nhau</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
<message><source>Show single page</source><translation>Xem từng trang</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
<message><source>Width:</source><translation>Rộng:</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
<message><source>Zoom in</source><translation>Phóng to</translation></message>
<message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
<message><source>bottom margin</source><translation>lề dưới</translation></message>
<message><source>left margin</source><translation>lề trái</translation></message>
<message><source>right margin</source><translation>lề phải</translation></message>
<message><source>to</source><translation>đến</translation></message>
<message><source>top margin</source><translation>lề trên</translation></message>
</context>
<context><name>QPrintDialog</name>
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
<message><source>&amp;Name:</source><translation>Tên:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tùy chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tùy chọn &gt;&gt;</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Print</source><translation>In</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>All Pages</source><translation>Tất cả các trang</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Collate</source><translation>In theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>Duplex Printing</source><translation>In hai mặt</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>First page</source><translation>Trang đầu</translation></message>
<message><source>Fit page</source><translation>Vừa trang</translation></message>
<message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Grayscale</source><translation>Đen trắng</translation></message>
<message><source>Height:</source><translation>Cao:</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
<message><source>Landscape</source><translation>Khổ ngang</translation></message>
<message><source>Last page</source><translation>Trang cuối</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Long side</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>Margins</source><translation>Lề</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Next page</source><translation>Trang sau</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>None</source><translation>Không</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Orientation</source><translation>Hướng giấy</translation></message>
<message><source>Output &amp;file:</source><translation>Ghi ra tệp:</translation></message>
<message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Page &amp;Set:</source><translation>In các trang:</translation></message>
<message><source>Page Layout</source><translation>Bố cục trang</translation></message>
<message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page size:</source><translation>Khổ giấy:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Từ trang</translation></message>
<message><source>Paper</source><translation>Giấy</translation></message>
<message><source>Paper source:</source><translation>Khay giấy:</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Portrait</source><translation>Khổ dọc</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Previous page</source><translation>Trang trước</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Properties</source><translation>Thuộc tính</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
<message><source>Reverse landscape</source><translation>Khổ ngang ngược</translation></message>
<message><source>Reverse portrait</source><translation>Khổ dọc ngược</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Selection</source><translation>Phần đã chọn</translation></message>
<message><source>Short side</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show facing pages</source><translation>Xem hai trang cạnh nhau</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
<message><source>Show single page</source><translation>Xem từng trang</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
<message><source>Width:</source><translation>Rộng:</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
<message><source>Zoom in</source><translation>Phóng to</translation></message>
<message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
<message><source>bottom margin</source><translation>lề dưới</translation></message>
<message><source>left margin</source><translation>lề trái</translation></message>
<message><source>right margin</source><translation>lề phải</translation></message>
<message><source>to</source><translation>đến</translation></message>
<message><source>top margin</source><translation>lề trên</translation></message>
</context>
<context><name>QPrintWidget</name>
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
<message><source>&amp;Name:</source><translation>Tên:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tùy chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tùy chọn &gt;&gt;</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Print</source><translation>In</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>All Pages</source><translation>Tất cả các trang</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Collate</source><translation>In theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>Duplex Printing</source><translation>In hai mặt</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>First page</source><translation>Trang đầu</translation></message>
<message><source>Fit page</source><translation>Vừa trang</translation></message>
<message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Grayscale</source><translation>Đen trắng</translation></message>
<message><source>Height:</source><translation>Cao:</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
<message><source>Landscape</source><translation>Khổ ngang</translation></message>
<message><source>Last page</source><translation>Trang cuối</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Long side</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>Margins</source><translation>Lề</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Next page</source><translation>Trang sau</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>None</source><translation>Không</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Orientation</source><translation>Hướng giấy</translation></message>
<message><source>Output &amp;file:</source><translation>Ghi ra tệp:</translation></message>
<message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Page &amp;Set:</source><translation>In các trang:</translation></message>
<message><source>Page Layout</source><translation>Bố cục trang</translation></message>
<message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page size:</source><translation>Khổ giấy:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Từ trang</translation></message>
<message><source>Paper</source><translation>Giấy</translation></message>
<message><source>Paper source:</source><translation>Khay giấy:</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Portrait</source><translation>Khổ dọc</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Previous page</source><translation>Trang trước</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Properties</source><translation>Thuộc tính</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
<message><source>Reverse landscape</source><translation>Khổ ngang ngược</translation></message>
<message><source>Reverse portrait</source><translation>Khổ dọc ngược</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Selection</source><translation>Phần đã chọn</translation></message>
<message><source>Short side</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show facing pages</source><translation>Xem hai trang cạnh nhau</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
<message><source>Show single page</source><translation>Xem từng trang</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
<message><source>Width:</source><translation>Rộng:</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
<message><source>Zoom in</source><translation>Phóng to</translation></message>
<message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
<message><source>bottom margin</source><translation>lề dưới</translation></message>
<message><source>left margin</source><translation>lề trái</translation></message>
<message><source>right margin</source><translation>lề phải</translation></message>
<message><source>to</source><translation>đến</translation></message>
<message><source>top margin</source><translation>lề trên</translation></message>
</context>
<context><name>QUnixPrintWidget</name>
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
<message><source>&amp;Name:</source><translation>Tên:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tùy chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tùy chọn &gt;&gt;</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Print</source><translation>In</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>All Pages</source><translation>Tất cả các trang</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Collate</source><translation>In theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>Duplex Printing</source><translation>In hai mặt</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>First page</source><translation>Trang đầu</translation></message>
<message><source>Fit page</source><translation>Vừa trang</translation></message>
<message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Grayscale</source><translation>Đen trắng</translation></message>
<message><source>Height:</source><translation>Cao:</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
<message><source>Landscape</source><translation>Khổ ngang</translation></message>
<message><source>Last page</source><translation>Trang cuối</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Long side</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>Margins</source><translation>Lề</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Next page</source><translation>Trang sau</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>None</source><translation>Không</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Orientation</source><translation>Hướng giấy</translation></message>
<message><source>Output &amp;file:</source><translation>Ghi ra tệp:</translation></message>
<message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Page &amp;Set:</source><translation>In các trang:</translation></message>
<message><source>Page Layout</source><translation>Bố cục trang</translation></message>
<message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page size:</source><translation>Khổ giấy:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Từ trang</translation></message>
<message><source>Paper</source><translation>Giấy</translation></message>
<message><source>Paper source:</source><translation>Khay giấy:</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Portrait</source><translation>Khổ dọc</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Previous page</source><translation>Trang trước</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Properties</source><translation>Thuộc tính</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
<message><source>Reverse landscape</source><translation>Khổ ngang ngược</translation></message>
<message><source>Reverse portrait</source><translation>Khổ dọc ngược</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Selection</source><translation>Phần đã chọn</translation></message>
<message><source>Short side</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show facing pages</source><translation>Xem hai trang cạnh nhau</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
<message><source>Show single page</source><translation>Xem từng trang</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
<message><source>Width:</source><translation>Rộng:</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
<message><source>Zoom in</source><translation>Phóng to</translation></message>
<message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
<message><source>bottom margin</source><translation>lề dưới</translation></message>
<message><source>left margin</source><translation>lề trái</translation></message>
<message><source>right margin</source><translation>lề phải</translation></message>
<message><source>to</source><translation>đến</translation></message>
<message><source>top margin</source><translation>lề trên</translation></message>
</context>
<context><name>QPrintSettingsOutput</name>
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
<message><source>&amp;Name:</source><translation>Tên:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tùy chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tùy chọn &gt;&gt;</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Print</source><translation>In</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>All Pages</source><translation>Tất cả các trang</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Collate</source><translation>In theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>Duplex Printing</source><translation>In hai mặt</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>First page</source><translation>Trang đầu</translation></message>
<message><source>Fit page</source><translation>Vừa trang</translation></message>
<message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Grayscale</source><translation>Đen trắng</translation></message>
<message><source>Height:</source><translation>Cao:</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
<message><source>Landscape</source><translation>Khổ ngang</translation></message>
<message><source>Last page</source><translation>Trang cuối</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Long side</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>Margins</source><translation>Lề</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Next page</source><translation>Trang sau</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>None</source><translation>Không</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Orientation</source><translation>Hướng giấy</translation></message>
<message><source>Output &amp;file:</source><translation>Ghi ra tệp:</translation></message>
<message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Page &amp;Set:</source><translation>In các trang:</translation></message>
<message><source>Page Layout</source><translation>Bố cục trang</translation></message>
<message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page size:</source><translation>Khổ giấy:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Từ trang</translation></message>
<message><source>Paper</source><translation>Giấy</translation></message>
<message><source>Paper source:</source><translation>Khay giấy:</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Portrait</source><translation>Khổ dọc</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Previous page</source><translation>Trang trước</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Properties</source><translation>Thuộc tính</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
<message><source>Reverse landscape</source><translation>Khổ ngang ngược</translation></message>
<message><source>Reverse portrait</source><translation>Khổ dọc ngược</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Selection</source><translation>Phần đã chọn</translation></message>
<message><source>Short side</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show facing pages</source><translation>Xem hai trang cạnh nhau</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
<message><source>Show single page</source><translation>Xem từng trang</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
<message><source>Width:</source><translation>Rộng:</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
<message><source>Zoom in</source><translation>Phóng to</translation></message>
<message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
<message><source>bottom margin</source><translation>lề dưới</translation></message>
<message><source>left margin</source><translation>lề trái</translation></message>
<message><source>right margin</source><translation>lề phải</translation></message>
<message><source>to</source><translation>đến</translation></message>
<message><source>top margin</source><translation>lề trên</translation></message>
</context>
<context><name>QPageSetupWidget</name>
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
<message><source>&amp;Name:</source><translation>Tên:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tùy chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tùy chọn &gt;&gt;</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Print</source><translation>In</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>All Pages</source><translation>Tất cả các trang</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Collate</source><translation>In theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>Duplex Printing</source><translation>In hai mặt</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>First page</source><translation>Trang đầu</translation></message>
<message><source>Fit page</source><translation>Vừa trang</translation></message>
<message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Grayscale</source><translation>Đen trắng</translation></message>
<message><source>Height:</source><translation>Cao:</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
<message><source>Landscape</source><translation>Khổ ngang</translation></message>
<message><source>Last page</source><translation>Trang cuối</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Long side</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>Margins</source><translation>Lề</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Next page</source><translation>Trang sau</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>None</source><translation>Không</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Orientation</source><translation>Hướng giấy</translation></message>
<message><source>Output &amp;file:</source><translation>Ghi ra tệp:</translation></message>
<message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Page &amp;Set:</source><translation>In các trang:</translation></message>
<message><source>Page Layout</source><translation>Bố cục trang</translation></message>
<message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page size:</source><translation>Khổ giấy:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Từ trang</translation></message>
<message><source>Paper</source><translation>Giấy</translation></message>
<message><source>Paper source:</source><translation>Khay giấy:</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Portrait</source><translation>Khổ dọc</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Previous page</source><translation>Trang trước</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Properties</source><translation>Thuộc tính</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
<message><source>Reverse landscape</source><translation>Khổ ngang ngược</translation></message>
<message><source>Reverse portrait</source><translation>Khổ dọc ngược</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Selection</source><translation>Phần đã chọn</translation></message>
<message><source>Short side</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show facing pages</source><translation>Xem hai trang cạnh nhau</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
<message><source>Show single page</source><translation>Xem từng trang</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
<message><source>Width:</source><translation>Rộng:</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
<message><source>Zoom in</source><translation>Phóng to</translation></message>
<message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
<message><source>bottom margin</source><translation>lề dưới</translation></message>
<message><source>left margin</source><translation>lề trái</translation></message>
<message><source>right margin</source><translation>lề phải</translation></message>
<message><source>to</source><translation>đến</translation></message>
<message><source>top margin</source><translation>lề trên</translation></message>
</context>
<context><name>QPageSetupDialog</name>
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
<message><source>&amp;Name:</source><translation>Tên:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tùy chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tùy chọn &gt;&gt;</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Print</source><translation>In</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>All Pages</source><translation>Tất cả các trang</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Collate</source><translation>In theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>Duplex Printing</source><translation>In hai mặt</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>First page</source><translation>Trang đầu</translation></message>
<message><source>Fit page</source><translation>Vừa trang</translation></message>
<message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Grayscale</source><translation>Đen trắng</translation></message>
<message><source>Height:</source><translation>Cao:</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
<message><source>Landscape</source><translation>Khổ ngang</translation></message>
<message><source>Last page</source><translation>Trang cuối</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Long side</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>Margins</source><translation>Lề</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Next page</source><translation>Trang sau</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>None</source><translation>Không</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Orientation</source><translation>Hướng giấy</translation></message>
<message><source>Output &amp;file:</source><translation>Ghi ra tệp:</translation></message>
<message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Page &amp;Set:</source><translation>In các trang:</translation></message>
<message><source>Page Layout</source><translation>Bố cục trang</translation></message>
<message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page size:</source><translation>Khổ giấy:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Từ trang</translation></message>
<message><source>Paper</source><translation>Giấy</translation></message>
<message><source>Paper source:</source><translation>Khay giấy:</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Portrait</source><translation>Khổ dọc</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Previous page</source><translation>Trang trước</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Properties</source><translation>Thuộc tính</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
<message><source>Reverse landscape</source><translation>Khổ ngang ngược</translation></message>
<message><source>Reverse portrait</source><translation>Khổ dọc ngược</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Selection</source><translation>Phần đã chọn</translation></message>
<message><source>Short side</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show facing pages</source><translation>Xem hai trang cạnh nhau</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
<message><source>Show single page</source><translation>Xem từng trang</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
<message><source>Width:</source><translation>Rộng:</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
<message><source>Zoom in</source><translation>Phóng to</translation></message>
<message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
<message><source>bottom margin</source><translation>lề dưới</translation></message>
<message><source>left margin</source><translation>lề trái</translation></message>
<message><source>right margin</source><translation>lề phải</translation></message>
<message><source>to</source><translation>đến</translation></message>
<message><source>top margin</source><translation>lề trên</translation></message>
</context>
<context><name>QPrintPropertiesWidget</name>
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
<message><source>&amp;Name:</source><translation>Tên:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tùy chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tùy chọn &gt;&gt;</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Print</source><translation>In</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>All Pages</source><translation>Tất cả các trang</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Collate</source><translation>In theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>Duplex Printing</source><translation>In hai mặt</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>First page</source><translation>Trang đầu</translation></message>
<message><source>Fit page</source><translation>Vừa trang</translation></message>
<message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Grayscale</source><translation>Đen trắng</translation></message>
<message><source>Height:</source><translation>Cao:</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
<message><source>Landscape</source><translation>Khổ ngang</translation></message>
<message><source>Last page</source><translation>Trang cuối</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Long side</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>Margins</source><translation>Lề</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Next page</source><translation>Trang sau</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>None</source><translation>Không</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Orientation</source><translation>Hướng giấy</translation></message>
<message><source>Output &amp;file:</source><translation>Ghi ra tệp:</translation></message>
<message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Page &amp;Set:</source><translation>In các trang:</translation></message>
<message><source>Page Layout</source><translation>Bố cục trang</translation></message>
<message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page size:</source><translation>Khổ giấy:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Từ trang</translation></message>
<message><source>Paper</source><translation>Giấy</translation></message>
<message><source>Paper source:</source><translation>Khay giấy:</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Portrait</source><translation>Khổ dọc</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Previous page</source><translation>Trang trước</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Properties</source><translation>Thuộc tính</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
<message><source>Reverse landscape</source><translation>Khổ ngang ngược</translation></message>
<message><source>Reverse portrait</source><translation>Khổ dọc ngược</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Selection</source><translation>Phần đã chọn</translation></message>
<message><source>Short side</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show facing pages</source><translation>Xem hai trang cạnh nhau</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
<message><source>Show single page</source><translation>Xem từng trang</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
<message><source>Width:</source><translation>Rộng:</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
<message><source>Zoom in</source><translation>Phóng to</translation></message>
<message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
<message><source>bottom margin</source><translation>lề dưới</translation></message>
<message><source>left margin</source><translation>lề trái</translation></message>
<message><source>right margin</source><translation>lề phải</translation></message>
<message><source>to</source><translation>đến</translation></message>
<message><source>top margin</source><translation>lề trên</translation></message>
</context>
<context><name>QPrintPropertiesDialog</name>
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
<message><source>&amp;Name:</source><translation>Tên:</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục mới</translation></message>
<message><source>&amp;Next</source><translation>Tiếp theo</translation></message>
<message><source>&amp;Next &gt;</source><translation>Tiếp theo &gt;</translation></message>
<message><source>&amp;No</source><translation>Không</translation></message>
<message><source>&amp;OK</source><translation>Đồng ý</translation></message>
<message><source>&amp;Open</source><translation>Mở</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tùy chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tùy chọn &gt;&gt;</translation></message>
<message><source>&amp;Paste</source><translation>Dán</translation></message>
<message><source>&amp;Print</source><translation>In</translation></message>
<message><source>&amp;Redo</source><translation>Làm lại</translation></message>
<message><source>&amp;Rename</source><translation>Đổi tên</translation></message>
<message><source>&amp;Save</source><translation>Lưu</translation></message>
<message><source>&amp;Save As</source><translation>Lưu thành</translation></message>
<message><source>&amp;Undo</source><translation>Hoàn tác</translation></message>
<message><source>&amp;Yes</source><translation>Có</translation></message>
<message><source>&lt; &amp;Back</source><translation>&lt; Quay lại</translation></message>
<message><source>Abort</source><translation>Dừng</translation></message>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>All Files (*)</source><translation>Tất cả tệp (*)</translation></message>
<message><source>All Pages</source><translation>Tất cả các trang</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Are you sure you want to delete '%1'?</source><translation>Bạn chắc chắn muốn xóa '%1'?</translation></message>
<message><source>Back</source><translation>Quay lại</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
<message><source>Collate</source><translation>In theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Commit</source><translation>Xác nhận</translation></message>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Continue</source><translation>Tiếp tục</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Cu&amp;t</source><translation>Cắt</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Discard</source><translation>Bỏ qua thay đổi</translation></message>
<message><source>Don't Save</source><translation>Không lưu</translation></message>
<message><source>Done</source><translation>Xong</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>Duplex Printing</source><translation>In hai mặt</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>Tên tệp:</translation></message>
<message><source>File name</source><translation>Tên tệp</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of &amp;type:</source><translation>Loại tệp:</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>First page</source><translation>Trang đầu</translation></message>
<message><source>Fit page</source><translation>Vừa trang</translation></message>
<message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go Back</source><translation>Quay lại</translation></message>
<message><source>Go back</source><translation>Quay lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>Grayscale</source><translation>Đen trắng</translation></message>
<message><source>Height:</source><translation>Cao:</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
<message><source>Landscape</source><translation>Khổ ngang</translation></message>
<message><source>Last page</source><translation>Trang cuối</translation></message>
<message><source>List View</source><translation>Dạng danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Vị trí và dấu trang</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Long side</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>Margins</source><translation>Lề</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>N&amp;o to All</source><translation>Không với tất cả</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Next page</source><translation>Trang sau</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>No to All</source><translation>Không với tất cả</translation></message>
<message><source>None</source><translation>Không</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Orientation</source><translation>Hướng giấy</translation></message>
<message><source>Output &amp;file:</source><translation>Ghi ra tệp:</translation></message>
<message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Page &amp;Set:</source><translation>In các trang:</translation></message>
<message><source>Page Layout</source><translation>Bố cục trang</translation></message>
<message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page setup</source><translation>Thiết lập trang</translation></message>
<message><source>Page size:</source><translation>Khổ giấy:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Từ trang</translation></message>
<message><source>Paper</source><translation>Giấy</translation></message>
<message><source>Paper source:</source><translation>Khay giấy:</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Portrait</source><translation>Khổ dọc</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Previous page</source><translation>Trang trước</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Properties</source><translation>Thuộc tính</translation></message>
<message><source>Quit</source><translation>Thoát</translation></message>
<message><source>Recent Places</source><translation>Vị trí gần đây</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
<message><source>Reverse landscape</source><translation>Khổ ngang ngược</translation></message>
<message><source>Reverse portrait</source><translation>Khổ dọc ngược</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
<message><source>Selection</source><translation>Phần đã chọn</translation></message>
<message><source>Short side</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message>
<message><source>Show </source><translation>Hiện cột </translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
<message><source>Show facing pages</source><translation>Xem hai trang cạnh nhau</translation></message>
<message><source>Show hidden files</source><translation>Hiện tệp ẩn</translation></message>
<message><source>Show overview of all pages</source><translation>Xem tất cả các trang</translation></message>
<message><source>Show single page</source><translation>Xem từng trang</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
<message><source>Width:</source><translation>Rộng:</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>Yes to &amp;All</source><translation>Có với tất cả</translation></message>
<message><source>Yes to All</source><translation>Có với tất cả</translation></message>
<message><source>Zoom in</source><translation>Phóng to</translation></message>
<message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
<message><source>bottom margin</source><translation>lề dưới</translation></message>
<message><source>left margin</source><translation>lề trái</translation></message>
<message><source>right margin</source><translation>lề phải</translation></message>
<message><source>to</source><translation>đến</translation></message>
<message><source>top margin</source><translation>lề trên</translation></message>
</context>
</TS>
