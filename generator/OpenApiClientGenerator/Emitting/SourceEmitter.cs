using System.Collections.Generic;
using System.Linq;
using System.Threading;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>One generated file: its hint name (unique in the compilation, folder-like) and its text.</summary>
internal readonly record struct GeneratedSource(string HintName, string Text);

/// <summary>
/// Emits every file of one client, in a fixed order: client, options, exception, then one file per component schema
/// (its type, the types defined inline inside it, and their converters), operation results, and one file per first path
/// segment of the fluent API. Grouping keeps the file count proportional to the spec's schemas, not to every inline type:
/// the compiler pays for each generated file on every keystroke.
/// </summary>
internal static class SourceEmitter
{
    public static IEnumerable<GeneratedSource> Emit(ClientModel client, CancellationToken cancellationToken)
    {
        var prefix = $"{client.Namespace}.{client.ClientName}/";
        var types = new TypeCatalog(client);
        yield return new GeneratedSource(prefix + client.InterfaceName + ".g.cs", ClientEmitter.EmitInterface(client));
        yield return new GeneratedSource(prefix + client.ClientName + ".g.cs", ClientEmitter.EmitClient(client, types));
        yield return new GeneratedSource(prefix + client.OptionsName + ".g.cs", OptionsEmitter.Emit(client));
        yield return new GeneratedSource(prefix + client.ExceptionName + ".g.cs", ExceptionEmitter.Emit(client));
        yield return new GeneratedSource(prefix + client.ResponseName + ".g.cs", ResponseTypesEmitter.EmitResponse(client));
        if (ResponseTypesEmitter.HasPaging(client))
        {
            yield return new GeneratedSource(prefix + client.PageableName + ".g.cs", ResponseTypesEmitter.EmitPaging(client));
        }

        foreach (var file in client.Types.GroupBy(type => type.FileName))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new GeneratedSource($"{prefix}Models/{file.Key}.g.cs", EmitTypes(client, types, file.OrderBy(type => type.Name == file.Key ? 0 : 1).ToList()));
        }

        foreach (var operation in client.Operations)
        {
            if (OperationSignature.ResultResponse(operation) is { } result)
            {
                var writer = new SourceWriter().FileStart(client.UsesDeprecated);
                using (writer.Namespace(client.ModelsNamespace))
                {
                    ResultEmitter.Write(writer, operation, result);
                }

                yield return new GeneratedSource($"{prefix}Models/{result.ResultTypeName}.g.cs", writer.ToString());
            }
        }

        var operationsByMethod = client.Operations.ToDictionary(operation => operation.AsyncMethodName, System.StringComparer.Ordinal);
        foreach (var file in client.RequestBuilders.GroupBy(builder => builder.File ?? builder.Name))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var writer = new SourceWriter().FileStart(client.UsesDeprecated);
            using (writer.Namespace(client.RequestBuildersNamespace, client.HasModels ? new[] { $"global::{client.ModelsNamespace}" } : System.Array.Empty<string>()))
            {
                // Outer builders first, as a reader walks the path.
                foreach (var builder in file.OrderBy(builder => builder.PathTemplate.Count(c => c == '/')))
                {
                    RequestBuilderEmitter.Write(writer, client, builder, operationsByMethod);
                }
            }

            yield return new GeneratedSource($"{prefix}RequestBuilders/{file.Key}.g.cs", writer.ToString());
        }
    }

    /// <summary>Whether any type has a converter class (objects and unions; enums share the runtime's).</summary>
    public static bool HasConverters(ClientModel client) => client.Types.Any(type => type is not EnumModel);

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
