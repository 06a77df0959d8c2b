using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the public types a client's methods return besides the spec's models: the response (status and headers, with
/// the value) of the <c>…WithResponseAsync</c> methods, and, when an operation is pageable, the pageable (items across
/// pages, and <c>AsPages()</c>) and the page. They are generated per client, public and partial (a package adds what it
/// knows, such as its request ids); the paging itself is the runtime's, which they wrap.
/// </summary>
internal static class ResponseTypesEmitter
{
    public static bool HasPaging(ClientModel client) => client.Operations.Any(OperationVariants.IsPageable);

    public static string EmitResponse(ClientModel client)
    {
        var writer = new SourceWriter().FileHeader(client.Namespace, usesDeprecated: false);
        var name = client.ResponseName;
        DocComments.SummaryXml(writer, $"A response of <see cref=\"{client.ClientName}\"/>: its status and headers (returned by the <c>…WithResponseAsync</c> methods).");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial class {name}"))
        {
            DocComments.SummaryXml(writer, "Creates a response (the client makes its own; this is for tests and mocks).");
            DocComments.ParamXml(writer, "status", "The HTTP status code.");
            DocComments.ParamXml(writer, "headers", "The response's headers.");
            DocComments.ParamXml(writer, "requestHeaders", "The request's headers as sent.");
            writer.Line($"public {name}(int status, {CSharpTypes.HeaderMap} headers, {CSharpTypes.HeaderMap} requestHeaders)");
            using (writer.Block())
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(headers);");
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(requestHeaders);");
                writer.Line("Status = status;");
                writer.Line("Headers = headers;");
                writer.Line("RequestHeaders = requestHeaders;");
            }

            writer.Line();
            DocComments.SummaryXml(writer, "The HTTP status code of the response.");
            writer.Line("public int Status { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The response's headers, by case-insensitive name; headers that may carry credentials are left out.");
            writer.Line($"public {CSharpTypes.HeaderMap} Headers {{ get; }}");
            writer.Line();
            DocComments.SummaryXml(writer, "The request's headers as sent, by case-insensitive name; headers that may carry credentials are left out.");
            writer.Line($"public {CSharpTypes.HeaderMap} RequestHeaders {{ get; }}");
            WriteDeviations(writer);
            writer.Line();
            DocComments.SummaryXml(writer, "Makes a call that returns no value, keeping its response (what the <c>…WithResponseAsync</c> methods do).");
            writer.Line($"internal static async global::System.Threading.Tasks.Task<{name}> {OperationVariants.FromCallMethod}(global::System.Func<{RuntimeTypes.ApiCall}, global::System.Threading.Tasks.Task> call)");
            using (writer.Block())
            {
                writer.Line($"var apiCall = new {RuntimeTypes.ApiCall}();");
                writer.Line("await call(apiCall).ConfigureAwait(false);");
                writer.Line($"return new {name}(apiCall.Status, apiCall.ResponseHeaders, apiCall.RequestHeaders);");
            }
        }

        writer.Line();
        DocComments.SummaryXml(writer, $"A response of <see cref=\"{client.ClientName}\"/> with its value.");
        writer.Line("/// <typeparam name=\"T\">The type of the value.</typeparam>");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial class {name}<T> : {name}"))
        {
            DocComments.SummaryXml(writer, "Creates a response with its value (the client makes its own; this is for tests and mocks).");
            DocComments.ParamXml(writer, "status", "The HTTP status code.");
            DocComments.ParamXml(writer, "headers", "The response's headers.");
            DocComments.ParamXml(writer, "requestHeaders", "The request's headers as sent.");
            DocComments.ParamXml(writer, "value", "The value read from the response.");
            writer.Line($"public {name}(int status, {CSharpTypes.HeaderMap} headers, {CSharpTypes.HeaderMap} requestHeaders, T value)");
            writer.Line("    : base(status, headers, requestHeaders) => Value = value;");
            writer.Line();
            DocComments.SummaryXml(writer, "The value read from the response.");
            writer.Line("public T Value { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "Makes a call, keeping its response with the value (what the <c>…WithResponseAsync</c> methods do).");
            writer.Line($"internal static async global::System.Threading.Tasks.Task<{name}<T>> {OperationVariants.FromCallMethod}(global::System.Func<{RuntimeTypes.ApiCall}, global::System.Threading.Tasks.Task<T>> call)");
            using (writer.Block())
            {
                writer.Line($"var apiCall = new {RuntimeTypes.ApiCall}();");
                writer.Line("var value = await call(apiCall).ConfigureAwait(false);");
                writer.Line("return new(apiCall.Status, apiCall.ResponseHeaders, apiCall.RequestHeaders, value) { Deviations = apiCall.Deviations };");
            }
        }

        return writer.ToString();
    }

    public static string EmitPaging(ClientModel client)
    {
        var writer = new SourceWriter().FileHeader(client.Namespace, usesDeprecated: false);
        var pageable = client.PageableName;
        var page = client.PageName;
        var pages = $"global::System.Collections.Generic.IEnumerable<{page}<T>>";
        DocComments.SummaryXml(
            writer,
            $"The items of a pageable operation of <see cref=\"{client.ClientName}\"/> across its pages: <c>await foreach</c> gives every item as soon as it "
            + "is read, <see cref=\"AsPages\"/> page by page. Nothing is sent until the enumeration starts, and each enumeration starts again from the first page.");
        writer.Line("/// <typeparam name=\"T\">The type of the items.</typeparam>");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial class {pageable}<T> : global::System.Collections.Generic.IAsyncEnumerable<T>"))
        {
            writer.Line($"private readonly {RuntimeTypes.ApiPages}<T>? _pages;");
            writer.Line($"private readonly {pages}? _fixedPages;");
            writer.Line();
            DocComments.SummaryXml(writer, "Creates a pageable for mocking: override its members, or use <see cref=\"FromPages\"/>.");
            writer.Line($"protected {pageable}()");
            writer.OpenBlock().CloseBlock();
            writer.Line();
            writer.Line($"internal {pageable}({RuntimeTypes.ApiPages}<T> pages) => _pages = pages;");
            writer.Line();
            writer.Line($"private {pageable}({pages} pages) => _fixedPages = pages;");
            writer.Line();
            DocComments.SummaryXml(writer, "A pageable over pages at hand, for tests and mocks.");
            DocComments.ParamXml(writer, "pages", "The pages, in order.");
            writer.Line($"public static {pageable}<T> FromPages({pages} pages)");
            writer.Line("    => new(pages ?? throw new global::System.ArgumentNullException(nameof(pages)));");
            writer.Line();
            DocComments.SummaryXml(writer, "The pages, from the first, or from the page a continuation token names.");
            DocComments.ParamXml(writer, "continuationToken", $"A <see cref=\"{page}{{T}}.ContinuationToken\"/> from an earlier walk, or null to start from the first page.");
            DocComments.ParamXml(writer, "cancellationToken", "A token to cancel the walk.");
            DocComments.ExceptionXml(writer, "global::System.ArgumentException", "The continuation token is not one this client gave, or leads away from the base address.");
            writer.Line($"public virtual async global::System.Collections.Generic.IAsyncEnumerable<{page}<T>> AsPages(string? continuationToken = null, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)");
            using (writer.Block())
            {
                using (writer.Block("if (_pages is null)"))
                {
                    using (writer.Block($"foreach (var fixedPage in _fixedPages ?? global::System.Array.Empty<{page}<T>>())"))
                    {
                        writer.Line("cancellationToken.ThrowIfCancellationRequested();");
                        writer.Line("yield return fixedPage;");
                    }

                    writer.Line("yield break;");
                }

                writer.Line();
                using (writer.Block("await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(_pages.PagesAsync(continuationToken, cancellationToken), false))"))
                {
                    writer.Line($"yield return new {page}<T>(page.Values, page.ContinuationToken, page.Status, page.Headers) {{ Deviations = page.Deviations }};");
                }
            }

            writer.Line();
            DocComments.SummaryXml(writer, "Every item of every page, each handed over as soon as it is read from the response.");
            DocComments.ParamXml(writer, "cancellationToken", "A token to cancel the walk.");
            writer.Line("public virtual global::System.Collections.Generic.IAsyncEnumerator<T> GetAsyncEnumerator(global::System.Threading.CancellationToken cancellationToken = default)");
            writer.Line("    => (_pages?.ItemsAsync(default) ?? FixedItems(default)).GetAsyncEnumerator(cancellationToken);");
            writer.Line();
            writer.Line("private async global::System.Collections.Generic.IAsyncEnumerable<T> FixedItems([global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)");
            using (writer.Block())
            {
                using (writer.Block("await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(AsPages(null, cancellationToken), false))"))
                {
                    using (writer.Block("foreach (var item in page.Values)"))
                    {
                        writer.Line("yield return item;");
                    }
                }
            }
        }

        writer.Line();
        DocComments.SummaryXml(writer, $"One page of a pageable operation of <see cref=\"{client.ClientName}\"/>: its items, the token to continue after it, its status and headers.");
        writer.Line("/// <typeparam name=\"T\">The type of the items.</typeparam>");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial class {page}<T>"))
        {
            DocComments.SummaryXml(writer, "Creates a page (the client makes its own; this is for tests and mocks).");
            DocComments.ParamXml(writer, "values", "The page's items.");
            DocComments.ParamXml(writer, "continuationToken", "The token that continues after this page, or null on the last page.");
            DocComments.ParamXml(writer, "status", "The HTTP status code of the page's response.");
            DocComments.ParamXml(writer, "headers", "The headers of the page's response.");
            writer.Line($"public {page}(global::System.Collections.Generic.IReadOnlyList<T> values, string? continuationToken, int status, {CSharpTypes.HeaderMap} headers)");
            using (writer.Block())
            {
                writer.Line("Values = values ?? throw new global::System.ArgumentNullException(nameof(values));");
                writer.Line("ContinuationToken = continuationToken;");
                writer.Line("Status = status;");
                writer.Line("Headers = headers ?? throw new global::System.ArgumentNullException(nameof(headers));");
            }

            writer.Line();
            DocComments.SummaryXml(writer, "The page's items.");
            writer.Line("public global::System.Collections.Generic.IReadOnlyList<T> Values { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The token that continues after this page (for <c>AsPages(continuationToken)</c>), or null on the last page. It holds the next link and the headers it names, such as a continuation token.");
            writer.Line("public string? ContinuationToken { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The HTTP status code of the page's response.");
            writer.Line("public int Status { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The headers of the page's response, by case-insensitive name; headers that may carry credentials are left out.");
            writer.Line($"public {CSharpTypes.HeaderMap} Headers {{ get; }}");
            WriteDeviations(writer);
        }

        return writer.ToString();
    }

    /// <summary>What lenient reading let through, on a response and on a page.</summary>
    private static void WriteDeviations(SourceWriter writer)
    {
        writer.Line();
        DocComments.SummaryXml(
            writer,
            "What the response lacked that the spec requires, each read as its default, once per property and type (empty when it matched the spec); "
            + "with <c>StrictResponseReading</c> set such a response fails instead.");
        writer.Line("public global::System.Collections.Generic.IReadOnlyList<string> Deviations { get; init; } = global::System.Array.Empty<string>();");
    }
}
