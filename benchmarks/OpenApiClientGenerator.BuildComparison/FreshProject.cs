using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;

namespace OpenApiClientGenerator.BuildComparison;

internal enum ClientGenerator
{
    /// <summary>This repository's source generator, from its packed package, run by the compiler.</summary>
    Ours,

    /// <summary>NSwag through NSwag.MSBuild: <c>openapi2csclient</c> writes one file before the compiler runs.</summary>
    NSwag,
}

/// <summary>
/// A class library holding only one spec, set up as a user would for one generator, with nothing else in it: the
/// SDK's defaults of <c>dotnet new classlib</c> (nullable and implicit usings on, default analyzers).
/// </summary>
internal sealed class FreshProject
{
    public const string NSwagVersion = "14.7.1";

    /// <summary>The NSwag command; the brief of the comparison (the MSBuild package's .NET 10 tool, System.Text.Json).</summary>
    public const string NSwagCommand = "$(NSwagExe_Net100) openapi2csclient /JsonLibrary:SystemTextJson";

    private const string Namespace = "Bench.Api";

    // Where `EmitCompilerGeneratedFiles` writes our output: <folder>/<generator assembly>/<generator type>/<hint name>.
    // Under obj/, so that no later evaluation globs it into the compilation.
    private const string GeneratedFolder = "obj/generated";
    private const string OurGeneratorFolder = "OpenApiClientGenerator";

    // Hint names of the helpers the generator emits once per compilation, whatever the spec.
    private const string RuntimeHintFolder = "OpenApiClientGenerator.Runtime";

    private static readonly string[] RestoreOutputs = { "project.assets.json", "project.nuget.cache", ".nuget.dgspec.json", ".nuget.g.props", ".nuget.g.targets" };

    private FreshProject(string directory, string projectName, ComparedSpec spec, ClientGenerator generator)
    {
        Directory = directory;
        ProjectFile = Path.Combine(directory, projectName + ".csproj");
        Spec = spec;
        Generator = generator;
    }

    public string Directory { get; }

    public ComparedSpec Spec { get; }

    public ClientGenerator Generator { get; }

    /// <summary>Named after the spec and the generator (a solution needs distinct names); the assembly is always Bench.</summary>
    public string ProjectFile { get; }

    private string NSwagOutput => Path.Combine(Directory, "obj", "nswag", "Client.g.cs");

    public static FreshProject Create(string parent, string specName, ComparedSpec spec, ClientGenerator generator, string ourPackageVersion)
    {
        var project = new FreshProject(Path.Combine(parent, generator.ToString()), specName + "." + generator, spec, generator);
        System.IO.Directory.CreateDirectory(project.Directory);
        File.Copy(spec.Path, Path.Combine(project.Directory, spec.FileName), overwrite: true);
        File.WriteAllText(project.ProjectFile, generator == ClientGenerator.Ours ? OursProject(spec.FileName, ourPackageVersion) : NSwagProject(spec.FileName));
        return project;
    }

    /// <summary>
    /// The arguments of one build. <paramref name="keepGeneratedFiles"/> also writes our generated sources to disk
    /// (to count them); NSwag's are on disk anyway.
    /// </summary>
    public IReadOnlyList<string> BuildArguments(bool sharedCompiler, bool keepGeneratedFiles)
    {
        // Always said explicitly: a machine may set UseSharedCompilation in the environment (this one sets it to false).
        var arguments = new List<string> { "build", ProjectFile, "--no-restore", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=" + (sharedCompiler ? "true" : "false") };

        if (keepGeneratedFiles && Generator == ClientGenerator.Ours)
        {
            arguments.Add("-p:EmitCompilerGeneratedFiles=true");
            arguments.Add("-p:CompilerGeneratedFilesOutputPath=" + GeneratedFolder);
        }

        return arguments;
    }

    /// <summary>Back to the state right after restore: bin/ and every build output in obj/ go, the restore's files stay.</summary>
    public void DeleteBuildOutputs()
    {
        var bin = Path.Combine(Directory, "bin");
        if (System.IO.Directory.Exists(bin))
        {
            System.IO.Directory.Delete(bin, recursive: true);
        }

        var obj = new DirectoryInfo(Path.Combine(Directory, "obj"));
        if (!obj.Exists)
        {
            return;
        }

        foreach (var folder in obj.GetDirectories())
        {
            folder.Delete(recursive: true);
        }

        foreach (var file in obj.GetFiles().Where(file => !RestoreOutputs.Any(name => file.Name.EndsWith(name, StringComparison.Ordinal))))
        {
            file.Delete();
        }
    }

    /// <summary>The generated C# of the last build, as the spec's code and the helpers that do not depend on the spec.</summary>
    public (CodeVolume SpecCode, CodeVolume Helpers) GeneratedCode()
    {
        if (Generator == ClientGenerator.NSwag)
        {
            return File.Exists(NSwagOutput) ? (CodeVolume.Of(new[] { NSwagOutput }), CodeVolume.None) : throw new InvalidOperationException($"NSwag wrote no {NSwagOutput}.");
        }

        var root = Path.Combine(Directory, GeneratedFolder, OurGeneratorFolder);
        var folders = System.IO.Directory.Exists(root) ? System.IO.Directory.GetDirectories(root) : Array.Empty<string>();
        if (folders.Length != 1)
        {
            throw new InvalidOperationException($"Expected the generator's output in one folder under {root}, found {folders.Length}.");
        }

        var files = System.IO.Directory.GetFiles(folders[0], "*.cs", SearchOption.AllDirectories);
        var helpers = files.Where(file => Path.GetRelativePath(folders[0], file).StartsWith(RuntimeHintFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        return (CodeVolume.Of(files.Except(helpers)), CodeVolume.Of(helpers));
    }

    private static string OursProject(string specFile, string packageVersion) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>Bench</AssemblyName>
            <RootNamespace>Bench</RootNamespace>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="OpenApiClientGenerator" Version="{packageVersion}" PrivateAssets="all" />
            <OpenApiSpec Include="{SecurityElement.Escape(specFile)}" Namespace="{Namespace}" ClientName="ApiClient" />
          </ItemGroup>
        </Project>

        """;

    // Generated on every build, as NSwag's documentation sets it up: generate + build is what is compared.
    private static string NSwagProject(string specFile) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>Bench</AssemblyName>
            <RootNamespace>Bench</RootNamespace>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="NSwag.MSBuild" Version="{NSwagVersion}" PrivateAssets="all" />
          </ItemGroup>
          <Target Name="NSwagGenerate" BeforeTargets="PrepareForBuild">
            <Exec Command="{NSwagCommand} /input:&quot;{SecurityElement.Escape(specFile)}&quot; /output:&quot;obj/nswag/Client.g.cs&quot; /namespace:{Namespace}" />
            <ItemGroup>
              <Compile Include="obj/nswag/Client.g.cs" />
            </ItemGroup>
          </Target>
        </Project>

        """;
}
