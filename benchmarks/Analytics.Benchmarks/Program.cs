using BenchmarkDotNet.Running;

// Run one suite with: dotnet run -c Release --project benchmarks/Analytics.Benchmarks -- --filter '*Name*'
// Write the generated collection to a record store with: ... -- --write-store 100000 DIR
// (Not typeof(Program): the referenced `plans` executable has a top-level Program too.)
if (Analytics.Benchmarks.Search.GeneratedStore.TryRun(args)) return;
BenchmarkSwitcher.FromAssembly(typeof(Analytics.Benchmarks.Search.QueryBenchmarks).Assembly).Run(args);
