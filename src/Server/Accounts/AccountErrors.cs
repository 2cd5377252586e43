using Microsoft.AspNetCore.Identity;

namespace Analytics.Server.Accounts;

/// <summary>Identity's error messages in Vietnamese, as the admin page and `plans user` show them.</summary>
public sealed class AccountErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Có lỗi, chưa lưu được thay đổi.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác sửa; hãy tải lại trang rồi làm lại.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Sai mật khẩu.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Tên đăng nhập không hợp lệ: \"{userName}\".");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Tên đăng nhập {userName} đã có.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Mật khẩu cần ít nhất {length} ký tự.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu cần ít nhất {uniqueChars} ký tự khác nhau.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Tài khoản này không thể bị khóa.");

    /// <summary>A role outside <see cref="Roles.All"/>.</summary>
    public static IdentityError UnknownRole(string role) =>
        Error(nameof(UnknownRole), $"Không có vai trò \"{role}\" (chọn một trong: {string.Join(", ", Roles.All)}).");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
