using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Packaging.Tests;

/// <summary>The packages as users get them: packed, restored from the feed by projects outside the solution, built and run.</summary>
public sealed class ConsumerTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture _packages;

    public ConsumerTests(PackageFixture packages) => _packages = packages;

    [Fact]
    public void The_generator_package_is_an_analyzer_with_its_dependencies_and_build_assets_only()
    {
        using var package = ZipFile.OpenRead(_packages.Package("OpenApiClientGenerator"));
        var entries = package.Entries.Select(entry => entry.FullName).ToList();

        entries.ShouldContain("analyzers/dotnet/cs/OpenApiClientGenerator.dll");
        entries.ShouldContain("analyzers/dotnet/cs/YamlDotNet.dll");
        entries.ShouldContain("build/OpenApiClientGenerator.props");
        entries.ShouldContain("buildTransitive/OpenApiClientGenerator.targets");
        entries.ShouldNotContain(entry => entry.StartsWith("lib/", System.StringComparison.Ordinal));
        var nuspec = new StreamReader(package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open()).ReadToEnd();
        nuspec.ShouldContain("<developmentDependency>true</developmentDependency>");
        nuspec.ShouldNotContain("<dependency ");
    }

    [Fact]
    public void The_client_package_has_docs_readme_license_and_symbols_and_no_generator_dependency()
    {
        using var package = ZipFile.OpenRead(_packages.Package("PartnerCenter.Licenses.Client"));
        var entries = package.Entries.Select(entry => entry.FullName).ToList();

        entries.ShouldContain("lib/net10.0/PartnerCenter.Licenses.Client.dll");
        entries.ShouldContain("lib/net10.0/PartnerCenter.Licenses.Client.xml");
        entries.ShouldContain("README.md");
        var nuspec = new StreamReader(package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open()).ReadToEnd();
        nuspec.ShouldContain("<license type=\"expression\">MIT</license>");
        nuspec.ShouldContain("<repository type=\"git\"");
        nuspec.ShouldNotContain("OpenApiClientGenerator");
        File.Exists(Path.ChangeExtension(_packages.Package("PartnerCenter.Licenses.Client"), ".snupkg")).ShouldBeTrue();
    }

    [Fact]
    public void A_consumer_restores_the_client_and_testing_packages_from_the_feed_and_calls_the_fake_server()
    {
        var project = _packages.Consumer("ClientConsumer");

        var run = DotNet.Run(project, "run", "-p:PackagesVersion=" + _packages.Version);

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("total=5 first=OFFICE 365 BUSINESS ESSENTIALS auth=Bearer consumer-token");
        run.Output.ShouldContain("error=404/600002");
        File.ReadAllText(Path.Combine(project, "obj", "project.assets.json")).ShouldContain($"PartnerCenter.Licenses.Client/{_packages.Version}");
    }

    [Fact]
    public void A_consumer_of_the_generator_package_alone_generates_from_its_own_two_file_yaml_spec_and_ships_nothing_of_it()
    {
        var project = _packages.Consumer("GeneratorConsumer");

        var run = DotNet.Run(project, "run", "-p:PackagesVersion=" + _packages.Version);

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("todo=42:https://todo.example.com/v1/todos/42:archived:False");
        var output = Directory.GetFiles(Path.Combine(project, "bin"), "*.*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        output.ShouldNotContain("OpenApiClientGenerator.dll");
        output.ShouldNotContain("YamlDotNet.dll");
        var deps = Directory.GetFiles(Path.Combine(project, "bin"), "GeneratorConsumer.deps.json", SearchOption.AllDirectories).Single();
        File.ReadAllText(deps).ShouldNotContain("OpenApiClientGenerator");
    }

    [Fact]
    public void A_project_referencing_the_generator_project_reads_yaml_specs()
    {
        var project = _packages.Consumer("ProjectReferenceConsumer");

        var run = DotNet.Run(project, "run", "-p:RepositoryRoot=" + _packages.Root);

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldNotContain("OAG010");
        run.Output.ShouldContain("pong");
    }

    [Fact]
    public void Removing_a_property_from_the_spec_breaks_the_build_against_the_recorded_public_api_and_the_released_spec()
    {
        var project = _packages.Consumer("BreakingChange");
        var spec = File.ReadAllText(Path.Combine(_packages.Root, "spec", "partner-center.openapi.json"));
        var models = File.ReadAllLines(Path.Combine(_packages.Root, "src", "PartnerCenter.Licenses.Client", "PublicAPI.Unshipped.txt"))
            .Where(line => line.StartsWith("PartnerCenter.Licenses.Models.", System.StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(project, "PublicAPI.Shipped.txt"), "#nullable enable\n");
        File.WriteAllLines(Path.Combine(project, "PublicAPI.Unshipped.txt"), new[] { "#nullable enable" }.Concat(models));
        File.WriteAllText(Path.Combine(project, "partner-center.openapi.json"), spec);
        Directory.CreateDirectory(Path.Combine(project, "released"));
        File.WriteAllText(Path.Combine(project, "released", "partner-center.openapi.json"), spec);

        var unchanged = DotNet.Run(project, "build", "-p:PackagesVersion=" + _packages.Version);
        unchanged.ExitCode.ShouldBe(0, unchanged.Output);

        File.WriteAllText(Path.Combine(project, "partner-center.openapi.json"), spec.Replace("\"serviceCode\": {", "\"serviceKode\": {", System.StringComparison.Ordinal));
        var broken = DotNet.Run(project, "build", "-p:PackagesVersion=" + _packages.Version);

        broken.ExitCode.ShouldNotBe(0);
        broken.Output.ShouldContain("RS0017");
        broken.Output.ShouldContain("CustomerLicensesUsageInsights.ServiceCode");
        var properties = spec.IndexOf("\"properties\": {", spec.IndexOf("\"CustomerLicensesUsageInsights\": {", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        var line = spec[..properties].Count(c => c == '\n') + 1;
        var column = properties - spec.LastIndexOf('\n', properties) + "\"properties\": ".Length;
        broken.Output.ShouldContain($"partner-center.openapi.json({line},{column}): error OAG014: #/components/schemas/CustomerLicensesUsageInsights/properties/serviceCode: the property CustomerLicensesUsageInsights.ServiceCode ('serviceCode') was removed; code written against the baseline 'partner-center.openapi.json'");
    }
}
