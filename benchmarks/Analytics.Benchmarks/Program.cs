using BenchmarkDotNet.Running;

// Run one suite with: dotnet run -c Release --project benchmarks/Analytics.Benchmarks -- --filter '*Name*'
// (Not typeof(Program): the referenced `plans` executable has a top-level Program too.)
BenchmarkSwitcher.FromAssembly(typeof(Analytics.Benchmarks.Search.QueryBenchmarks).Assembly).Run(args);
