using System.Text;
using Analytics.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await CliApp.RunAsync(args);
