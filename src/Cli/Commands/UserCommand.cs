using System.CommandLine;
using Analytics.Server.Accounts;
using Analytics.Server.Audit;
using Analytics.Server.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Cli.Commands;

/// <summary>`plans user add NAME --role ROLE [--province P] [--commune C...] --server CONN`: creates an account of
/// the shared workspace through ASP.NET Core Identity (the admin page's rules and Vietnamese messages); the password
/// is read from standard input (one line), never from the command line.</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Login name" };
        var server = ServerOptions.Server();
        var role = new Option<string>("--role") { Description = "admin | analyst | uploader | viewer", Required = true };
        var province = new Option<string?>("--province") { Description = "The province the account works in (analyst: every plan of it)" };
        var communes = new Option<string[]>("--commune") { Description = "Units whose plans an uploader or viewer sees (the plans' district, as in the records)", AllowMultipleArgumentsPerToken = true };
        var add = new Command("add", "Create an account; the password (at least 10 characters) is read from standard input") { name, server, role, province, communes };
        add.SetAction(async parseResult =>
        {
            if (ServerOptions.Resolve(parseResult, server, "user add") is not { } connection) return ExitCodes.Usage;
            var password = Console.In.ReadLine() ?? "";
            using var database = ServerDatabase.Open(connection);
            var account = new Account(parseResult.GetValue(name)!, parseResult.GetValue(role)!, parseResult.GetValue(province), parseResult.GetValue(communes) ?? []);
            await using var identity = AccountServices.Standalone(database);
            await using var scope = identity.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().Create(account, password);
            if (!created.Succeeded)
            {
                Console.Error.WriteLine($"plans user add: {AccountAdmin.Message(created)}");
                return ExitCodes.Usage;
            }
            new AuditLog(database).Write(Environment.UserName, "user-add", $"{account.Name} {account.Role} {account.Province} {string.Join(", ", account.Communes)}");
            Console.WriteLine($"Account {account.Name} ({account.Role}) created");
            return ExitCodes.Success;
        });
        return new Command("user", "Accounts of the shared workspace (server mode)") { add };
    }
}
