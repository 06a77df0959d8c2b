using System.Collections.Generic;
using System.Linq;
using System.Threading;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>One generated file: its hint name (unique in the compilation, folder-like) and its text.</summary>
internal readonly record struct GeneratedSource(string HintName, string Text);

/// <summary>
/// Writes the files of one client: <see cref="SourcePlanner"/> splits the client into one <see cref="SourceUnit"/> per
/// file, and each unit is written on its own, against a <see cref="TypeCatalog"/> of the client's types. The generator
/// caches each unit, so an edit re-emits only the files whose part of the model changed.
/// </summary>
internal static class SourceEmitter
{
    /// <summary>Every file of <paramref name="client"/>, in the planner's order (for tests and benchmarks; the generator emits unit by unit).</summary>
    public static IEnumerable<GeneratedSource> Emit(ClientModel client, CancellationToken cancellationToken)
    {
        var types = new TypeCatalog(client.Types);
        foreach (var unit in SourcePlanner.Plan(client))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Emit(unit, types);
        }
    }

    /// <summary>One file.</summary>
    public static GeneratedSource Emit(SourceUnit unit, TypeCatalog types)
    {
        var client = unit.Client;
        var text = unit.Kind switch
        {
            SourceKind.Interface => ClientEmitter.EmitInterface(client),
            SourceKind.Client => ClientEmitter.EmitClient(client, types),
            SourceKind.Options => OptionsEmitter.Emit(client),
            SourceKind.Exception => ExceptionEmitter.Emit(client),
            SourceKind.Response => ResponseTypesEmitter.EmitResponse(client),
            SourceKind.Paging => ResponseTypesEmitter.EmitPaging(client),
            SourceKind.Models => EmitTypes(client, types, unit.Types),
            SourceKind.Result => EmitResult(client),
            _ => EmitRequestBuilders(client),
        };

        return new GeneratedSource(unit.HintName, text);
    }

    private static string EmitResult(ClientModel client)
    {
        var operation = client.Operations[0];
        var writer = new SourceWriter().FileStart(client.UsesDeprecated);
        using (writer.Namespace(client.ModelsNamespace))
        {
            ResultEmitter.Write(writer, operation, OperationSignature.ResultResponse(operation)!);
        }

        return writer.ToString();
    }

    private static string EmitRequestBuilders(ClientModel client)
    {
        var operationsByMethod = client.Operations.ToDictionary(operation => operation.AsyncMethodName, System.StringComparer.Ordinal);
        var writer = new SourceWriter().FileStart(client.UsesDeprecated);
        using (writer.Namespace(client.RequestBuildersNamespace, client.HasModels ? new[] { $"global::{client.ModelsNamespace}" } : System.Array.Empty<string>()))
        {
            // Outer builders first, as a reader walks the path.
            foreach (var builder in client.RequestBuilders.OrderBy(builder => builder.PathTemplate.Count(c => c == '/')))
            {
                RequestBuilderEmitter.Write(writer, client, builder, operationsByMethod);
            }
        }

        return writer.ToString();
    }

    /// <summary>Types in the models namespace, then their converters in the serialization namespace.</summary>
    private static string EmitTypes(ClientModel client, TypeCatalog types, IReadOnlyList<TypeModel> file)
    {
        var writer = new SourceWriter().FileStart(client.UsesDeprecated);
        using (writer.Namespace(client.ModelsNamespace))
        {
            foreach (var type in file)
            {
                switch (type)
                {
                    case ObjectModel model:
                        ModelEmitter.Write(writer, client, model);
                        break;
                    case UnionModel model:
                        UnionEmitter.Write(writer, client, model);
                        break;
                    case EnumModel model:
                        EnumEmitter.Write(writer, model);
                        break;
                }
            }
        }

        var converted = file.Where(type => type is not EnumModel).ToList();
        if (converted.Count == 0)
        {
            return writer.ToString();
        }

        var usings = converted.Any(type => type is ObjectModel model && model.AllProperties.Any())
            ? new[] { "static global::System.MemoryExtensions", $"global::{client.ModelsNamespace}" }
            : new[] { $"global::{client.ModelsNamespace}" };
        using (writer.Namespace(client.SerializationNamespace, usings))
        {
            foreach (var type in converted)
            {
                switch (type)
                {
                    case ObjectModel model:
                        JsonConverterEmitter.Write(writer, types, model);
                        break;
                    case UnionModel model:
                        UnionEmitter.WriteConverter(writer, types, model);
                        break;
                }
            }
        }

        return writer.ToString();
    }
}
