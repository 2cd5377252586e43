namespace Analytics.Cli.Web.Pages;

/// <summary>Drag-and-drop of files and folders, or the usual file pickers for keyboard users;
/// progress per file appears below as the worker reports it.</summary>
internal static class UploadPage
{
    public static string Render(string antiforgeryToken, WorkspaceOptions options) => Layout.Page("Tải lên", "upload", $$"""
        <h1>Tải kế hoạch lên</h1>
        <p>Chấp nhận tệp Word (.docx, .doc), RTF, OpenDocument (.odt), Excel (.xlsx), PDF, ảnh chụp hoặc ảnh quét
        (PNG, JPEG, TIFF) và văn bản (.txt).
        Mỗi tệp tối đa {{options.MaxFileBytes / (1024 * 1024)}} MB. Một tệp trùng tên với kế hoạch đã có chỉ thay kế hoạch đó
        khi bạn chọn "Thay thế"; bản cũ được giữ trong lịch sử.</p>
        <p><label><input id="replace" type="checkbox"> Thay thế kế hoạch đã có cùng tên</label></p>
        <div id="drop" class="drop">
          <p>Kéo thả tệp hoặc thư mục vào đây</p>
          <p><label for="files">Chọn tệp: </label><input id="files" type="file" multiple
             accept="{{Analytics.Ingest.Readers.DocumentFormats.PickerAccept}}"></p>
          <p><label for="folder">Chọn thư mục: </label><input id="folder" type="file" webkitdirectory multiple></p>
        </div>
        <p id="upload-status" role="status" aria-live="polite"></p>
        <ul id="file-list" class="files" aria-label="Tiến độ từng tệp"></ul>
        """, antiforgeryToken);
}
