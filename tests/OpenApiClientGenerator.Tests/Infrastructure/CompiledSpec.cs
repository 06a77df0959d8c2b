using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>The generated code of a spec compiled and loaded, so tests can run it (through JsonSerializer and reflection).</summary>
internal sealed class CompiledSpec
{
    private readonly Assembly _assembly;

    private CompiledSpec(Assembly assembly) => _assembly = assembly;

    public static CompiledSpec From(SpecFile spec) => From(new GeneratorHarness(spec), spec.Path);

    /// <summary>What <paramref name="harness"/> generates (a spec with the documents it refers to), compiled and loaded.</summary>
    public static CompiledSpec From(GeneratorHarness harness, string name)
    {
        var result = harness.Run();
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        return From(harness.LastOutputCompilation!, name);
    }

    /// <summary>A compilation (generated code, perhaps changed by the test) compiled and loaded.</summary>
    public static CompiledSpec From(Compilation compilation, string name)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        emit.Success.ShouldBeTrue(string.Join(Environment.NewLine, emit.Diagnostics));
        stream.Position = 0;
        return new CompiledSpec(new AssemblyLoadContext(name, isCollectible: true).LoadFromStream(stream));
    }

    /// <summary>A generated client over <paramref name="httpClient"/> (as dynamic, to call its operations by name).</summary>
    public dynamic Client(string fullName, System.Net.Http.HttpClient httpClient, object? options = null) => Activator.CreateInstance(Type(fullName), httpClient, options)!;

    /// <summary>A new instance of a generated type with a parameterless constructor (as dynamic, to set its properties).</summary>
    public dynamic New(string fullName) => Activator.CreateInstance(Type(fullName))!;

    public Type Type(string fullName) => _assembly.GetType(fullName) ?? throw new InvalidOperationException($"{fullName} was not generated.");

    public object? Deserialize(string json, string typeName) => JsonSerializer.Deserialize(json, Type(typeName));

    public string Serialize(object? value, string typeName) => JsonSerializer.Serialize(value, Type(typeName));

    public static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);

    public static object? Static(Type type, string name) => type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
}
