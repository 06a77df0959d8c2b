using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;

namespace OpenApiClientGenerator.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/OpenApiClientGenerator.Benchmarks -- --filter '*'</c> runs the benchmarks;
/// <c>-- verify</c> only prints the specs' sizes and the sanity checks, and compiles the generated code;
/// <c>-- check FILE</c> does the same for any JSON spec; <c>-- write-synthetic FILE</c> writes the synthetic spec to a file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "verify")
        {
            return Verify();
        }

        if (args.Length == 2 && args[0] == "check")
        {
            return Check("/specs/" + Path.GetFileName(args[1]), File.ReadAllText(args[1]), args[1]);
        }

        if (args.Length >= 2 && args[0] == "stages")
        {
            return GeneratedVolume.Stages(args.Skip(1).ToArray());
        }

        if (args.Length >= 2 && args[0] == "volume")
        {
            return GeneratedVolume.Print(args.Skip(1).ToArray());
        }

        if (args.Length == 2 && args[0] == "write-synthetic")
        {
            File.WriteAllText(args[1], SyntheticSpec.Build());
            return 0;
        }

        // Non-zero when a benchmark failed (for example a sanity check in its setup threw).
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }

    private static int Verify()
    {
        var failed = 0;
        foreach (var name in new[] { Specs.PartnerCenter, Specs.Synthetic })
        {
            failed |= Check(Specs.PathOf(name), Specs.Load(name), name);
        }

        return failed;
    }

    /// <summary>Prints a spec's size, the pipeline sanity checks and whether the generated code compiles.</summary>
    private static int Check(string path, string text, string label)
    {
        GeneratorHost.WarmUp();
        var (bytes, schemas, paths, operations) = SyntheticSpec.Measure(text);
        Console.WriteLine($"{label}: {bytes:N0} bytes, {schemas} component schemas, {paths} paths, {operations} operations");
        foreach (var line in PipelineCheck.Run(path, text, Specs.TryEdit(text)))
        {
            Console.WriteLine("  " + line);
        }

        var problems = PipelineCheck.CompileGenerated(path, text);
        Console.WriteLine($"  generated code compiles with {problems.Count} warnings or errors");
        foreach (var problem in problems.Take(20))
        {
            Console.WriteLine("    " + problem);
        }

        return problems.Count > 0 ? 1 : 0;
    }
}
