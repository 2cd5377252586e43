using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using static Analytics.Cli.Web.Html;

namespace Analytics.Cli.ServerWeb;

/// <summary>The HTML of the admin page: the accounts with a form per change, the add form, the audit log.</summary>
internal static class AdminPages
{
    public static string Body(HttpContext context, IAntiforgery antiforgery, IReadOnlyList<(Account Account, bool Locked)> accounts, IReadOnlyList<AuditEntry> audit)
    {
        var field = ServerPage.Field(context, antiforgery);
        var rows = string.Join("", accounts.Select(a => Row(field, a.Account, a.Locked)));
        var log = string.Join("", audit.Select(e =>
            $"<tr><td>{e.At.ToUniversalTime():yyyy-MM-dd HH:mm:ss}</td><td>{E(e.User)}</td><td>{E(e.Action)}</td><td>{E(e.Detail)}</td></tr>"));
        return $"""
            <h2>Tài khoản</h2>
            <table class="tai-khoan"><tr><th>Tên</th><th>Vai trò</th><th>Tỉnh, xã/phường</th><th>Khóa</th></tr>{rows}</table>
            <h2>Thêm tài khoản</h2>
            <form method="post" action="/quan-tri/them" class="them">{field}
            <label>Tên đăng nhập <input name="ten" required></label>
            <label>Mật khẩu (ít nhất {AccountPolicy.MinPasswordLength} ký tự) <input name="mat-khau" type="password" autocomplete="new-password" required minlength="{AccountPolicy.MinPasswordLength}"></label>
            <label>Vai trò {RoleSelect(Roles.Viewer)}</label>
            <label>Tỉnh <input name="tinh"></label>
            <label>Xã/phường (cách nhau bằng dấu phẩy) <input name="xa"></label>
            <button>Thêm</button></form>
            <h2>Nhật ký</h2>
            <table class="nhat-ky"><tr><th>Lúc (UTC)</th><th>Ai</th><th>Việc</th><th>Chi tiết</th></tr>{log}</table>
            """;
    }

    private static string Row(string field, Account account, bool locked)
    {
        var name = $"""<input type="hidden" name="ten" value="{E(account.Name)}">""";
        var lockOrUnlock = locked ? $"""<form method="post" action="/quan-tri/mo-khoa">{field}{name}<button>Mở khóa</button></form>"""
            : $"""<form method="post" action="/quan-tri/khoa">{field}{name}<button>Khóa</button></form>""";
        return $"""
            <tr data-ten="{E(account.Name)}"><td>{E(account.Name)}</td>
            <td><form method="post" action="/quan-tri/vai-tro">{field}{name}{RoleSelect(account.Role)}<button>Đổi vai trò</button></form></td>
            <td><form method="post" action="/quan-tri/don-vi">{field}{name}
            <input name="tinh" value="{E(account.Province)}" aria-label="Tỉnh"><input name="xa" value="{E(string.Join(", ", account.Communes))}" aria-label="Xã/phường">
            <button>Lưu đơn vị</button></form></td>
            <td>{(locked ? "đang khóa" : "")}{lockOrUnlock}</td></tr>
            """;
    }

    private static string RoleSelect(string selected) =>
        "<select name=\"vai-tro\">" + string.Join("", Roles.All.Select(r => $"<option{(r == selected ? " selected" : "")}>{r}</option>")) + "</select>";
}
