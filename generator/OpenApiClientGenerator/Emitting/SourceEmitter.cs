using System.Collections.Generic;
using System.Linq;
using System.Threading;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>One generated file: its hint name (unique in the compilation, folder-like) and its text.</summary>
internal readonly record struct GeneratedSource(string HintName, string Text);

/// <summary>Emits every file of one client, in a fixed order: client, options, exception, models, converters, builders.</summary>
internal static class SourceEmitter
{
    public static IEnumerable<GeneratedSource> Emit(ClientModel client, CancellationToken cancellationToken)
    {
        var prefix = $"{client.Namespace}.{client.ClientName}/";
        yield return new GeneratedSource(prefix + client.InterfaceName + ".g.cs", ClientEmitter.EmitInterface(client));
        yield return new GeneratedSource(prefix + client.ClientName + ".g.cs", ClientEmitter.EmitClient(client));
        yield return new GeneratedSource(prefix + client.OptionsName + ".g.cs", OptionsEmitter.Emit(client));
        yield return new GeneratedSource(prefix + client.ExceptionName + ".g.cs", ExceptionEmitter.Emit(client));

        foreach (var type in client.Types)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (type)
            {
                case ObjectModel model:
                    yield return new GeneratedSource($"{prefix}Models/{model.Name}.g.cs", ModelEmitter.Emit(client, model));
                    yield return new GeneratedSource($"{prefix}Serialization/{model.Name}JsonConverter.g.cs", JsonConverterEmitter.Emit(client, model));
                    break;
                case UnionModel model:
                    yield return new GeneratedSource($"{prefix}Models/{model.Name}.g.cs", UnionEmitter.Emit(client, model));
                    yield return new GeneratedSource($"{prefix}Serialization/{model.Name}JsonConverter.g.cs", UnionEmitter.EmitConverter(client, model));
                    break;
                case EnumModel model:
                    yield return new GeneratedSource($"{prefix}Models/{model.Name}.g.cs", EnumEmitter.Emit(client, model));
                    yield return new GeneratedSource($"{prefix}Serialization/{model.Name}JsonConverter.g.cs", EnumEmitter.EmitConverter(client, model));
                    break;
            }
        }

        foreach (var operation in client.Operations)
        {
            if (OperationSignature.ResultResponse(operation) is { } result)
            {
                yield return new GeneratedSource($"{prefix}Models/{result.ResultTypeName}.g.cs", ResultEmitter.Emit(client, operation, result));
            }
        }

        var operationsByMethod = client.Operations.ToDictionary(operation => operation.AsyncMethodName, System.StringComparer.Ordinal);
        foreach (var builder in client.RequestBuilders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new GeneratedSource($"{prefix}RequestBuilders/{builder.Name}.g.cs", RequestBuilderEmitter.Emit(client, builder, operationsByMethod));
        }
    }
}
