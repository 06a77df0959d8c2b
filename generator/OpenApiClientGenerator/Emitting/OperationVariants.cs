using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// The methods each operation has besides its plain one, and the private method they all call: <c>…WithResponseAsync</c>
/// (the value with the response's status and headers), <c>…AllAsync</c> for a pageable operation (every item across
/// pages, or page by page), and <c>…CoreAsync</c>, the call itself, which takes an <c>ApiCall</c> saying what else to do.
/// </summary>
internal static class OperationVariants
{
    /// <summary>The Core method's parameter that carries the call's extras (reserved against operation parameters).</summary>
    public const string CallParameter = "apiCall";

    private const string TokenParameter = "apiToken";

    /// <summary>The internal method of the response types that makes a call and keeps its response.</summary>
    public const string FromCallMethod = "FromCallAsync";

    /// <summary>Whether the operation walks pages: its success body is the page object itself.</summary>
    public static bool IsPageable(OperationModel operation)
        => operation.Paging is not null && OperationSignature.ResultResponse(operation) is null
           && OperationSignature.SuccessResponse(operation) is { BodyKind: BodyKind.Json, BodyType.Kind: TypeRefKind.Named };

    /// <summary>The type the plain method's task holds (null for a task without a value).</summary>
    public static string? ValueType(OperationModel operation)
    {
        var task = OperationSignature.ReturnType(operation);
        const string prefix = "global::System.Threading.Tasks.Task<";
        return task.StartsWith(prefix, System.StringComparison.Ordinal) ? task.Substring(prefix.Length, task.Length - prefix.Length - 1) : null;
    }

    public static string WithResponseReturnType(ClientModel client, OperationModel operation)
        => ValueType(operation) is { } value
            ? $"global::System.Threading.Tasks.Task<{client.ResponseName}<{value}>>"
            : $"global::System.Threading.Tasks.Task<{client.ResponseName}>";

    public static string PageableType(ClientModel client, OperationModel operation)
        => $"{client.PageableName}<{CSharpTypes.Name(operation.Paging!.ItemType)}>";

    /// <summary>The interface's declarations of the variants (after the plain method's).</summary>
    public static void WriteInterfaceMembers(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        writer.Line();
        DocComments.SummaryXml(writer, $"Calls <see cref=\"{operation.AsyncMethodName}\"/> and returns its value with the response's status and headers.");
        writer.Line($"/// <inheritdoc cref=\"{operation.AsyncMethodName}\" path=\"/remarks\"/>");
        writer.Line($"/// <inheritdoc cref=\"{operation.AsyncMethodName}\" path=\"/param\"/>");
        writer.Line($"/// <inheritdoc cref=\"{operation.AsyncMethodName}\" path=\"/exception\"/>");
        writer.Line("/// <returns>The value, the response's status and headers (credentials left out), and the request's headers as sent.</returns>");
        OperationSignature.WriteObsolete(writer, operation);
        writer.Line($"{WithResponseReturnType(client, operation)} {operation.WithResponseMethodName}Async({OperationSignature.Parameters(operation)});");
        if (!IsPageable(operation))
        {
            return;
        }

        writer.Line();
        DocComments.SummaryXml(
            writer,
            $"Every item across the pages of <see cref=\"{operation.AsyncMethodName}\"/>, each handed over as soon as it is read (memory stays small for any page size); "
            + "<c>AsPages()</c> gives them page by page. A next link is followed only on the base address's scheme, host and port, with the headers it names; "
            + "a link that repeats, or more pages than MaxPages, fails the walk.");
        writer.Line($"/// <inheritdoc cref=\"{operation.AsyncMethodName}\" path=\"/remarks\"/>");
        writer.Line($"/// <inheritdoc cref=\"{operation.AsyncMethodName}\" path=\"/param\"/>");
        writer.Line("/// <returns>The items, read page by page as the enumeration advances (nothing is sent before it starts).</returns>");
        OperationSignature.WriteObsolete(writer, operation);
        writer.Line($"{PageableType(client, operation)} {operation.Paging!.AllItemsMethodName}Async({OperationSignature.Parameters(operation)});");
    }

    /// <summary>The client's public methods: the plain one and its variants, each a thin call of the Core method.</summary>
    public static void WriteClientMembers(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        var arguments = string.Concat(operation.Parameters.Select(p => p.Name + ", "));
        var core = $"{operation.CoreMethodName}Async";
        writer.Line("/// <inheritdoc/>");
        OperationSignature.WriteObsolete(writer, operation);
        writer.Line($"public virtual {OperationSignature.ReturnType(operation)} {operation.AsyncMethodName}({OperationSignature.Parameters(operation)})");
        writer.Line($"    => {core}({arguments}null, cancellationToken);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        OperationSignature.WriteObsolete(writer, operation);
        writer.Line($"public virtual {WithResponseReturnType(client, operation)} {operation.WithResponseMethodName}Async({OperationSignature.Parameters(operation)})");
        var response = ValueType(operation) is { } value ? $"{client.ResponseName}<{value}>" : client.ResponseName;
        writer.Line($"    => {response}.{FromCallMethod}({CallParameter} => {core}({arguments}{CallParameter}, cancellationToken));");

        if (!IsPageable(operation))
        {
            return;
        }

        var paging = operation.Paging!;
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        OperationSignature.WriteObsolete(writer, operation);
        writer.Line($"public virtual {PageableType(client, operation)} {paging.AllItemsMethodName}Async({OperationSignature.Parameters(operation)})");
        writer.Line($"    => new(_pipeline.Pages<{CSharpTypes.Name(paging.ItemType)}, {PageType(operation)}>(({CallParameter}, {TokenParameter}) => {core}({arguments}{CallParameter}, {TokenParameter}), static page => page?.{paging.ItemsProperty}, cancellationToken));");
    }

    /// <summary>The Core method's parameters: the operation's (none optional), the call's extras, the token.</summary>
    public static string CoreParameters(OperationModel operation)
        => string.Join(", ", operation.Parameters.Select(p => $"{CSharpTypes.Parameter(p)} {p.Name}")
            .Concat(new[] { $"{RuntimeTypes.ApiCall}? {CallParameter}", "global::System.Threading.CancellationToken cancellationToken" }));

    /// <summary>How the Core method reads a JSON success body: a page item by item, an array element by element, else whole.</summary>
    public static string ReadJson(TypeCatalog types, OperationModel operation, TypeRef type)
    {
        if (IsPageable(operation) && types.Object(type) is { } page
            && page.AllProperties.FirstOrDefault(property => property.Name == operation.Paging!.ItemsProperty) is { } items)
        {
            var paging = operation.Paging!;
            return $"await request.ReadPageAsync({JsonExpressions.ValueReader(types, type, "$")}, {CSharpLiteral.String(items.JsonName)}, "
                + $"{JsonExpressions.ValueReader(types, paging.ItemType, items.JsonName + "[]")}, static (page, items) => page with {{ {paging.ItemsProperty} = items }}, {NextLink(paging)}).ConfigureAwait(false)";
        }

        if (type.Kind == TypeRefKind.Array)
        {
            return $"await request.ReadListAsync({JsonExpressions.ValueReader(types, type.Element!, "$[]")}).ConfigureAwait(false)";
        }

        return $"await request.ReadAsync({JsonExpressions.ValueReader(types, type, "$")}).ConfigureAwait(false)";
    }

    /// <summary>The page type the Core method returns (nullable when a documented success has no body).</summary>
    private static string PageType(OperationModel operation)
        => CSharpTypes.Name(OperationSignature.SuccessResponse(operation)!.BodyType!, OperationSignature.BodyMayBeAbsent(operation));

    /// <summary>A lambda giving a page's next link: a string or URI property, or a link object with its method and headers.</summary>
    private static string NextLink(PagingModel paging)
    {
        var link = "page." + string.Join("?.", paging.NextLinkPath);
        if (paging.LinkObject is not { } linkObject)
        {
            return $"static page => {RuntimeTypes.ApiLink}.Of({link})";
        }

        var method = linkObject.Method is null ? "null" : $"{link}?.{linkObject.Method}";
        if (linkObject.Headers is null || linkObject.HeaderName is null || linkObject.HeaderValue is null)
        {
            return $"static page => {RuntimeTypes.ApiLink}.Of({link}?.{linkObject.Uri}, {method})";
        }

        return $"static page => {RuntimeTypes.ApiLink}.Of({link}?.{linkObject.Uri}, {method}, {link}?.{linkObject.Headers}, "
            + $"static header => header.{linkObject.HeaderName}, static header => header.{linkObject.HeaderValue})";
    }

    /// <summary>A request builder's variants of one operation, calling the client's (so mocking the interface mocks them).</summary>
    public static void WriteBuilderMembers(SourceWriter writer, ClientModel client, OperationModel operation, RequestBuilderOperation builderOperation, ICollection<string> held, IEnumerable<string> arguments)
    {
        var argumentList = string.Join(", ", arguments);
        writer.Line();
        writer.Line($"/// <inheritdoc cref=\"{client.InterfaceName}.{operation.WithResponseMethodName}Async\"/>");
        OperationSignature.WriteObsolete(writer, operation);
        writer.Line($"public {WithResponseReturnType(client, operation)} {builderOperation.WithResponseMethodName}({OperationSignature.Parameters(operation, held)})");
        writer.Line($"    => _client.{operation.WithResponseMethodName}Async({argumentList});");
        if (builderOperation.AllMethodName is null || !IsPageable(operation))
        {
            return;
        }

        writer.Line();
        writer.Line($"/// <inheritdoc cref=\"{client.InterfaceName}.{operation.Paging!.AllItemsMethodName}Async\"/>");
        OperationSignature.WriteObsolete(writer, operation);
        writer.Line($"public {PageableType(client, operation)} {builderOperation.AllMethodName}({OperationSignature.Parameters(operation, held)})");
        writer.Line($"    => _client.{operation.Paging.AllItemsMethodName}Async({argumentList});");
    }
}
