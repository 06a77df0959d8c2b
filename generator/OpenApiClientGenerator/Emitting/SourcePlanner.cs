using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>What a generated file is, which says how <see cref="SourceEmitter"/> writes it.</summary>
internal enum SourceKind
{
    Interface,
    Client,
    Options,
    Exception,
    Response,
    Paging,
    Models,
    Result,
    RequestBuilders,
}

/// <summary>
/// One generated file and the part of the client model it is written from: <see cref="Client"/> keeps only what the
/// file reads (the client's names, and the operations, request builders or types of this file), so the unit is equal
/// across an edit that does not touch the file, and the generator's cache skips it.
/// </summary>
internal sealed record SourceUnit(SourceKind Kind, string HintName, ClientModel Client, EquatableArray<TypeModel> Types)
{
    /// <summary>Set instead of a file when planning the client failed: the exception's type and message, for OAG010.</summary>
    public (string Type, string Message)? Failure { get; init; }
}

/// <summary>
/// The layout of a client's files, in a fixed order: interface, client, options, exception, response (and pageable when
/// an operation pages), then one file per component schema (its type, the types defined inline inside it, and their
/// converters), operation results, and one file per first path segment of the fluent API. Grouping keeps the file count
/// proportional to the spec's schemas, not to every inline type: the compiler pays for each generated file on every
/// keystroke.
/// </summary>
internal static class SourcePlanner
{
    public static IEnumerable<SourceUnit> Plan(ClientModel client)
    {
        var prefix = $"{client.Namespace}.{client.ClientName}/";
        var none = EquatableArray<TypeModel>.Empty;

        // The client's names only: what every file starts from.
        var names = client with
        {
            Title = null,
            Description = null,
            DefaultBaseAddress = null,
            Types = none,
            Operations = EquatableArray<OperationModel>.Empty,
            RequestBuilders = EquatableArray<RequestBuilderModel>.Empty,
            RootAccessors = EquatableArray<RequestBuilderAccessor>.Empty,
            SecuritySchemes = EquatableArray<SecuritySchemeModel>.Empty,
            SecretHeaders = EquatableArray<string>.Empty,
        };

        // The interface and the client read every operation and the fluent API's roots, but not the types themselves
        // (the type catalog gives what they need of those).
        var operations = client with { Types = none };
        yield return new SourceUnit(SourceKind.Interface, prefix + client.InterfaceName + ".g.cs", operations, none);
        yield return new SourceUnit(SourceKind.Client, prefix + client.ClientName + ".g.cs", operations, none);
        yield return new SourceUnit(
            SourceKind.Options,
            prefix + client.OptionsName + ".g.cs",
            names with { DefaultBaseAddress = client.DefaultBaseAddress, SecuritySchemes = client.SecuritySchemes },
            none);
        yield return new SourceUnit(SourceKind.Exception, prefix + client.ExceptionName + ".g.cs", names, none);
        yield return new SourceUnit(SourceKind.Response, prefix + client.ResponseName + ".g.cs", names, none);
        if (ResponseTypesEmitter.HasPaging(client))
        {
            yield return new SourceUnit(SourceKind.Paging, prefix + client.PageableName + ".g.cs", names, none);
        }

        foreach (var file in client.Types.GroupBy(type => type.FileName))
        {
            var types = file.OrderBy(type => type.Name == file.Key ? 0 : 1).ToEquatableArray();
            yield return new SourceUnit(SourceKind.Models, $"{prefix}Models/{file.Key}.g.cs", names, types);
        }

        foreach (var operation in client.Operations)
        {
            if (OperationSignature.ResultResponse(operation) is { } result)
            {
                var only = names with { Operations = new[] { operation }.ToEquatableArray() };
                yield return new SourceUnit(SourceKind.Result, $"{prefix}Models/{result.ResultTypeName}.g.cs", only, none);
            }
        }

        var operationsByMethod = client.Operations.ToDictionary(operation => operation.AsyncMethodName, System.StringComparer.Ordinal);
        foreach (var file in client.RequestBuilders.GroupBy(builder => builder.File ?? builder.Name))
        {
            var called = file.SelectMany(builder => builder.Operations).Select(operation => operation.OperationMethodName).Distinct()
                .Where(operationsByMethod.ContainsKey).Select(method => operationsByMethod[method]).ToEquatableArray();
            var builders = names with { RequestBuilders = file.ToEquatableArray(), Operations = called };
            yield return new SourceUnit(SourceKind.RequestBuilders, $"{prefix}RequestBuilders/{file.Key}.g.cs", builders, none);
        }
    }
}
