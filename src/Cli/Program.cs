using System.CommandLine;
using System.Text;
using Analytics.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("plans: ingest, search and analyse school quality-improvement plans (Kế hoạch cải tiến chất lượng giáo dục)");
root.Options.Add(CommonOptions.Data);
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
